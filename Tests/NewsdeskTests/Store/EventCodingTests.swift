import NewsdeskModel
@testable import NewsdeskStore
import Testing

/// The text forms of the clustering columns read back exactly what was written.
@Suite struct EventCodingTests {
    @Test func vectorsRoundTripWithNonASCIIKeys() {
        let vector: [String: Float] = ["t:fähre": 0.25, "e:erdogan": 0.5, "n:6.4": 0.125, "t:渡船": 1e-7, "e:łódź": 0.333_333_34]
        #expect(EventCoding.decodeVector(EventCoding.encode(vector)) == vector)
        #expect(EventCoding.decodeVector("").isEmpty)
    }

    @Test func damagedVectorLinesAreSkipped() {
        #expect(EventCoding.decodeVector("t:quay\t0.5\nno tab here\nt:ferry\tnot a number\n\nn:41\t1") == ["t:quay": 0.5, "n:41": 1])
    }

    @Test func cluesRoundTrip() {
        let clues = [TimeClue(date: SimpleDate(year: 2025, month: 3, day: 11), approximate: true), TimeClue(month: 6, day: 15, weekday: 2),
                     TimeClue(weekday: 4), TimeClue(weekday: 4, ahead: true), TimeClue(month: 11, day: 11, approximate: true), TimeClue()]
        for clue in clues { #expect(EventCoding.decodeClue(EventCoding.encode(clue)) == clue) }
        // Rows written before a month and day could be approximate read as they did.
        #expect(EventCoding.decodeClue("|6|15|2") == TimeClue(month: 6, day: 15, weekday: 2))
        // Rows written before a weekday could be ahead read as not ahead; the undated-clue index still finds them.
        #expect(EventCoding.decodeClue("|||4|") == TimeClue(weekday: 4))
        #expect(EventCoding.decodeClue("|||4||>").ahead)
        #expect(EventCoding.encode(TimeClue(weekday: 4, ahead: true)) == "|||4||>")
        #expect(EventCoding.decodeClue("2025-03-11|3|11|1|") == TimeClue(date: SimpleDate(year: 2025, month: 3, day: 11)))
        #expect(EventCoding.decodeClue("2025-03-11|3|11|1|~").approximate)
    }

    @Test func recalledDaysRoundTripAndOlderRowsHaveNone() {
        let recalled = [RecalledDay(monthDay: MonthDay(month: 2, day: 6)!), RecalledDay(monthDay: MonthDay(month: 8, day: 17)!, year: 2029)]
        let clues = [TimeClue(weekday: 0), TimeClue(weekday: 4, ahead: true), TimeClue(date: SimpleDate(year: 2030, month: 2, day: 20)), TimeClue()]
        for clue in clues {
            let text = EventCoding.encode(clue, recalled: recalled)
            #expect(EventCoding.decodeClue(text) == clue)
            #expect(EventCoding.recalledDays(inClue: text) == recalled)
        }
        #expect(EventCoding.encode(TimeClue(weekday: 0), recalled: recalled) == "|||0|||--02-06,2029-08-17")
        // Rows written before the field, with or without "ahead".
        #expect(EventCoding.recalledDays(inClue: "|||4||>").isEmpty)
        #expect(EventCoding.recalledDays(inClue: "2025-03-11|3|11|1|").isEmpty)
        // A damaged day is skipped, not misread.
        #expect(EventCoding.recalledDays(inClue: "|||0|||--13-06,--02-30,--02-29") == [RecalledDay(monthDay: MonthDay(month: 2, day: 29)!)])
    }

    @Test func headlineFiguresRoundTrip() {
        for figures: Set<String> in [["6.4", "1200", "0.75"], ["41"], []] {
            #expect(EventCoding.decodeFigures(EventCoding.encode(figures)) == figures)
        }
        #expect(EventCoding.decodeFigures(nil).isEmpty)  // rows stored before the column
    }
}
