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
      // An acronym's plural, an ordinary word and a plural are no typos.
      ("houston EDs", "houston EDs"), ("is being an older grad bad", "is being an older grad bad"),
      ("emergency departments", "emergency departments"),
      // A word made of another by its ending is no typo of it ("healthy" is not "health").
      ("everyone is healthy now", "everyone is healthy now"), ("passd", "passed"),
      // A name after a title is no typo ("rivera" is one edit from "river").
      ("yes dr rivera said she would call", "yes dr rivera said she would call"),
      ("Dr. Rivera, my mentor", "Dr. Rivera, my mentor"),
      // Letters joined to one beyond ASCII are part of a word the vocabulary does not hold.
      ("from bostón", "from bostón"), ("im kind of torn", "im kind of torn"),
      ("pased stp 1 in bostn é", "passed step 1 in boston é"),
      // A feeling is a word ("scared" is no "scored").
      ("kinda scared tho", "kinda scared tho"), ("so worried", "so worried"),
    ])
  func mends(typed: String, meant: String) {
    #expect(TypoRepair.repair(typed, knows: { _ in false }).0 == meant)
  }

  @Test(
    "A word beyond ASCII elsewhere in the line changes nothing of the repair",
    arguments: [
      "pased stp 1 in bostn", "citzen, frist try", "hasnt pased CK, wating on reslts",
      "I'm a US-IMG: fialed Step1 twice, then pasd (3rd try); CK 231/300!",
      "ABCDEFGHIJKLMNOPQRSTUVWXYZABC verylongwordthatisnotatypo frist",
      "dr rivera will call, prof rivera might", "my mentor is Dr. Rivera",
    ])
  func wordBeyondASCIIChangesNothing(line: String) {
    let ascii = TypoRepair.repair(line, knows: { _ in false })
    let general = TypoRepair.repair(line + " é", knows: { _ in false })
    #expect(ascii.0 + " é" == general.0)
    #expect(ascii.1 == general.1)
  }
}
