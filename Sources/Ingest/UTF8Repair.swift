/// Validates UTF-8 byte by byte and repairs text that is UTF-8 except for a
/// few stray single-byte characters (typically windows-1252 quotes pasted into a UTF-8 page).
enum UTF8Repair {
    struct Scan {
        /// Bytes that are not part of any well-formed UTF-8 sequence.
        var invalidBytes = 0
        /// Well-formed sequences of two to four bytes: evidence that the text really is UTF-8.
        var multibyteSequences = 0
        /// The longest run of consecutive invalid bytes.
        var longestInvalidRun = 0

        var isValid: Bool { invalidBytes == 0 }

        /// Isolated invalid bytes amid proper UTF-8 look like stray characters from
        /// another charset; long runs look like a whole text in a legacy charset
        /// (a Cyrillic or Japanese word is a run of high bytes).
        var isRepairable: Bool { invalidBytes > 0 && multibyteSequences > 0 && longestInvalidRun <= 3 }
    }

    static func scan(_ bytes: ArraySlice<UInt8>) -> Scan {
        var scan = Scan()
        var run = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let length = sequenceLength(bytes, at: i)
            if length == 0 {
                scan.invalidBytes += 1
                run += 1
                scan.longestInvalidRun = max(scan.longestInvalidRun, run)
                i += 1
            } else {
                if length > 1 { scan.multibyteSequences += 1 }
                run = 0
                i += length
            }
        }
        return scan
    }

    /// Decodes UTF-8, reading every invalid byte as its windows-1252 character.
    static func decodeRepairing(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let length = sequenceLength(bytes, at: i)
            if length == 0 {
                scalars.append(windows1252(bytes[i]))
                i += 1
            } else {
                for scalar in String(decoding: bytes[i..<i + length], as: UTF8.self).unicodeScalars {
                    scalars.append(scalar)
                }
                i += length
            }
        }
        return String(scalars)
    }

    /// Length of the well-formed UTF-8 sequence starting at `i` (Unicode table 3-7), or 0.
    static func sequenceLength(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int {
        let lead = bytes[i]
        if lead < 0x80 { return 1 }
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return 0
        }
        guard i + length <= bytes.endIndex, secondRange.contains(bytes[i + 1]) else { return 0 }
        for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return 0 }
        return length
    }

    /// windows-1252 as browsers decode it: Latin-1 plus typographic characters in 0x80–0x9F
    /// (the five unassigned bytes map to the C1 controls of the same value).
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(high1252[Int(byte) - 0x80]) ?? Unicode.Scalar(byte)
    }

    private static let high1252: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
