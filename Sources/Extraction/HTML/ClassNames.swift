import NewsdeskHTML

/// The lowercased `class` and `id` of every element, read once per page: the
/// boilerplate filter, byline and date finders all match words against them.
struct ClassNames {
    private let values: [String]

    init(document: HTMLDocument) {
        values = document.nodes.indices.map { i in
            guard document.nodes[i].kind == .element else { return "" }
            var joined = ""
            for attribute in document.nodes[i].attributes where attribute.name == "class" || attribute.name == "id" {
                joined += joined.isEmpty ? attribute.value : " " + attribute.value
            }
            return joined.isEmpty ? "" : joined.lowercased()
        }
    }

    /// "" for elements without class or id.
    subscript(index: Int) -> String { values[index] }
}
