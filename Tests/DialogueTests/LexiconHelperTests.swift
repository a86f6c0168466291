import AdvisorCore
import Testing

@testable import Dialogue

/// The small helpers every reader shares: a phrase of words at a token, a word at a position,
/// and phrase templates filled with a found word.
@Suite("Understanding: shared token and template helpers")
struct LexiconHelperTests {
  @Test(
    "A phrase matches only where all its words stand in a row, never outside the tokens",
    arguments: [
      ("the pass mark is 218", ["pass", "mark"], 1, true),
      ("the pass mark is 218", ["pass", "mark"], 0, false),
      ("the pass mark is 218", ["is", "218"], 3, true),
      ("the pass mark is 218", ["218", "is"], 4, false),
      ("the pass mark is 218", ["the"], -1, false),
      ("the pass mark is 218", ["mark", "is", "218", "now"], 2, false),
    ])
  func phraseAtIndex(_ line: String, _ phrase: [String], _ index: Int, _ expected: Bool) {
    #expect(Utterance(line).tokens.has(phrase, at: index) == expected)
  }

  @Test(
    "A phrase never runs across a sentence's end; an abbreviation's full stop ends none",
    arguments: [
      ("she might call. the pd liked me", "call the pd", false),
      ("she will call the pd", "call the pd", true),
      ("i passed! step 1 was hard", "passed step 1", false),
      ("D.O. student here", "o student", true),
      ("Dr. Patel said so", "dr patel", true),
      // Longer than the runs kept: the text search keeps the same rule.
      ("i did. not do a rotation at all there", "did not do a rotation at all there", false),
    ])
  func phraseWithinSentence(_ line: String, _ phrase: String, _ expected: Bool) {
    #expect(Utterance(line).contains(phrase) == expected)
  }

  @Test("A word at a position outside the tokens is nil, not a crash")
  func wordAt() {
    let tokens = Utterance("ck 238").tokens
    #expect(tokens.word(at: 0) == "ck")
    #expect(tokens.word(at: 1) == "238")
    #expect(tokens.word(at: -1) == nil)
    #expect(tokens.word(at: 2) == nil)
  }

  @Test("Templates take the found word in place of their %, in order")
  func templates() {
    #expect(
      ["no %", "no %s", "did not do an %"].filled(with: "away") == [
        "no away", "no aways", "did not do an away",
      ])
    #expect(ApplicantExtractor.comesFrom.filled(with: "egypt").contains("i am from egypt"))
  }

  @Test(
    "Pass-mark phrases are read as words before and after the number",
    arguments: [
      ("the pass mark is 218", true),
      ("218 is the pass mark", true),
      ("i saw 218 somewhere", true),
      ("i got 218", false),
    ])
  func passMarkPhrases(_ line: String, _ isPassMark: Bool) {
    let utterance = Utterance(line)
    let cues = LineCues(
      utterance, statements: utterance, asks: false,
      context: UnderstandingContext(profile: Profile()))
    #expect(cues.passMarkPositions.isEmpty == !isPassMark)
  }
}

/// A phrase check is a hash lookup (``WordRuns``); it must agree with reading the words.
@Suite("Understanding: a phrase check agrees with the words")
struct PhraseCheckTests {
  /// Every line of the utterance table, each with every run of its words (up to eight, past
  /// the six the index keeps) and each run with its last word changed, as phrases.
  @Test("Every run of every table line is found; a run with a word changed only where it occurs")
  func agreesWithTheWords() throws {
    let table = try #require(fixtureText("utterances", ext: "tsv"))
    let lines = table.split(separator: "\n").compactMap {
      $0.split(separator: "\t").dropFirst().first
    }
    #expect(lines.count > 500)
    for line in lines {
      let utterance = Utterance(String(line))
      let words = utterance.words
      let plain = utterance.plainText
      for start in words.indices {
        // Runs within a sentence: none spans a sentence's end.
        for end in start..<min(start + 8, words.count)
        where !utterance.sentenceStarts.contains(where: { (start + 1..<end + 1).contains($0) }) {
          let phrase = words[start...end].joined(separator: " ")
          #expect(utterance.contains(phrase), "\(line): \(phrase)")
          let changed = phrase + "x"
          #expect(
            utterance.contains(changed) == plain.contains(" \(changed) "), "\(line): \(changed)")
        }
      }
      #expect(!utterance.contains("zzzz qqqq"))
      #expect(!utterance.contains(""))
    }
  }

  @Test("A list's hashes made once find what the words hold, in the list's order")
  func listsAgreeWithTheWords() {
    let utterance = Utterance("my aunt lives in new jersey and i did a sub-i in philly")
    let list: Phrases = [
      "in boston", "lives in new jersey", "sub i in philly", "did a sub i", "lives in new york",
      "my aunt lives in new jersey and i", "aunt lives in new jersey and i did a",
    ]
    #expect(
      utterance.found(list) == [
        "lives in new jersey", "sub i in philly", "did a sub i",
        "my aunt lives in new jersey and i", "aunt lives in new jersey and i did a",
      ])
    #expect(utterance.firstIndex(of: list) == 1)
    #expect(utterance.containsAny(list))
    #expect(!utterance.containsAny(["in boston", "lives in new york", "jersey new"]))
    #expect(!utterance.containsAny([]))
    for index in list.indices {
      #expect(utterance.contains(phraseAt: index, of: list) == utterance.contains(list[index]))
    }
  }

  @Test("Every phrase for another applicant holds one of the cue words that let a line in")
  func otherApplicantCuesCoverThePhrases() {
    for phrase in Lexicon.otherApplicants.words {
      #expect(phrase.contains(where: Lexicon.otherApplicantCues.contains), "\(phrase)")
    }
  }
}
