import Foundation
import LocatedJSON
import Testing

@Suite("advisor replay and chat --record")
struct ReplayCommandTests {
  @Test("A recorded session replays: PASS")
  func recordRoundTrip() throws {
    let advisor = try AdvisorProcess()
    let path = advisor.stateHome.appendingPathComponent("recorded.chat").path
    let input = """
      hello
      failed step 1 once then passed
      238
      why do you ask?
      should I mention my score in interviews?
      IM
      my dad died before the exam, I'm fine now
      actually it was 241
      /undo
      bye

      """
    let chat = try advisor.run(["chat", "--record", path], input: input)
    #expect(chat.status == 0)
    let recorded = try String(contentsOfFile: path, encoding: .utf8)
    #expect(recorded.hasPrefix("# Recorded with 'advisor chat --record"))
    #expect(recorded.contains("> (personal details not kept: now resolved)"))
    #expect(!recorded.contains("dad"))
    let replay = try advisor.run(["replay", path])
    #expect(replay.status == 0, "\(replay.stdout)")
    #expect(replay.stdout.hasPrefix("PASS "))
  }

  @Test("--update rewrites a changed reply, keeps comments and assertions, then passes")
  func update() throws {
    let advisor = try AdvisorProcess()
    let path = try advisor.file(
      "t.chat", "# my intent\n> passed step 1 first try\nSomething else entirely.\n? step1 = pass\n"
    )
    let failing = try advisor.run(["replay", path])
    #expect(failing.status == 1)
    #expect(failing.stdout.contains("--- \(path):3 (expected)"))
    #expect(failing.stdout.contains("-Something else entirely."))
    let update = try advisor.run(["replay", "--update", path])
    #expect(update.status == 0)
    #expect(update.stdout.hasPrefix("UPDATED "))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("# my intent\n"))
    #expect(text.contains("? step1 = pass"))
    #expect(!text.contains("Something else entirely."))
    #expect(try advisor.run(["replay", path]).status == 0)
  }

  @Test("--json summarises; --coverage lists what is reached and not")
  func jsonAndCoverage() throws {
    let advisor = try AdvisorProcess()
    let path = try advisor.file("t.chat", "> passed step 1 first try\n? step1 = pass\n")
    let result = try advisor.run(["replay", "--json", "--coverage", path])
    #expect(result.status == 0)
    let json = try JSONDocument(parsing: result.stdout).root
    #expect(json["passed"] == .number(1))
    #expect(json["failed"] == .number(0))
    #expect(json["files"]?.arrayCount == 1)
    #expect(json["coverage"]?["slots"]?["reached"] == .array([.string("step1")]))
    let text = try advisor.run(["replay", "--coverage", path])
    #expect(text.stdout.contains("decision and advice rules:"))
    #expect(text.stdout.contains("never reached:"))
  }

  @Test(
    "Bad transcripts and paths: one line, FILE:LINE, exit 2",
    arguments: [
      ("> hi\n? colour = red\n", ":2: unknown assertion key 'colour'"),
      ("just a reply\n", ":1: no '> ' input line"),
      ("", ":1: the file is empty"),
    ])
  func badTranscripts(contents: String, expected: String) throws {
    let advisor = try AdvisorProcess()
    let path = try advisor.file("bad.chat", contents)
    let result = try advisor.run(["replay", path])
    #expect(result.status == 2)
    #expect(
      result.errorLines == ["advisor: error: \(path)\(expected)"]
        || result.stderr.contains(path + expected))
    #expect(result.errorLines.count == 1)
  }

  @Test("A missing path and a folder without transcripts are errors, exit 2")
  func missingPaths() throws {
    let advisor = try AdvisorProcess()
    #expect(try advisor.run(["replay", "/nonexistent.chat"]).status == 2)
    let empty = advisor.stateHome.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let result = try advisor.run(["replay", empty.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no .chat transcripts"))
  }
}

extension JSONValue {
  var arrayCount: Int? {
    if case .array(let elements) = self { return elements.count }
    return nil
  }
}
