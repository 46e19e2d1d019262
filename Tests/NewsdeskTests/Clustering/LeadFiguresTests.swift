import Testing
@testable import NewsdeskClustering

/// Headline figures: one figure rounded differently by two reports is still one figure; ordinals are
/// judged against ordinals, figures against figures.
@Suite struct LeadFiguresTests {
    func share(_ event: LeadFigures, _ lead: Set<String>) -> Float? { event.share(LeadFigures.Probe(lead)) }

    @Test(arguments: [("2.65", "2.7"), ("4.34", "4.3"), ("2.95", "3"), ("0.05", "0.1"), ("0.75", "0.8"), ("99.96", "100"), ("4.349", "4.35")])
    func roundsOffTheLastDecimal(figure: String, rounded: String) {
        #expect(LeadFigures.rounded(figure) == rounded)
    }

    /// Whole numbers and one decimal are not rounded ("14.04" rounded whole would meet "14 dead"),
    /// and a run of digits too long for an Int is left alone rather than overflowing.
    @Test(arguments: ["80", "5000", "7.8", "12.5", "#3", "922.3372036854775807", "1.00000000000000000000001"])
    func isNotRounded(figure: String) {
        #expect(LeadFigures.rounded(figure) == nil)
    }

    @Test func aFigureMeetsItsRoundingBothWays() {
        var event = LeadFigures()
        event.add(["2.65", "120"])
        #expect(share(event, ["2.7"]) == 1)  // a later report rounds the event's figure
        #expect(share(event, ["120"]) == 1)
        #expect(share(event, ["2.4"]) == 0)
        var rounded = LeadFigures()
        rounded.add(["4.3"])
        #expect(share(rounded, ["4.34"]) == 1)  // the article's figure is the more precise
        // Two magnitudes that round to the same whole number are still two.
        var quake = LeadFigures()
        quake.add(["7.8"])
        #expect(share(quake, ["7.5"]) == 0)
    }

    /// How many of the reports leading with figures lead with the article's: a figure that only a
    /// report looking back names counts for less than the event's own. A figure and its rounding
    /// add up.
    @Test func theShareOfReportsLeadingWithAFigure() {
        var event = LeadFigures()
        event.add(["#2", "18"])
        event.add(["#2"])
        event.add(["#1", "#2"])
        event.add([])  // no figures: not counted
        #expect(share(event, ["#2"]) == 1)
        #expect(share(event, ["#1"]) == Float(1) / 3)
        #expect(share(event, ["#3"]) == 0)
        #expect(share(event, ["18"]) == 1)  // the one report leading with a figure leads with this one
        event.remove(["#2", "18"])
        #expect(share(event, ["#1"]) == 0.5)
        var fine = LeadFigures()
        for lead: Set<String> in [["2.7"], ["2.7"], ["2.65"], ["2.65"]] { fine.add(lead) }
        #expect(share(fine, ["2.7"]) == 1)
    }

    /// Ordinals and figures are different kinds: an article's ordinal says nothing against an event
    /// whose reports lead with figures only (as in a store written before ordinals were read), and
    /// with nothing of a kind to compare the share is nil, not 0.
    @Test func ordinalsAreJudgedAgainstOrdinalsOnly() {
        var event = LeadFigures()
        event.add(["2.4"])
        #expect(share(event, ["#3"]) == nil)
        #expect(share(event, ["#3", "5.1"]) == 0)
        var series = LeadFigures()
        series.add(["#3"])
        #expect(share(series, ["7.8"]) == nil)
        #expect(share(series, ["#1", "7.8"]) == 0)
        #expect(share(LeadFigures(), ["2.4"]) == nil)
    }

    @Test func removingAMemberTakesItsRoundingOut() {
        var event = LeadFigures()
        event.add(["2.65"])
        event.add(["2.65"])
        event.remove(["2.65"])
        #expect(share(event, ["2.7"]) == 1)
        event.remove(["2.65"])
        #expect(event.isEmpty && share(event, ["2.7"]) == nil)
    }
}
