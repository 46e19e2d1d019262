import Foundation
import NewsdeskExtraction
import NewsdeskModel
import Testing
@testable import NewsdeskClustering

@Suite struct NearDuplicateTests {
    static let wire = """
    The harbour authority of Port Ellery said on Monday that dredging of the main channel would start in June \
    and last eleven weeks. Ships longer than 180 metres will have to wait for high tide during the works, the \
    authority's director, Marta Quell, told reporters. "We have delayed this for as long as we could," Quell said. \
    The channel was last dredged nine years ago, and silt from the spring floods has since reduced its depth by \
    almost a metre in places, according to the authority's own survey published last autumn.
    """

    @Test func findsASyndicatedCopyInsideOtherBoilerplate() {
        var index = NearDuplicateIndex()
        index.add(id: 1, text: Self.wire)
        let copy = "Ellery Morning Star | Shipping\n\n" + Self.wire.replacingOccurrences(of: "Monday", with: "Monday,")
            + "\n\nRead more: Ferry timetable changes for the summer season announced by the operator"
        let matches = index.add(id: 2, text: copy)
        #expect(matches.map(\.id) == [1])
        #expect(matches.first.map { $0.containment > 0.8 } == true)
    }

    @Test func keepsRewritesAndUnrelatedStoriesApart() {
        var index = NearDuplicateIndex()
        index.add(id: 1, text: Self.wire)
        let rewrite = """
        Work to deepen Port Ellery's main channel begins in June, harbour officials announced, and is expected \
        to take about eleven weeks. Large vessels will need to time their arrival with the tide while dredgers work.
        """
        let unrelated = """
        Der Stadtrat von Kessveld hat am Dienstag beschlossen, die alte Markthalle zu sanieren. Die Arbeiten sollen \
        im Herbst beginnen und rund vier Millionen Euro kosten, teilte die Bürgermeisterin mit.
        """
        #expect(index.add(id: 2, text: rewrite).isEmpty)
        #expect(index.add(id: 3, text: unrelated).isEmpty)
    }

    @Test func removedArticlesAreNotFoundAgain() {
        var index = NearDuplicateIndex()
        index.add(id: 1, text: Self.wire)
        index.remove(id: 1)
        #expect(index.add(id: 2, text: Self.wire).isEmpty)
        #expect(index.count == 1)
    }

    @Test func canonicalCopyIsEarliestThenLongest() {
        let march10 = SimpleDate(year: 2025, month: 3, day: 10), march11 = SimpleDate(year: 2025, month: 3, day: 11)
        #expect(CanonicalCopy.choose([.init(id: 1, published: march11, length: 900), .init(id: 2, published: march10, length: 400)]) == 2)
        #expect(CanonicalCopy.choose([.init(id: 1, published: march10, length: 400), .init(id: 2, published: march10, length: 900)]) == 2)
        #expect(CanonicalCopy.choose([.init(id: 1, published: nil, length: 900), .init(id: 2, published: march11, length: 100)]) == 2)
    }

    @Test func containmentMeasuresTheShorterTextInsideTheLonger() {
        let whole = Shingles(text: Self.wire)
        let firstHalf = Shingles(text: Self.wire.components(separatedBy: ". ").prefix(2).joined(separator: ". "))
        let unrelated = Shingles(text: "Nothing in common here at all, not one run of five words from the harbour story.")
        #expect(firstHalf.containment(with: whole) == 1)
        #expect(whole.containment(with: firstHalf) == 1)
        #expect(firstHalf.hashes.count < whole.hashes.count)
        #expect(whole.containment(with: unrelated) == 0)
    }

    /// ../shared/corpus/dev: every labelled near-duplicate pair found, no duplicate claimed across events.
    @Test func devCorpusPairs() throws {
        guard let labels = SharedCorpus.table("dev", skipping: "NearDuplicateTests"),
              let pairs = SharedCorpus.table("dev", "pairs.tsv", skipping: "NearDuplicateTests") else { return }
        let files = labels.map { $0["file"]! }
        let event = Dictionary(uniqueKeysWithValues: labels.map { ($0["file"]!, $0["event_id"]!) })
        var index = NearDuplicateIndex()
        var found = Set<[String]>()
        for (i, file) in files.enumerated() {
            let text = try SharedCorpus.article("dev", file).text
            for match in index.add(id: Int64(i), text: text) {
                found.insert([files[Int(match.id)], file].sorted())
            }
        }
        let expected = Set(pairs.filter { $0["type"] == "near_duplicate" }.map { [$0["file_a"]!, $0["file_b"]!].sorted() })
        let missed = expected.subtracting(found)
        let crossEvent = found.filter { event[$0[0]] != event[$0[1]] }
        print("NearDuplicateTests: dev near-duplicate pairs found \(expected.count - missed.count)/\(expected.count), "
              + "other pairs claimed \(found.subtracting(expected).count), across events \(crossEvent.count)")
        #expect(missed.isEmpty, "missed: \(missed)")
        #expect(crossEvent.isEmpty, "across events: \(crossEvent)")
    }
}

@Suite struct BandIndexTests {
    func keys(_ seed: UInt64) -> [UInt64] { (0..<64).map { seed &* 1_000_003 &+ UInt64($0) } }

    @Test func proposesTheArticlesSharingTheMostBandsWithoutItself() {
        var index = BandIndex()
        index.insert(keys(1), id: 1)
        var near = keys(1)
        for band in 0..<40 { near[band] = UInt64(band) &+ 999_999 }  // shares 24 bands with 1
        index.insert(near, id: 2)
        index.insert(keys(3), id: 3)
        #expect(index.candidates(keys(1), excluding: 1, limit: 10) == [2])
        #expect(index.candidates(keys(1), excluding: 99, limit: 10) == [1, 2])
        #expect(index.candidates(keys(1), excluding: 99, limit: 1) == [1])
        #expect(index.candidates(keys(7), excluding: 99, limit: 10).isEmpty)
    }

    @Test func keepsEveryEntryWhenItGrows() {
        var index = BandIndex(capacity: 16)
        for id in 1...2_000 { index.insert(keys(UInt64(id)), id: Int64(id)) }
        #expect(index.count == 2_000 * 64)
        #expect((1...2_000).allSatisfy { index.candidates(keys(UInt64($0)), excluding: 0, limit: 1) == [Int64($0)] })
    }

    @Test func aBandSharedByVeryManyArticlesStopsCounting() {
        var index = BandIndex()
        var common = keys(5)
        for id in 1...(BandIndex.keyLimit + 50) {
            common[63] = UInt64(id) &* 77  // one band differs, the other 63 are shared boilerplate
            index.insert(common, id: Int64(id))
        }
        #expect(index.count < (BandIndex.keyLimit + 50) * 64)
        #expect(index.candidates(keys(5), excluding: 0, limit: 1000).count == BandIndex.keyLimit)
    }
}
