/// The outlet behind a URL: its host without "www." or a port ("https://www.example.com:8080/a" → "example.com").
public func outlet(fromURL url: String) -> String? {
    guard let schemeEnd = url.range(of: "://") else { return nil }
    let rest = url[schemeEnd.upperBound...]
    var host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
    if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") { host = host[..<colon] }
    var name = host.lowercased()
    if name.hasPrefix("www.") { name.removeFirst(4) }
    return name.isEmpty ? nil : name
}

/// The top-level domain of a host ("example.de" → "de"), a hint for language identification.
func topLevelDomain(of host: String?) -> String? {
    guard let host, let dot = host.lastIndex(of: ".") else { return nil }
    let tld = host[host.index(after: dot)...]
    return tld.count == 2 ? String(tld) : nil
}
