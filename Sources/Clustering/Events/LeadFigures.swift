/// The headline figures of an event's members, counted, and the same figures rounded by one decimal.
/// Reports round one figure differently ("€4.34bn" and "€4.3bn"; "$2.65 billion" and "$2.7 billion"):
/// a figure and its rounding are one figure, not a conflict.
///
/// Two kinds are kept apart: figures, and ordinals that number an event of a series ("#3" for "the
/// third flight", from `OrdinalWords`). An article's figures are judged against the events whose
/// reports lead with figures, its ordinals against those whose reports lead with ordinals: "the third
/// flight" says nothing against "$2.4 billion", and events stored before ordinals were read (whose
/// reports have none) do not hold an ordinal against a newcomer.
struct LeadFigures: Sendable {
    private var counts: [String: Int] = [:]
    private var rounded: [String: Int] = [:]
    /// Members whose headlines had figures, and members whose headlines had ordinals.
    private var reporting = Kinds()

    struct Kinds: Sendable, Equatable {
        var figures = 0
        var ordinals = 0
        init() {}
        init(_ lead: some Sequence<String>) {
            for figure in lead {
                if LeadFigures.isOrdinal(figure) { ordinals = 1 } else { figures = 1 }
            }
        }
    }

    /// Distinct figures kept: an event's reports lead with a few. A member whose figure was left out
    /// at the cap and that leaves after another member brought the figure in takes one count of it
    /// with it: a small drift, in large events only, traded for bounded memory.
    static let limit = 64

    var isEmpty: Bool { counts.isEmpty }
    var figures: Set<String> { Set(counts.keys) }

    static func isOrdinal(_ figure: String) -> Bool { figure.utf8.first == UInt8(ascii: "#") }

    mutating func add(_ lead: Set<String>) {
        let kinds = Kinds(lead)
        reporting.figures += kinds.figures
        reporting.ordinals += kinds.ordinals
        for figure in lead.sorted() where counts[figure] != nil || counts.count < Self.limit {
            counts[figure, default: 0] += 1
            if let r = Self.rounded(figure) { rounded[r, default: 0] += 1 }
        }
    }

    mutating func remove(_ lead: Set<String>) {
        let kinds = Kinds(lead)
        reporting.figures = max(0, reporting.figures - kinds.figures)
        reporting.ordinals = max(0, reporting.ordinals - kinds.ordinals)
        for figure in lead {
            guard let count = counts[figure] else { continue }
            counts[figure] = count > 1 ? count - 1 : nil
            if let r = Self.rounded(figure), let c = rounded[r] { rounded[r] = c > 1 ? c - 1 : nil }
        }
    }

    /// An article's headline figures with their roundings, worked out once and compared with each candidate event.
    struct Probe {
        var figures: [(figure: String, rounded: String?)]
        var kinds: Kinds
        init(_ lead: Set<String>) {
            figures = lead.sorted().map { ($0, LeadFigures.rounded($0)) }
            kinds = Kinds(lead)
        }
        var isEmpty: Bool { figures.isEmpty }
    }

    /// How well an article's headline figures agree with the event's reports, 0…1, or nil when they
    /// cannot be compared (no kind that both sides lead with). For its best-supported figure: the
    /// members that lead with it or with its rounding, over the members that lead with its kind.
    func share(_ lead: Probe) -> Float? {
        let ordinals = lead.kinds.ordinals > 0 && reporting.ordinals > 0
        let figures = lead.kinds.figures > 0 && reporting.figures > 0
        guard ordinals || figures else { return nil }
        var best: Float = 0
        for (figure, roundedFigure) in lead.figures {
            let ordinal = Self.isOrdinal(figure)
            guard ordinal ? ordinals : figures else { continue }
            var count = counts[figure] ?? 0
            if !rounded.isEmpty { count += rounded[figure] ?? 0 }
            if let roundedFigure { count += counts[roundedFigure] ?? 0 }
            best = max(best, min(1, Float(count) / Float(ordinal ? reporting.ordinals : reporting.figures)))
            if best == 1 { break }
        }
        return best
    }

    /// A figure with two or more decimals (as `ContentKeys.numbers` writes it: a point, no trailing
    /// zeros) with its last decimal rounded off, half up: "2.65" → "2.7", "4.349" → "4.35", "0.75" →
    /// "0.8". Nil for whole numbers and one decimal: rounded to a whole number, "14.04" (a date, a
    /// time) would meet "14 dead".
    static func rounded(_ figure: String) -> String? {
        guard figure.utf8.count <= 18, let point = figure.firstIndex(of: ".") else { return nil }  // 18 digits fit an Int
        let decimals = figure.distance(from: point, to: figure.endIndex) - 1
        let kept = decimals - 1
        guard kept > 0, let scaled = Int(figure[..<point] + figure[figure.index(after: point)...]) else { return nil }
        var digits = String((scaled + 5) / 10)
        if digits.count <= kept { digits = String(repeating: "0", count: kept + 1 - digits.count) + digits }
        digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -kept))
        while digits.last == "0" { digits.removeLast() }
        if digits.last == "." { digits.removeLast() }
        return digits
    }
}
