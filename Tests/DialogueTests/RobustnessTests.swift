import AdvisorCore
import Dialogue
import Foundation
import LocatedJSON
import TestSupport
import Testing

/// Lines no one should type, and some everyone does.
enum RandomLines {
  static let phrases = [
    "failed step 1", "passed step 1 first try", "238", "CK 214", "step 2 pending", "IM", "derm",
    "boston", "anywhere", "US MD", "caribbean, us citizen", "none", "my mentor will call the PD",
    "yes", "no", "skip", "not sure", "why do you ask?", "should I mention my score in interviews?",
    "actually it was 228", "no, I meant pediatrics", "/undo", "/reset", "/why", "/profile",
    "/advice", "/help", "/draft", "/check", "/cancel", ".", "/programs", "/export",
    "/programs \u{0}\u{7}junk", "/export ../../../etc/passwd", "/frobnicate", "/", "//", "/ undo",
    "thanks", "bye", "", "   ", "\t", "?", "???", "!!!", "-1", "0", "99999999999999999999999999",
    "step 1 999999999999999999999", "3.14159", "1e308", "NaN", "score: -238",
  ]

  static let controls: [String] = [
    "\u{1B}[31m", "\u{1B}[2J", "\u{1B}]0;title\u{7}", "\r", "\u{0}", "\u{7F}", "\u{8}",
    "\u{202E}", "\u{200B}", "\u{FEFF}", "\u{1F600}", "e\u{301}", "\u{FFFD}", "\u{10FFFF}",
  ]

  /// One element of a non-empty list.
  static func pick(_ list: [String], _ random: inout SeededRandom) -> String {
    list[Int.random(in: list.indices, using: &random)]
  }

  /// A line: random bytes (often invalid UTF-8), control and escape sequences, long numbers,
  /// real phrases spliced with junk, slash commands with junk.
  static func line(_ random: inout SeededRandom) -> String {
    switch Int.random(in: 0..<8, using: &random) {
    case 0:
      let bytes = (0..<Int.random(in: 0..<120, using: &random)).map { _ in
        UInt8.random(in: 0...255, using: &random)
      }
      return String(decoding: bytes, as: UTF8.self)
    case 1:
      return (0..<Int.random(in: 1..<12, using: &random)).map { _ in
        pick(controls, &random)
      }.joined()
    case 2:
      return String(repeating: "9", count: Int.random(in: 10..<400, using: &random))
    case 3:
      return "/"
        + (0..<Int.random(in: 0..<40, using: &random)).map { _ in
          Character(Unicode.Scalar(UInt8.random(in: 33...126, using: &random)))
        }.map(String.init).joined()
    case 4:
      let phrase = pick(phrases, &random)
      let junk = pick(controls, &random)
      return Bool.random(using: &random) ? phrase + junk : junk + phrase
    default:
      return pick(phrases, &random)
    }
  }
}

@Suite("Robustness: garbage in, a turn out")
struct RobustnessTests {
  @Test("20,000 seeded random lines, a 1 MiB line among them: no crash, one turn per line")
  func randomLines() {
    var random = SeededRandom(seed: 0xAD71_5012)
    var conversation = Conversation(knowledge: Knowledge.base)
    _ = conversation.opening()
    var previous = 0
    var silent = 0
    for index in 0..<20_000 {
      let line =
        index == 10_000
        ? String(repeating: "step 1 238 derm boston ", count: 47_000)  // just over 1 MiB
        : RandomLines.line(&random)
      let turn = conversation.respond(to: line)
      #expect(turn.number == previous + 1, "line \(index) did not get its own turn")
      previous = turn.number
      // Lines pasted after /check are collected quietly until the paste ends.
      if !turn.collecting, turn.replyText.allSatisfy(\.isWhitespace) { silent += 1 }
    }
    #expect(silent == 0, "\(silent) lines got an empty reply")
  }

  @Test("The same lines give the same replies: the conversation is deterministic")
  func deterministic() {
    func replies() -> [String] {
      var random = SeededRandom(seed: 7)
      var conversation = Conversation(knowledge: Knowledge.base)
      return [conversation.opening().replyText]
        + (0..<500).map { _ in conversation.respond(to: RandomLines.line(&random)).replyText }
    }
    #expect(replies() == replies())
  }

  @Test("A profile survives a JSON round trip, whatever it holds")
  func profileRoundTrip() throws {
    var random = SeededRandom(seed: 42)
    func step() -> StepResult {
      // Any result the advisor accepts: no score for an exam not taken, no zero sittings for
      // one that was.
      let outcome = ([nil] + StepOutcome.allCases.map(Optional.some)).randomElement(using: &random)!
      let score: Int? =
        outcome != .notTaken && Bool.random(using: &random)
        ? Int.random(in: 1...300, using: &random) : nil
      let taken = outcome == .pass || outcome == .fail || outcome == .pending
      let attempts: Int? =
        Bool.random(using: &random) ? Int.random(in: (taken ? 1 : 0)...9, using: &random) : nil
      return StepResult(outcome: outcome, score: score, attempts: attempts)
    }
    for _ in 0..<2_000 {
      let connections: Set<Connection>? =
        Bool.random(using: &random)
        ? Set(Connection.allCases.filter { _ in Bool.random(using: &random) }) : nil
      let profile = Profile(
        step1: step(), step2ck: step(),
        specialty: ([nil] + Specialty.allCases.map(Optional.some)).randomElement(using: &random)!,
        applicant: ([nil] + ApplicantType.allCases.map(Optional.some)).randomElement(
          using: &random)!,
        region: ["Boston", "anywhere", "south texas, the valley", "“quoted” \\ \"x\"", nil]
          .randomElement(using: &random)!,
        connections: connections,
        hook: [true, false, nil].randomElement(using: &random)!,
        cutoffUnmet: [true, false, nil].randomElement(using: &random)!,
        hardship: ([nil] + Hardship.allCases.map(Optional.some)).randomElement(using: &random)!)
      let text = profile.json.serialized(pretty: Bool.random(using: &random))
      let restored = try Profile(json: JSONDocument(parsing: text).root)
      #expect(restored == profile, "\(text)")
    }
  }

  @Test("/undo after any sequence of turns restores the profile from before the last change")
  func undoRestores() {
    var random = SeededRandom(seed: 2024)
    let answers = RandomLines.phrases.filter { !$0.hasPrefix("/") }
    var checked = 0
    for _ in 0..<300 {
      var conversation = Conversation(knowledge: Knowledge.base)
      _ = conversation.opening()
      for _ in 0..<Int.random(in: 0..<12, using: &random) {
        _ = conversation.respond(to: answers.randomElement(using: &random)!)
      }
      let before = conversation.state.profile
      _ = conversation.respond(to: answers.randomElement(using: &random)!)
      guard conversation.state.profile != before else { continue }
      _ = conversation.respond(to: "/undo")
      #expect(conversation.state.profile == before)
      checked += 1
    }
    #expect(checked >= 100, "too few sequences changed the profile: \(checked)")
  }
}
