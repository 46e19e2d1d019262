import Foundation

/// English adjectives of countries ("Turkish", "Syrian"): one that opens a name ("Turkish President
/// Recep Tayyip Erdoğan") also names the country, as "Turkey's president" does (`ContentKeys`). CLDR,
/// the source of `CountryNames`, has no demonyms, so the common ones are listed here by hand, each
/// with its ISO region, whose English name gives the key. Left out: adjectives of more than one
/// country ("Korean", "Guinean") or of none ("Arab", "Kurdish", "European").
enum Demonyms {
    static let regions: [String: String] = [
        "afghan": "AF", "albanian": "AL", "algerian": "DZ", "american": "US", "angolan": "AO", "argentine": "AR",
        "argentinian": "AR", "armenian": "AM", "australian": "AU", "austrian": "AT", "azerbaijani": "AZ",
        "bangladeshi": "BD", "belarusian": "BY", "belgian": "BE", "bolivian": "BO", "bosnian": "BA", "brazilian": "BR",
        "british": "GB", "bulgarian": "BG", "burmese": "MM", "cambodian": "KH", "cameroonian": "CM", "canadian": "CA",
        "chilean": "CL", "chinese": "CN", "colombian": "CO", "croatian": "HR", "cuban": "CU", "cypriot": "CY",
        "czech": "CZ", "danish": "DK", "dutch": "NL", "ecuadorian": "EC", "egyptian": "EG", "estonian": "EE",
        "ethiopian": "ET", "filipino": "PH", "finnish": "FI", "french": "FR", "georgian": "GE", "german": "DE",
        "ghanaian": "GH", "greek": "GR", "guatemalan": "GT", "haitian": "HT", "hungarian": "HU", "icelandic": "IS",
        "indian": "IN", "indonesian": "ID", "iranian": "IR", "iraqi": "IQ", "irish": "IE", "israeli": "IL",
        "italian": "IT", "jamaican": "JM", "japanese": "JP", "jordanian": "JO", "kazakh": "KZ", "kenyan": "KE",
        "kuwaiti": "KW", "latvian": "LV", "lebanese": "LB", "libyan": "LY", "lithuanian": "LT", "malaysian": "MY",
        "malian": "ML", "maltese": "MT", "mexican": "MX", "moldovan": "MD", "mongolian": "MN", "moroccan": "MA",
        "mozambican": "MZ", "nepalese": "NP", "nigerian": "NG", "nigerien": "NE", "norwegian": "NO", "pakistani": "PK",
        "palestinian": "PS", "panamanian": "PA", "paraguayan": "PY", "peruvian": "PE", "polish": "PL",
        "portuguese": "PT", "qatari": "QA", "romanian": "RO", "russian": "RU", "rwandan": "RW", "saudi": "SA",
        "senegalese": "SN", "serbian": "RS", "singaporean": "SG", "slovak": "SK", "slovenian": "SI", "somali": "SO",
        "spanish": "ES", "sudanese": "SD", "swedish": "SE", "swiss": "CH", "syrian": "SY", "taiwanese": "TW",
        "tanzanian": "TZ", "thai": "TH", "tunisian": "TN", "turkish": "TR", "ugandan": "UG", "ukrainian": "UA",
        "uruguayan": "UY", "uzbek": "UZ", "venezuelan": "VE", "vietnamese": "VN", "yemeni": "YE", "zambian": "ZM",
        "zimbabwean": "ZW",
    ]
}
