import Foundation

/// JSON text written by hand, byte for byte what `JSONSerialization` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` when asked), for the values the commands print:
/// strings, integers, booleans, null, arrays and string-keyed objects of those.
///
/// Why by hand: swift-corelibs-foundation's serializer took about 0.2 ms per export record, so
/// `export` of a million articles ran 212 s as JSON Lines against 41 s as CSV, and `stories --json`
/// 173 s against 36 s as text. Anything else (a floating-point number) returns nil, and the caller
/// falls back to `JSONSerialization`, whose number formatting is not reproduced here.
enum JSONText {
    static func encode(_ value: Any, pretty: Bool) -> String? {
        var out = ""
        return write(value, pretty: pretty, indent: 0, into: &out) ? out : nil
    }

    private static func write(_ value: Any, pretty: Bool, indent: Int, into out: inout String) -> Bool {
        switch value {
        case let string as String:
            writeString(string, into: &out)
        case is NSNull:
            out += "null"
        case let flag as Bool:
            out += flag ? "true" : "false"
        case let number as Int:
            out += String(number)
        case let object as [String: Any]:
            return writeObject(object, pretty: pretty, indent: indent, into: &out)
        case let array as [Any]:
            return writeArray(array, pretty: pretty, indent: indent, into: &out)
        default:
            return false
        }
        return true
    }

    private static func writeObject(_ object: [String: Any], pretty: Bool, indent: Int, into out: inout String) -> Bool {
        out += "{"
        if pretty { out += "\n" }
        for (index, key) in object.keys.sorted().enumerated() {
            if index > 0 { out += pretty ? ",\n" : "," }
            if pretty { out += String(repeating: " ", count: indent + 2) }
            writeString(key, into: &out)
            out += pretty ? " : " : ":"
            guard write(object[key]!, pretty: pretty, indent: indent + 2, into: &out) else { return false }
        }
        if pretty { out += "\n" + String(repeating: " ", count: indent) }
        out += "}"
        return true
    }

    private static func writeArray(_ array: [Any], pretty: Bool, indent: Int, into out: inout String) -> Bool {
        out += "["
        if pretty { out += "\n" }
        for (index, element) in array.enumerated() {
            if index > 0 { out += pretty ? ",\n" : "," }
            if pretty { out += String(repeating: " ", count: indent + 2) }
            guard write(element, pretty: pretty, indent: indent + 2, into: &out) else { return false }
        }
        if pretty { out += "\n" + String(repeating: " ", count: indent) }
        out += "]"
        return true
    }

    /// Quotes, backslashes and control characters escaped (the short forms where JSON has them,
    /// else \u00xx in lowercase hex); slashes, DEL and everything beyond ASCII as they are.
    static func writeString(_ string: String, into out: inout String) {
        out += "\""
        guard string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            out += string
            out += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x08: out += "\\b"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0C: out += "\\f"
            case 0x0D: out += "\\r"
            case 0..<0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
