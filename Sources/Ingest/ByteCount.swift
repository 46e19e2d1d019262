/// Human-readable byte counts for error messages.
enum ByteCount {
    private static let mebibyte = 1 << 20

    /// A measured size: "200.0 MB", "12.5 KB", "300 bytes".
    static func describe(_ count: Int) -> String {
        if count >= mebibyte { return oneDecimal(Double(count) / Double(mebibyte)) + " MB" }
        if count >= 1024 { return oneDecimal(Double(count) / 1024) + " KB" }
        return count == 1 ? "1 byte" : "\(count) bytes"
    }

    /// A configured limit, which is usually a round number of megabytes: "64 MB".
    static func describeLimit(_ count: Int) -> String {
        if count >= mebibyte, count % mebibyte == 0 { return "\(count / mebibyte) MB" }
        return describe(count)
    }

    // Avoids Foundation's String(format:) for one fixed format.
    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
