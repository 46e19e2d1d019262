import Foundation

/// English adjectives of countries ("Turkish", "Syrian"): one that opens a name ("Turkish President
/// Recep Tayyip Erdoğan") also names the country, as "Turkey's president" does (`ContentKeys`). CLDR,
/// the source of `CountryNames`, has no demonyms, so the common ones are listed here by hand, each
/// with its ISO region, whose English name gives the key. Left out: adjectives of more than one
/// country or place ("Korean", "Guinean", "Georgian") or of none ("Arab", "Kurdish", "European"), and
/// those whose country CLDR names otherwise than English news does ("Czech": "Czechia", news "the
/// Czech Republic"; "Palestinian": "Palestinian Territories"; "Bosnian", "Burmese").
enum Demonyms {
    /// Names an adjective opens that are places or events of their own, not the country's:
    /// "Indian Ocean", "British Columbia", "French Open", "French Polynesia", "Chinese Taipei".
    static let notTheCountry: Set<String> = ["ocean", "sea", "gulf", "columbia", "open", "polynesia", "guiana", "riviera",
                                             "taipei", "antarctic", "caribbean", "alps", "peninsula", "virgin", "samoa", "wells",
                                             "health", "affairs", "point"]
    static let regions: [String: String] = [
        "afghan": "AF", "albanian": "AL", "algerian": "DZ", "american": "US", "angolan": "AO", "argentine": "AR",
        "argentinian": "AR", "armenian": "AM", "australian": "AU", "austrian": "AT", "azerbaijani": "AZ",
        "bangladeshi": "BD", "belarusian": "BY", "belgian": "BE", "bolivian": "BO", "brazilian": "BR",
        "british": "GB", "bulgarian": "BG", "cambodian": "KH", "cameroonian": "CM", "canadian": "CA",
        "chilean": "CL", "chinese": "CN", "colombian": "CO", "croatian": "HR", "cuban": "CU", "cypriot": "CY",
        "danish": "DK", "dutch": "NL", "ecuadorian": "EC", "egyptian": "EG", "estonian": "EE",
        "ethiopian": "ET", "filipino": "PH", "finnish": "FI", "french": "FR", "german": "DE",
        "ghanaian": "GH", "greek": "GR", "guatemalan": "GT", "haitian": "HT", "hungarian": "HU", "icelandic": "IS",
        "indian": "IN", "indonesian": "ID", "iranian": "IR", "iraqi": "IQ", "irish": "IE", "israeli": "IL",
        "italian": "IT", "jamaican": "JM", "japanese": "JP", "jordanian": "JO", "kazakh": "KZ", "kenyan": "KE",
        "kuwaiti": "KW", "latvian": "LV", "lebanese": "LB", "libyan": "LY", "lithuanian": "LT", "malaysian": "MY",
        "malian": "ML", "maltese": "MT", "mexican": "MX", "moldovan": "MD", "mongolian": "MN", "moroccan": "MA",
        "mozambican": "MZ", "nepalese": "NP", "nigerian": "NG", "nigerien": "NE", "norwegian": "NO", "pakistani": "PK",
        "panamanian": "PA", "paraguayan": "PY", "peruvian": "PE", "polish": "PL",
        "portuguese": "PT", "qatari": "QA", "romanian": "RO", "russian": "RU", "rwandan": "RW", "saudi": "SA",
        "senegalese": "SN", "serbian": "RS", "singaporean": "SG", "slovak": "SK", "slovenian": "SI", "somali": "SO",
        "spanish": "ES", "sudanese": "SD", "swedish": "SE", "swiss": "CH", "syrian": "SY", "taiwanese": "TW",
        "tanzanian": "TZ", "thai": "TH", "tunisian": "TN", "turkish": "TR", "ugandan": "UG", "ukrainian": "UA",
        "uruguayan": "UY", "uzbek": "UZ", "venezuelan": "VE", "vietnamese": "VN", "yemeni": "YE", "zambian": "ZM",
        "zimbabwean": "ZW",
    ]
}
