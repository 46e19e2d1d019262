import Testing
@testable import NewsdeskClustering

/// Headline figures: one figure rounded differently by two reports is still one figure.
@Suite struct LeadFiguresTests {
    @Test(arguments: [("2.65", "2.7"), ("4.34", "4.3"), ("2.95", "3"), ("7.8", "8"), ("0.05", "0.1"), ("0.75", "0.8"), ("99.96", "100")])
    func roundsOffTheLastDecimal(figure: String, rounded: String) {
        #expect(LeadFigures.rounded(figure) == rounded)
    }

    @Test func wholeNumbersAreNotRounded() {
        #expect(LeadFigures.rounded("80") == nil)
        #expect(LeadFigures.rounded("5000") == nil)
    }

    @Test func aFigureMeetsItsRoundingBothWays() {
        var event = LeadFigures()
        event.add(["2.65", "120"])
        #expect(event.meet(LeadFigures.Probe(["2.7"])))  // a later report rounds the event's figure
        #expect(event.meet(LeadFigures.Probe(["120"])))
        #expect(!event.meet(LeadFigures.Probe(["2.4"])))
        var rounded = LeadFigures()
        rounded.add(["4.3"])
        #expect(rounded.meet(LeadFigures.Probe(["4.34"])))  // the article's figure is the more precise
        // Two magnitudes that round to the same whole number are still two.
        var quake = LeadFigures()
        quake.add(["7.8"])
        #expect(!quake.meet(LeadFigures.Probe(["7.5"])))
    }

    /// How many of the reports with headline figures lead with the article's: a figure that only a
    /// report looking back mentions ("after the first flight…") counts for less than the event's own.
    @Test func theShareOfReportsLeadingWithAFigure() {
        var event = LeadFigures()
        event.add(["#2", "18"])
        event.add(["#2"])
        event.add(["#1", "#2"])
        event.add([])  // no figures: not counted
        #expect(event.share(LeadFigures.Probe(["#2"])) == 1)
        #expect(abs(event.share(LeadFigures.Probe(["#1"])) - 1 / 3) < 1e-6)
        #expect(event.share(LeadFigures.Probe(["#3", "18"])) > 0.3)
        #expect(event.share(LeadFigures.Probe(["#3"])) == 0)
        event.remove(["#2", "18"])
        #expect(event.share(LeadFigures.Probe(["#1"])) == 0.5)
    }

    @Test func removingAMemberTakesItsRoundingOut() {
        var event = LeadFigures()
        event.add(["2.65"])
        event.add(["2.65"])
        event.remove(["2.65"])
        #expect(event.meet(LeadFigures.Probe(["2.7"])))
        event.remove(["2.65"])
        #expect(event.isEmpty && !event.meet(LeadFigures.Probe(["2.7"])))
    }
}
