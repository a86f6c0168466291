import Testing

@testable import Dialogue

@Suite("Understanding: typo repair")
struct TypoRepairTests {
  @Test(
    "Mends a word one edit from the vocabulary; leaves ordinary words and bare contractions",
    arguments: [
      ("pased stp 1 in bostn", "passed step 1 in boston"),
      ("citzen, frist try", "citizen, first try"),
      // "he'd" typed without its apostrophe, not "head".
      ("hed", "hed"),
      ("hed say my score was fine", "hed say my score was fine"),
      ("dont know, thats all", "dont know, thats all"),
      ("the last time", "the last time"),
    ])
  func mends(typed: String, meant: String) {
    #expect(TypoRepair.repair(typed, knows: { _ in false }).0 == meant)
  }
}
