import AdvisorCore
import Testing

@testable import KnowledgeBase

/// The typo corrector's quick bounds never exceed the edit distance they stand for.
@Suite("Letter counts")
struct LetterCountsTests {
  @Test("The presence bound never exceeds the count bound, which never exceeds the distance")
  func boundsAreOrdered() throws {
    var state: UInt64 = 7
    func word() -> String {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = 1 + Int(state >> 60)
      return String(
        (0..<length).map { index in
          // Few letters, so that words share many of them and the bounds are often small.
          Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8((state >> (4 * index)) % 6)))
        })
    }
    for _ in 0..<3_000 {
      let (first, second) = (word(), word())
      let (one, other) = try (#require(LetterCounts(first)), #require(LetterCounts(second)))
      let distance = try #require(
        EditDistance.distance(
          Array(first.unicodeScalars), Array(second.unicodeScalars), limit: 100))
      #expect(one.presenceLowerBound(to: other) <= one.distanceLowerBound(to: other))
      #expect(one.distanceLowerBound(to: other) <= distance, "\(first) \(second)")
    }
  }
}
