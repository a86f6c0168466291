import Foundation
import KnowledgeBase
import Testing

/// Checks ``Porter2Stemmer`` against the Snowball project's published English vocabulary and
/// the examples on the algorithm's page.
@Suite struct Porter2StemmerTests {
  private let stemmer = Porter2Stemmer()

  /// One published pair: a word and the stem Snowball gives it.
  private struct Pair {
    var word: String
    var stem: String
  }

  /// Reads `Fixtures/porter2-vocabulary.tsv`: `word<TAB>stem` lines, after `#` comment lines.
  private static func vocabulary() throws -> [Pair] {
    let url = try #require(
      Bundle.module.url(
        forResource: "porter2-vocabulary", withExtension: "tsv", subdirectory: "Fixtures"))
    let text = try String(contentsOf: url, encoding: .utf8)
    var pairs: [Pair] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true)
    where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      try #require(fields.count == 2, "malformed fixture line: \(line)")
      pairs.append(Pair(word: String(fields[0]), stem: String(fields[1])))
    }
    return pairs
  }

  @Test func stemsThePublishedVocabulary() throws {
    let pairs = try Self.vocabulary()
    #expect(pairs.count > 1_000)
    var mismatches: [String] = []
    var mismatchCount = 0
    for pair in pairs {
      let stem = stemmer.stem(pair.word)
      guard stem != pair.stem else { continue }
      mismatchCount += 1
      if mismatches.count < 20 {
        mismatches.append("\(pair.word) → \(stem), expected \(pair.stem)")
      }
    }
    let passed = pairs.count - mismatchCount
    #expect(
      mismatchCount == 0,
      """
      \(passed) of \(pairs.count) pairs stem as published; first mismatches:
      \(mismatches.joined(separator: "\n"))
      """)
  }

  @Test func bytesAndStringAgreeOnTheVocabulary() throws {
    for pair in try Self.vocabulary() {
      let bytes = stemmer.stem(bytes: Array(pair.word.utf8))
      #expect(String(decoding: bytes, as: UTF8.self) == stemmer.stem(pair.word))
    }
  }

  /// The sample on the algorithm's page.
  @Test(arguments: ["consign", "consigned", "consigning", "consignment"])
  func consignFamily(word: String) {
    #expect(stemmer.stem(word) == "consign")
  }

  @Test(arguments: [("knack", "knack"), ("knacks", "knack"), ("knackeries", "knackeri")])
  func knackFamily(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  /// Words starting `gener`, `commun`, `arsen` (and, since Snowball 3, `past`, `univers`,
  /// `later`, `emerg`, `organ`) have R1 start after that prefix. Stems from the published output.
  @Test(arguments: [
    ("generously", "generous"), ("generate", "generat"), ("general", "general"),
    ("communism", "communism"), ("community", "communiti"), ("arsenal", "arsenal"),
    ("arsenic", "arsenic"), ("pasted", "paste"), ("universal", "universal"),
    ("universe", "univers"), ("lateral", "lateral"), ("emergency", "emergenc"),
    ("organization", "organiz"),
  ])
  func specialR1Prefixes(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  /// The exceptional forms, and the `-ying` words Step 1b turns into `-ie`.
  @Test(arguments: [
    ("dying", "die"), ("lying", "lie"), ("tying", "tie"), ("vying", "vie"),
    ("skis", "ski"), ("skies", "sky"), ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"),
    ("early", "earli"), ("only", "onli"), ("singly", "singl"),
    ("sky", "sky"), ("news", "news"), ("howe", "howe"),
    ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
  ])
  func exceptionalForms(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  /// The `-ing` and `-eed` words Step 1b keeps whole, also after Step 1a drops an `s`.
  @Test(arguments: [
    "inning", "outing", "canning", "herring", "earring", "evening", "proceed", "exceed",
    "succeed",
  ])
  func wordsStep1bLeavesAlone(word: String) {
    #expect(stemmer.stem(word) == word)
    #expect(stemmer.stem(word + "s") == word)
  }

  /// Examples given in the algorithm's description (apostrophes, `y`, Step 1a/1b, `-ogist`).
  @Test(arguments: [
    ("'s", "'s"), ("fox's", "fox"), ("foxes'", "fox"), ("'youth", "youth"), ("saying", "say"),
    ("happy", "happi"), ("sly", "sli"), ("cried", "cri"), ("ties", "tie"), ("gas", "gas"),
    ("gaps", "gap"), ("hoped", "hope"), ("hopped", "hop"), ("added", "add"),
    ("geologist", "geolog"),
  ])
  func documentedRuleExamples(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  /// Words of one or two letters, and words with anything but lowercase ASCII letters and `'`,
  /// are returned unchanged.
  @Test(arguments: ["", "a", "by", "is", "café", "naïve", "Running", "co-op", "mp3", "日本語"])
  func leavesShortAndNonASCIIWordsUnchanged(word: String) {
    #expect(stemmer.stem(word) == word)
    #expect(stemmer.stem(bytes: Array(word.utf8)) == Array(word.utf8))
  }
}
