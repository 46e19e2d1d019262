/// The headline figures of an event's members, counted, and the same figures rounded to one decimal
/// fewer. Reports round one figure differently ("€4.34bn" and "€4.3bn"; "$2.65 billion" and
/// "$2.7 billion"): a figure and its rounding are one figure, not a conflict.
struct LeadFigures: Sendable {
    private var counts: [String: Int] = [:]
    private var rounded: [String: Int] = [:]
    /// Members whose headlines had figures.
    private var reporting = 0

    /// Distinct figures kept: an event's reports lead with a few.
    static let limit = 64

    var isEmpty: Bool { counts.isEmpty }
    var figures: Set<String> { Set(counts.keys) }

    mutating func add(_ lead: Set<String>) {
        if !lead.isEmpty { reporting += 1 }
        for figure in lead.sorted() where counts[figure] != nil || counts.count < Self.limit {
            counts[figure, default: 0] += 1
            if let r = Self.rounded(figure) { rounded[r, default: 0] += 1 }
        }
    }

    mutating func remove(_ lead: Set<String>) {
        if !lead.isEmpty { reporting = max(0, reporting - 1) }
        for figure in lead {
            guard let count = counts[figure] else { continue }
            counts[figure] = count > 1 ? count - 1 : nil
            if let r = Self.rounded(figure), let c = rounded[r] { rounded[r] = c > 1 ? c - 1 : nil }
        }
    }

    /// An article's headline figures with their roundings, worked out once and compared with each candidate event.
    struct Probe {
        var figures: [(figure: String, rounded: String?)]
        init(_ lead: Set<String>) { figures = lead.sorted().map { ($0, LeadFigures.rounded($0)) } }
        var isEmpty: Bool { figures.isEmpty }
    }

    /// The share of the members with headline figures that lead with one of the article's (or its
    /// rounding), 0…1: counted per figure, the best figure's count over those members.
    func share(_ lead: Probe) -> Float {
        guard reporting > 0 else { return 0 }
        var best = 0
        for (figure, roundedFigure) in lead.figures {
            best = max(best, counts[figure] ?? 0, rounded[figure] ?? 0, roundedFigure.flatMap { counts[$0] } ?? 0)
        }
        return min(1, Float(best) / Float(reporting))
    }

    /// Whether an article's headline figures meet these: the same figure, or one the other rounded.
    func meet(_ lead: Probe) -> Bool {
        lead.figures.contains { figure, roundedFigure in
            counts[figure] != nil || rounded[figure] != nil || roundedFigure.map { counts[$0] != nil } == true
        }
    }

    /// A decimal figure (as `ContentKeys.numbers` writes it: a point, no trailing zeros) with its last
    /// decimal rounded off, half up: "2.65" → "2.7", "2.95" → "3", "7.8" → "8". Nil for whole numbers.
    static func rounded(_ figure: String) -> String? {
        guard let point = figure.firstIndex(of: ".") else { return nil }
        let decimals = figure.distance(from: point, to: figure.endIndex) - 1
        guard decimals > 0, let scaled = Int(figure[..<point] + figure[figure.index(after: point)...]) else { return nil }
        var digits = String((scaled + 5) / 10)
        let kept = decimals - 1
        guard kept > 0 else { return digits }
        if digits.count <= kept { digits = String(repeating: "0", count: kept + 1 - digits.count) + digits }
        digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -kept))
        while digits.last == "0" { digits.removeLast() }
        if digits.last == "." { digits.removeLast() }
        return digits
    }
}
