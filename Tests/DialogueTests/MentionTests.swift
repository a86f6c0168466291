import AdvisorCore
import Testing

@testable import Dialogue

/// The text a span covers in the line as typed.
private func typed(_ line: String, _ span: Range<Int>) -> String {
  String(decoding: Array(line.utf8)[span], as: UTF8.self)
}

@Suite("Understanding: token spans and mentions")
struct MentionTests {
  @Test(
    "Every token's span covers what was typed for it",
    arguments: [
      ("CK 238, IM", ["CK", "238", ",", "IM"]),
      ("I haven't taken it", ["I", "haven't", "haven't", "taken", "it"]),
      ("café – 233/300 in Montréal!", ["café", "-", "233", "in", "Montréal", "!"]),
      ("my 2nd try: 241", ["my", "2nd", "try", ":", "241"]),
      ("😬 ob-gyn, NYC", ["ob", "gyn", ",", "NYC"]),
    ])
  func spans(_ line: String, _ expected: [String]) {
    let tokens = Utterance(line).tokens
    #expect(tokens.map { typed(line, $0.span) } == expected.map { $0 == "-" ? "–" : $0 })
  }

  @Test("Spans point into the line as typed, through typo repair")
  func spansThroughRepair() {
    let line = "pased stp 1 with 230 in bostn"
    let (repaired, repairs) = TypoRepair.repair(line, knows: { _ in false })
    #expect(repaired == "passed step 1 with 230 in boston")
    let tokens = Utterance(repaired, repairs: repairs).tokens
    #expect(tokens.map(\.text) == ["passed", "step", "1", "with", "230", "in", "boston"])
    #expect(
      tokens.map { typed(line, $0.span) } == ["pased", "stp", "1", "with", "230", "in", "bostn"])
  }

  @Test("An offset inside a mended word falls inside the word as typed")
  func offsetsInsideRepairs() {
    let repairs = [TypoRepair.Repair(typed: "stp", meant: "step", offset: 2)]
    // "a step b" mended from "a stp b".
    #expect(
      [0, 2, 3, 5, 6, 7].map { TypoRepair.typedOffset($0, repairs: repairs) } == [0, 2, 3, 5, 5, 6])
  }

  private func mentions(_ line: String) -> [(String, Mention.Kind, Mention.Confidence)] {
    MentionRecognizer.mentions(in: Utterance(line)).map {
      (typed(line, $0.span), $0.kind, $0.confidence)
    }
  }

  @Test("Specialties are recognised with their span and how sure the reading is")
  func specialties() {
    let found = mentions("switching from Derm to IM, maybe anesthesiolgy or gas")
    #expect(found.map(\.0) == ["Derm", "IM", "anesthesiolgy", "gas"])
    #expect(
      found.map(\.1) == [
        .specialty(.dermatology), .specialty(.internalMedicine), .specialty(.anesthesiology),
        .specialty(.anesthesiology),
      ])
    // Slang is said outright only after a lead only a specialty follows; the specialty reader
    // takes "or gas" beside another specialty as one kept in reserve.
    #expect(found.map(\.2) == [.stated, .stated, .misspelt, .whenAsked])
  }

  @Test("\"im\" before a verb is \"I'm\", never a specialty; before another word, only when asked")
  func riskyAlias() {
    let found = mentions("im applying to peds")
    #expect(found.map(\.0) == ["peds"])
    #expect(found.map(\.2) == [.stated])
    let before = mentions("im here for peds")
    #expect(before.map(\.0) == ["im", "peds"])
    #expect(before.map(\.2) == [.whenAsked, .stated])
  }

  @Test(
    "Places: every reading at a token, longest first; risky names in lower case need the question")
  func places() {
    let found = mentions("programs in New York City or la")
    #expect(found.map(\.0) == ["New York City", "New York", "la"])
    #expect(found.first?.1 == .place("New York City"))
    #expect(found.map(\.2) == [.stated, .stated, .whenAsked])
    #expect(mentions("LA or Boston").map(\.2) == [.stated, .stated])
  }

  @Test("Exams by any of their names; a reader takes the longest")
  func exams() {
    let line = "failed USMLE Step 2 CK once, S1 fine"
    let all = MentionRecognizer.mentions(in: Utterance(line))
    let exams = all.taken { if case .exam = $0.kind { true } else { false } }
    #expect(exams.map { typed(line, $0.span) } == ["USMLE Step 2 CK", "S1"])
    #expect(exams.map(\.kind) == [.exam(.step2ck), .exam(.step1)])
    #expect(all.filter { if case .exam = $0.kind { true } else { false } }.count == 6)
  }

  @Test(
    "Numbers are scores only where a score stands",
    arguments: [
      ("CK 238", [Mention.Kind.score(238)]),
      ("233/300 on step 2", [.score(233)]),
      ("233 out of 300", [.score(233)]),
      ("I am 29, applied to 240 programs in 2025 with 5 years of research", []),
      ("ck 239, not 229", [.score(239), .deniedScore(229)]),
      ("passed on 3 attempts, 241 on attempt 2", [.attempts(3), .score(241), .attempts(2)]),
      ("85 percentile, 99 points", []),
    ])
  func numbers(_ line: String, _ expected: [Mention.Kind]) {
    let found = MentionRecognizer.mentions(in: Utterance(line)).filter(\.isNumber)
    #expect(found.map(\.kind) == expected)
  }

  @Test("A reader takes the longest mention at a token and none inside it")
  func taken() {
    let all = MentionRecognizer.mentions(in: Utterance("New York City, then Boston"))
    let places = all.taken { if case .place = $0.kind { true } else { false } }
    #expect(places.map(\.kind) == [.place("New York City"), .place("Boston")])
  }
}

@Suite("Dialogue acts per clause")
struct ClauseActTests {
  @Test("A turn carries each clause's act")
  func turnActs() {
    var conversation = Conversation(knowledge: Knowledge.base)
    _ = conversation.respond(to: "ck 229, IM, US MD")
    let turn = conversation.respond(to: "239 not 229. should I email?")
    #expect(turn.acts == [.correct, .question])
    #expect(turn.profile.step2ck.score == 239)
    #expect(conversation.respond(to: "thanks").acts == [.thanks])
  }
}
