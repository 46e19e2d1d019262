/// Maps charset labels as written in documents (and as ICU's detector names
/// them) to one canonical name, the way browsers do (WHATWG Encoding standard):
/// many labels are aliases, and some name a superset that pages really use.
enum CharsetLabels {
    /// The canonical lower-case name for `label`, or nil when neither the table nor ICU knows it.
    static func canonical(_ label: String) -> String? {
        let key = label.trimmingASCIIWhitespace().lowercased()
        guard !key.isEmpty else { return nil }
        if let name = aliases[key] { return name }
        return ICUCharset.isKnown(key) ? key : nil
    }

    /// True for charsets in which ASCII bytes mean ASCII characters (a `<meta>`
    /// found by a byte scan can only be right for such a charset).
    static func isASCIICompatible(_ canonical: String) -> Bool {
        !canonical.hasPrefix("utf-16") && !canonical.hasPrefix("utf-32")
    }

    private static let aliases: [String: String] = {
        var table: [String: String] = [:]
        for (name, labels) in groups {
            table[name] = name
            for label in labels { table[label] = name }
        }
        return table
    }()

    // Browsers decode all of Latin-1 and US-ASCII as windows-1252 (a superset
    // that real "latin1" pages rely on for curly quotes); GB2312 and GBK as
    // GB18030; the Shift_JIS family as one.
    private static let groups: [(String, [String])] = [
        ("utf-8", ["utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]),
        ("windows-1252", ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                          "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
                          "us-ascii", "x-cp1252"]),
        ("windows-1250", ["cp1250", "x-cp1250"]),
        ("windows-1251", ["cp1251", "x-cp1251"]),
        ("windows-1253", ["cp1253", "x-cp1253"]),
        ("windows-1254", ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599",
                          "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "x-cp1254"]),
        ("windows-1255", ["cp1255", "x-cp1255"]),
        ("windows-1256", ["cp1256", "x-cp1256"]),
        ("windows-1257", ["cp1257", "x-cp1257"]),
        ("windows-1258", ["cp1258", "x-cp1258"]),
        ("windows-874", ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620"]),
        ("iso-8859-2", ["csisolatin2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "l2", "latin2"]),
        ("iso-8859-5", ["csisolatincyrillic", "cyrillic", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5"]),
        ("iso-8859-7", ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-ir-126", "iso8859-7",
                        "iso88597", "iso_8859-7", "sun_eu_greek"]),
        ("iso-8859-15", ["csisolatin9", "iso8859-15", "iso885915", "iso_8859-15", "l9", "latin9"]),
        ("koi8-r", ["cskoi8r", "koi", "koi8", "koi8_r"]),
        ("koi8-u", ["koi8-ru"]),
        ("ibm866", ["866", "cp866", "csibm866"]),
        ("gb18030", ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
                     "iso-ir-58", "x-gbk", "cp936", "ms936", "windows-936"]),
        ("big5", ["big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
        ("shift_jis", ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "sjis", "windows-31j", "x-sjis"]),
        ("euc-jp", ["cseucpkdfmtjapanese", "x-euc-jp"]),
        ("iso-2022-jp", ["csiso2022jp"]),
        ("euc-kr", ["cseuckr", "csksc56011987", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989",
                    "ksc5601", "ksc_5601", "windows-949", "cp949"]),
        ("utf-16le", ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16"]),
        ("utf-16be", ["unicodefffe"]),
        ("macintosh", ["csmacintosh", "mac", "x-mac-roman"]),
        ("x-mac-cyrillic", ["x-mac-ukrainian"]),
    ]
}

extension String {
    /// The string without leading and trailing ASCII whitespace (no Foundation needed).
    func trimmingASCIIWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
