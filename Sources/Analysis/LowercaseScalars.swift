/// Calls `body` with each scalar of `text` lowercased, as `String.lowercased()` maps them
/// (ASCII by arithmetic), without building the lowercased copy: the analysis loops run over
/// every article, and lowercasing whole texts first was a large part of their cost.
@inline(__always)
func forEachLowercasedScalar(of text: String, _ body: (Unicode.Scalar) -> Void) {
    for scalar in text.unicodeScalars {
        if scalar.isASCII {
            body(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value | 0x20)) : scalar)
        } else if scalar.properties.changesWhenLowercased {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { body(lower) }
        } else {
            body(scalar)
        }
    }
}
