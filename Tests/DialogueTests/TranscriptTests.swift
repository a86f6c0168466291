import AdvisorCore
import Dialogue
import Foundation
import Storage
import Testing

/// The transcripts in `dialogues/`, found from this file's place in the repository.
enum Dialogues {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("dialogues")

  static let files: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".chat") }.sorted()
  }()

  /// Files as `advisor replay` sees them: relative to the transcript, writes discarded.
  static func files(for name: String) -> LocalFiles {
    LocalFiles(base: folder.path, discardWrites: true)
  }

  static func transcript(_ name: String) throws -> Transcript {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    return try Transcript(parsing: text, file: "dialogues/" + name)
  }
}

@Suite("Transcripts in dialogues/")
struct TranscriptTests {
  @Test("There are at least 30 transcripts")
  func enough() {
    #expect(Dialogues.files.count >= 30)
  }

  @Test("Each transcript replays as recorded", arguments: Dialogues.files)
  func replays(_ name: String) throws {
    let result = Replayer.replay(
      try Dialogues.transcript(name), knowledge: Knowledge.base, files: Dialogues.files(for: name))
    #expect(result.passed, "\(result.failures.map(\.detail).joined(separator: "\n"))")
  }

  @Test("Replaying a transcript twice gives the same output", arguments: Dialogues.files)
  func replayIsDeterministic(_ name: String) throws {
    let transcript = try Dialogues.transcript(name)
    let first = Replayer.replay(
      transcript, knowledge: Knowledge.base, files: Dialogues.files(for: name))
    let second = Replayer.replay(
      transcript, knowledge: Knowledge.base, files: Dialogues.files(for: name))
    #expect(first.updated.text == second.updated.text)
    #expect(first.failures == second.failures)
  }

  @Test("Together they reach every decision rule, slot and command")
  func coverage() throws {
    var tally = CoverageTally()
    for name in Dialogues.files {
      tally.merge(
        Replayer.replay(
          try Dialogues.transcript(name), knowledge: Knowledge.base,
          files: Dialogues.files(for: name)
        )
        .coverage)
    }
    let rules = Advisor.allRuleIDs.filter { !tally.rules.contains($0) }
    #expect(rules.isEmpty, "rules never reached: \(rules)")
    #expect(tally.slots.count == Slot.allCases.count)
    let commands = CoverageTally.allCommands.filter { !tally.commands.contains($0) }
    #expect(commands.isEmpty, "commands never reached: \(commands)")
    #expect(tally.resumed)
  }
}

@Suite("Replaying transcripts")
struct ReplayerTests {
  private let text = """
    # intent: a failure answered by a rebound
    > failed step 1 once, then passed
    Got it: Step 1 passed on attempt 2.

    And Step 2 CK: your score, or is it not taken yet or still pending?
    ? step1.attempts = 2

    > 238
    ...
    ? email = null
    """

  @Test("A transcript that matches passes; '...' matches any lines")
  func passes() throws {
    let result = Replayer.replay(
      try Transcript(parsing: text, file: "t.chat"), knowledge: Knowledge.base)
    #expect(result.passed, "\(result.failures)")
    #expect(result.turns == 2)
  }

  @Test("A transcript saved with CR LF line ends reads as the same transcript")
  func crlfLineEnds() throws {
    let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
    let transcript = try Transcript(parsing: crlf, file: "t.chat")
    #expect(
      transcript.elements.map(\.0)
        == (try Transcript(parsing: text, file: "t.chat")).elements.map(\.0))
    #expect(Replayer.replay(transcript, knowledge: Knowledge.base).passed)
  }

  @Test("One changed reply line fails, with a diff naming the file and line")
  func changedReplyFails() throws {
    let changed = text.replacingOccurrences(
      of: "passed on attempt 2.", with: "passed on attempt 3.")
    let result = Replayer.replay(
      try Transcript(parsing: changed, file: "t.chat"), knowledge: Knowledge.base)
    #expect(!result.passed)
    let detail = result.failures.first?.detail ?? ""
    #expect(detail.hasPrefix("--- t.chat:3 (expected)"))
    #expect(detail.contains("-Got it: Step 1 passed on attempt 3."))
    #expect(detail.contains("+Got it: Step 1 passed on attempt 2."))
  }

  @Test("A wrong assertion fails with its line")
  func assertionFails() throws {
    let changed = text.replacingOccurrences(
      of: "? step1.attempts = 2", with: "? step1.attempts = 5")
    let result = Replayer.replay(
      try Transcript(parsing: changed, file: "t.chat"), knowledge: Knowledge.base)
    #expect(result.failures.map(\.detail) == ["t.chat:6: expected step1.attempts = 5, got 2"])
  }

  @Test("The updated transcript keeps comments and assertions and fills in missing replies")
  func update() throws {
    let bare = "# keep me\n> passed step 1 first try\n? step1 = pass\n> IM\n"
    let result = Replayer.replay(
      try Transcript(parsing: bare, file: "t.chat"), knowledge: Knowledge.base)
    let updated = result.updated.text
    #expect(updated.hasPrefix("# keep me\n\nHi. I help"))
    #expect(updated.contains("> passed step 1 first try\nGot it: Step 1 passed, first attempt."))
    #expect(updated.contains("? step1 = pass"))
    let again = Replayer.replay(
      try Transcript(parsing: updated, file: "t.chat"), knowledge: Knowledge.base)
    #expect(again.passed)
    #expect(again.updated.text == updated)
  }

  @Test("A reply that ends in a blank line survives --update: the next replay passes")
  func trailingBlankLine() throws {
    // A knowledge answer once the plan is complete ends with a blank line before the prompt.
    let bare =
      "> passed\n> 223\n> internal medicine\n> us md\n> texas\n> none\n> no\n> no\n"
      + "> what should the subject line of an email say?\n"
    let result = Replayer.replay(
      try Transcript(parsing: bare, file: "t.chat"), knowledge: Knowledge.base)
    let again = Replayer.replay(
      try Transcript(parsing: result.updated.text, file: "t.chat"), knowledge: Knowledge.base)
    #expect(again.passed, "\(again.failures.map(\.detail))")
  }

  @Test("% resume saves and restores the session mid-transcript")
  func resume() throws {
    let script = "> failed step 1\n% resume\n? step1 = fail\n? pending = step2ck\n"
    let result = Replayer.replay(
      try Transcript(parsing: script, file: "t.chat"), knowledge: Knowledge.base)
    #expect(result.passed, "\(result.failures)")
    #expect(result.updated.text.contains("% resume\nWelcome back."))
  }

  @Test(
    "Malformed transcripts name the line",
    arguments: [
      ("> hi\n? colour = red\n", 2, "unknown assertion key 'colour'"),
      ("? email = null\n> hi\n", 1, "an assertion must follow a '> ' input line"),
      ("> hi\n% restart\n", 2, "unknown directive '% restart'"),
      // A value the key cannot take is malformed, not a failed replay (tester, 2026-12-04).
      ("> hi\n? step1 = banana\n", 2, "'banana' is not a value of step1"),
      ("> hi\n? step1.score = lots\n", 2, "'lots' is not a number"),
      ("> hi\n? connections = rotation, cousin\n", 2, "'cousin' is not a value of connections"),
      ("> hi\n? hook = maybe\n", 2, "'maybe' is not true, false or null"),
      ("> hi\n? email red\n", 2, "an assertion is '? key = value'"),
      ("just a reply\n", 1, "no '> ' input line"),
    ])
  func malformed(text: String, line: Int, message: String) {
    do {
      _ = try Transcript(parsing: text, file: "bad.chat")
      Issue.record("expected an error")
    } catch {
      #expect(error.line == line)
      #expect(error.message.hasPrefix(message), "\(error.message)")
    }
  }

  @Test("Reply lines that look like directives are escaped and read back")
  func escaping() throws {
    let transcript = Transcript(
      file: "t.chat",
      elements: [(.input("hi"), 1), (.reply(["# not a comment", "> not input", "plain"]), 2)])
    let text = transcript.text
    #expect(text.contains("\\# not a comment\n\\> not input\nplain"))
    let parsed = try Transcript(parsing: text, file: "t.chat")
    #expect(parsed.elements.map(\.element) == transcript.elements.map(\.element))
  }
}
