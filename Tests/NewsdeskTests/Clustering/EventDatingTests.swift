import Testing
@testable import NewsdeskClustering
import NewsdeskModel

/// An event's day from all of its reports: full days, days of a month, weekdays, publication days,
/// and the story's other events. Invented reports of an invented strike and its sequels.
@Suite struct EventDatingTests {
    func day(_ iso: String) -> SimpleDate { SimpleDate(iso: iso)! }

    func report(_ id: Int64, event: Int64 = 1, story: Int64 = 1, on eventDate: String? = nil, published: String? = nil,
                weekday: Int? = nil, month: Int? = nil, dayOfMonth: Int? = nil, ahead: Bool = false, recalling: [String] = [],
                copyOf: Int64? = nil) -> StoryTimeline.Member {
        StoryTimeline.Member(id: id, name: "report-\(id).txt", title: "Dockers at Merrow strike", lead: "", outlet: nil, url: nil,
                             published: published.map(day), event: event, story: story, eventDate: eventDate.map(day),
                             duplicateOf: copyOf, partialDay: PartialDay(weekday: weekday, month: month, day: dayOfMonth, ahead: ahead),
                             recalled: recalling.compactMap { RecalledDay($0) })
    }

    /// The events' days in a timeline of these reports.
    func days(_ reports: [StoryTimeline.Member]) -> [Int64: SimpleDate] { StoryTimeline(reports).eventDates }

    @Test func anUndatedEventTakesTheDayItsStorysLaterReportsRecall() {
        // The strike's reports name only "Monday"; two reports of the dated lockout (Wednesday 14 March 2029)
        // recall "the 5 March walkout", a Monday.
        let strike = [report(1, event: 1, weekday: 0), report(2, event: 1, weekday: 0), report(3, event: 1)]
        let lockout = [report(4, event: 2, on: "2029-03-14", recalling: ["--03-05"]), report(5, event: 2, published: "2029-03-14", recalling: ["--03-05", "--01-01"])]
        #expect(days(strike + lockout)[1] == day("2029-03-05"))
        // One report alone recalls a background day, not an event: the strike stays undated.
        #expect(days(strike + [lockout[0], report(5, event: 2, published: "2029-03-14")])[1] == nil)
        // Nor does a copy of that report count twice.
        #expect(days(strike + [lockout[0], report(5, event: 2, published: "2029-03-14", recalling: ["--03-05"], copyOf: 4)])[1] == nil)
        // A recalled day of another weekday does not fit "Monday".
        let tuesday = lockout.map { var r = $0; r.recalled = [RecalledDay("--03-06")!]; return r }
        #expect(days(strike + tuesday)[1] == nil)
        // Nor does a Monday another event of the story has (its own day, recalled), nor a day in another story.
        let inquiry = [report(6, event: 3, on: "2029-03-05")]
        #expect(days(strike + lockout + inquiry)[1] == nil)
        #expect(days(strike + lockout + [report(6, event: 3, on: "2029-03-06")])[1] == day("2029-03-05"))
        #expect(days(strike + lockout.map { var r = $0; r.story = 2; return r })[1] == nil)
        // An event with no partial day at all is not dated by a recall.
        #expect(days([report(1, event: 1), report(2, event: 1)] + lockout)[1] == nil)
    }

    /// A day recalled more than a month before its report's event is background (an anniversary, "since
    /// February 24"), not the day of an undated event of the story, though it fits the weekday.
    @Test func onlyDaysOfTheLastMonthAreRecalled() {
        let strike = [report(1, event: 1, weekday: 5)]
        let talks = [report(4, event: 2, on: "2030-06-10", recalling: ["--10-07"]), report(5, event: 2, on: "2030-06-10", recalling: ["--10-07"])]
        #expect(days(strike + talks)[1] == nil)  // 7 October 2029, a Sunday… eight months back
        let sunday = [report(1, event: 1, weekday: 6)]
        #expect(days(sunday + talks)[1] == nil)
        let recent = talks.map { var r = $0; r.recalled = [RecalledDay("--05-11")!]; return r }  // Saturday 11 May 2030
        #expect(days(strike + recent)[1] == day("2030-05-11"))
        // A day ahead of the report ("the trial resumes on March 20") is no day of the last month.
        let ahead = talks.map { var r = $0; r.recalled = [RecalledDay("--06-15")!]; return r }
        #expect(days(strike + ahead)[1] == nil)
    }

    @Test func aRecalledTwentyNinthOfFebruaryIsPlacedInTheLastLeapYear() {
        #expect(RecalledDay("--02-29")!.placed(before: day("2027-06-01")) == day("2024-02-29"))
        #expect(RecalledDay("--02-29")!.placed(before: day("2028-03-01")) == day("2028-02-29"))
        #expect(RecalledDay("--12-30")!.placed(before: day("2029-01-03")) == day("2028-12-30"))
        #expect(RecalledDay("2021-03-05")!.placed(before: day("2029-01-03")) == day("2021-03-05"))
    }

    @Test func twoRecalledDaysThatFitEquallyDateNothing() {
        let strike = [report(1, event: 1, weekday: 0)]
        let lockout = [report(4, event: 2, on: "2029-03-14", recalling: ["--03-05", "--02-26"]),
                       report(5, event: 2, on: "2029-03-14", recalling: ["--02-26", "--03-05"])]
        #expect(days(strike + lockout)[1] == nil)
        // A third report settles it.
        #expect(days(strike + lockout + [report(6, event: 2, on: "2029-03-14", recalling: ["--02-26"])])[1] == day("2029-02-26"))
    }

    @Test func reportsNamingTheDayOutvoteOneDatingABackgroundFact() {
        // One report dates "Tuesday's walkout" (the day before); three name Wednesday 7 March, one only "Wednesday".
        let reports = [report(1, on: "2029-03-06", published: "2029-03-07"), report(2, on: "2029-03-07"),
                       report(3, month: 3, dayOfMonth: 7), report(4, weekday: 2, month: 3, dayOfMonth: 7), report(5, weekday: 2)]
        #expect(EventDating.date(of: reports) == day("2029-03-07"))
        // Alone, the two full days tie: the one nearer a publication day wins, then the earliest.
        #expect(EventDating.date(of: Array(reports.prefix(2))) == day("2029-03-07"))
        #expect(EventDating.date(of: [report(1, on: "2029-03-06"), report(2, on: "2029-03-07")]) == day("2029-03-06"))
    }

    @Test func aDayOfAMonthTakesTheYearOfAnotherReportsPublication() {
        let reports = [report(1, published: "2030-01-02"), report(2, month: 12, dayOfMonth: 31)]
        #expect(EventDating.date(of: reports) == day("2029-12-31"))
    }

    @Test func aWeekdayAloneIsTheLastSuchDayBeforeAPublication() {
        // 2029-03-08 is a Thursday; "Tuesday" in a report of the same event is 6 March.
        let reports = [report(1, published: "2029-03-08"), report(2, weekday: 1)]
        #expect(EventDating.date(of: reports) == day("2029-03-06"))
        // "will meet on Friday" in a report without a publication day: the Friday after (9 March).
        #expect(EventDating.date(of: [report(1, published: "2029-03-08"), report(2, weekday: 4, ahead: true)]) == day("2029-03-09"))
        #expect(EventDating.date(of: [report(1, published: "2029-03-08"), report(2, weekday: 4)]) == day("2029-03-02"))
        // Without a publication day, a weekday dates nothing.
        #expect(EventDating.date(of: [report(2, weekday: 1)]) == nil)
    }

    @Test func withNothingButPublicationDaysTheEarliestDates() {
        #expect(EventDating.date(of: [report(1, published: "2029-03-09"), report(2, published: "2029-03-08")]) == day("2029-03-08"))
        #expect(EventDating.date(of: [report(1)]) == nil)
    }

    @Test func aStoryPlacesAnUndatedEventsDayOfAMonthInTheNearestYear() {
        let strike = [report(1, event: 1, on: "2029-12-20")]
        let sequel = [report(2, event: 2, month: 1, dayOfMonth: 4), report(3, event: 2, weekday: 4)]
        let timeline = StoryTimeline(strike + sequel)
        #expect(timeline.eventDates[2] == day("2030-01-04"))
        #expect(timeline.stories.first?.events.map(\.id) == [1, 2])
        // In another story, the same reports stay undated: a story's days are no anchor for another's.
        let apart = StoryTimeline(strike + sequel.map { var m = $0; m.story = 2; return m })
        #expect(apart.eventDates[2] == nil)
        #expect(apart.stories.flatMap(\.events).first { $0.id == 2 }?.partialDay == "4 January")
    }

    @Test func aWeekdayAloneIsNotPlacedByTheStory() {
        // "Thursday" could be any Thursday of the months between the story's events.
        let timeline = StoryTimeline([report(1, event: 1, on: "2029-04-10"), report(2, event: 2, weekday: 3)])
        #expect(timeline.eventDates[2] == nil)
        #expect(timeline.stories[0].events.last?.partialDay == "Thursday")
    }

    @Test func namedWeekdaysChooseBetweenYearsEquallyNear() {
        // 29 February exists only in 2028 near this anchor.
        #expect(EventDating.nearest(MonthDay(month: 2, day: 29)!, to: day("2029-01-10")) == day("2028-02-29"))
        // 2 July 2029 (a Monday) and 2 July 2030 (a Tuesday) are each ten days from one of the story's events.
        let days = EventDating.SortedDays([day("2029-06-22"), day("2030-07-12")])
        for (weekday, expected) in [(0, "2029-07-02"), (1, "2030-07-02")] {
            let undated = [report(1, event: 2, month: 7, dayOfMonth: 2), report(2, event: 2, weekday: weekday)]
            #expect(EventDating.date(of: undated, near: days) == day(expected))
            // The weekday given with the day of the month, in one report, chooses as well.
            #expect(EventDating.date(of: [report(3, event: 2, weekday: weekday, month: 7, dayOfMonth: 2)], near: days) == day(expected))
        }
    }

    @Test func aBackgroundDayOfAnotherYearDoesNotPlaceTheEvent() {
        // Report 1 recalls last year's quake by its full day; two reports name only "20 February".
        let reports = [report(1, on: "2022-02-06", published: "2023-02-21"), report(2, month: 2, dayOfMonth: 20),
                       report(3, month: 2, dayOfMonth: 20)]
        #expect(EventDating.date(of: reports) == day("2023-02-20"))
        // A day of a month is placed on or before a publication day, as in a single article: "20 June",
        // published 10 January 2030, is June 2029.
        #expect(EventDating.date(of: [report(1, published: "2030-01-10"), report(2, month: 6, dayOfMonth: 20)]) == day("2029-06-20"))
    }

    @Test func storyDaysMeasureDistanceToTheNearest() {
        let days = EventDating.SortedDays([day("2029-01-10"), day("2029-03-01"), day("2029-01-10")])
        #expect(days.distance(to: day("2029-01-01")) == 9)
        #expect(days.distance(to: day("2029-02-20")) == 9)
        #expect(days.distance(to: day("2029-12-31")) == 305)
        #expect(days.years == [2029])
        #expect(EventDating.SortedDays([]).isEmpty)
    }

    @Test func theYearEndAndLeapDaysArePlaced() {
        // "1 January" in a report published on 31 December: the next day, a later time zone's.
        #expect(EventDating.date(of: [report(1, published: "2029-12-31"), report(2, month: 1, dayOfMonth: 1)]) == day("2030-01-01"))
        // 29 February exists only in leap years, however far from the story's days.
        let days = EventDating.SortedDays([day("2029-01-10")])
        #expect(EventDating.date(of: [report(1, event: 2, month: 2, dayOfMonth: 29)], near: days) == day("2028-02-29"))
    }

    @Test func aWeekdayGivenWithTheDayDoesNotOutweighAFullDay() {
        // One report names 6 March; another "Wednesday 7 March": a tie, which the publication day settles.
        let reports = [report(1, on: "2029-03-06", published: "2029-03-06"), report(2, weekday: 2, month: 3, dayOfMonth: 7)]
        #expect(EventDating.date(of: reports) == day("2029-03-06"))
    }
}
