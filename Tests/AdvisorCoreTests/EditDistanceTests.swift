import AdvisorCore
import Testing

@Suite("Typo distance")
struct EditDistanceTests {
  @Test(
    "Insertions, deletions, substitutions and adjacent swaps, within a limit",
    arguments: [
      ("anesthesiolgy", "anesthesiology", 2, 1), ("psychaitry", "psychiatry", 2, 1),
      ("kitten", "sitting", 3, 3), ("kitten", "sitting", 2, nil), ("same", "same", 0, 0),
      ("", "ab", 2, 2), ("ab", "", 1, nil), ("naïve", "naive", 1, 1), ("ca", "abc", 3, 3),
    ] as [(String, String, Int, Int?)])
  func distance(source: String, target: String, limit: Int, expected: Int?) {
    #expect(EditDistance.distance(source, target, limit: limit) == expected)
    #expect(
      EditDistance.distance(
        Array(source.unicodeScalars), Array(target.unicodeScalars), limit: limit) == expected)
  }
}

@Suite("Where the applicant wants to train")
struct RegionFocusTests {
  @Test(
    "Names are read as words, whatever the case and punctuation",
    arguments: [
      ("Worcester, MA", RegionFocus.massachusetts), ("BOSTON", .boston),
      ("jamaica   plain!", .boston), ("St. Elizabeth's", .boston), ("", .anywhere),
      ("no preference", .anywhere), ("Ohio\r\nor Boston", .boston), ("Zürich", .elsewhere),
      ("Bóston", .elsewhere), ("Cambridge, Massachusetts", .boston), ("ohio", .elsewhere),
      // Massachusetts only as a maybe after other places does not lead the plan.
      ("New York New Jersey maybe Boston", .elsewhere), ("ny, nj, possibly worcester", .elsewhere),
      ("maybe Boston", .boston), ("Boston, maybe NYC", .boston),
      ("NY or maybe Boston or Worcester", .boston),
      ("probably just maybe boston", .boston), ("new england, maybe boston", .boston),
    ])
  func focus(text: String, expected: RegionFocus) {
    #expect(RegionFocus(describing: text) == expected)
  }
}
