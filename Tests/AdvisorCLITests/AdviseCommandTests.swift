import Foundation
import LocatedJSON
import Testing

@Suite("advisor advise")
struct AdviseCommandTests {
  @Test("--json prints the contract's object for the flags given")
  func jsonFromFlags() throws {
    let advisor = try AdvisorProcess()
    let result = try advisor.run([
      "advise", "--step1", "pass", "--step1-attempts", "2", "--step2ck", "238", "--specialty", "IM",
      "--clinical-evidence", "--json",
    ])
    #expect(result.status == 0)
    let json = try JSONDocument(parsing: result.stdout).root
    #expect(json["email"]?["decision"] == .string("targeted-email"))
    #expect(json["specialty"]?["id"] == .string("internal-medicine"))
    #expect(json["specialty"]?["sensitivity"] == .string("moderate"))
    #expect(json["applications"] == .null)
    #expect(json["profile"]?["step1"]?["attempts"] == .number(2))
    guard case .array? = json["missing"] else {
      Issue.record("missing is not an array")
      return
    }
  }

  @Test("Flags override the --profile file")
  func flagsOverrideFile() throws {
    let advisor = try AdvisorProcess()
    let path = try advisor.file(
      "me.json",
      #"{"step1": {"outcome": "pass", "attempts": 1}, "step2ck": {"outcome": "pass", "score": 214, "attempts": 1}, "specialty": "internal-medicine", "applicant": "us-img"}"#
    )
    let result = try advisor.run(["advise", "--profile", path, "--step2ck", "240", "--json"])
    #expect(result.status == 0)
    let json = try JSONDocument(parsing: result.stdout).root
    #expect(json["profile"]?["step2ck"]?["score"] == .number(240))
    #expect(json["profile"]?["applicant"] == .string("us-img"))
    #expect(json["applications"]?["min"] == .number(60))
  }

  @Test("The card puts the decision first and cites sources, with no colour off a terminal")
  func card() throws {
    let result = try AdvisorProcess().run([
      "advise", "--step1", "pass", "--step2ck", "219", "--specialty", "fm",
    ])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.contains("EMAIL OR STAY SILENT"))
    #expect(result.stdout.contains("Stay silent about the score (stay-silent)"))
    #expect(result.stdout.contains("[E: Decision flowchart]"))
    #expect(!result.stdout.contains("\u{1B}["))
  }

  @Test("A bare Step 2 CK between the former and current pass marks is asked about, not assumed")
  func betweenPassMarks() throws {
    let result = try AdvisorProcess().run([
      "advise", "--step1", "pass", "--step2ck", "216", "--specialty", "im",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Not decided yet"))
    #expect(result.stdout.contains("did it count as a pass"))
  }

  @Test("A profile from standard input")
  func profileFromStandardInput() throws {
    let result = try AdvisorProcess().run(
      ["advise", "--profile", "-", "--json"],
      input: #"{"step1": {"outcome": "fail", "attempts": 1}, "step2ck": {"outcome": "not-taken"}}"#)
    #expect(result.status == 0)
    #expect(
      try JSONDocument(parsing: result.stdout).root["email"]?["decision"] == .string("stay-silent"))
  }
}

@Suite("Bad input: one line, FILE:LINE, exit 2")
struct BadInputTests {
  private func expectError(_ result: AdvisorProcess.Result, _ expected: String) {
    #expect(result.status == 2)
    #expect(result.errorLines.count == 1, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("advisor: error: "), "\(result.stderr)")
    #expect(result.stderr.contains(expected), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test(
    "Malformed and invalid profile files name the file and line",
    arguments: [
      ("{\n  \"step1\": {\"outcome\": \"pass\"},\n  \"hook\": tru\n}", ":3: malformed JSON"),
      ("{\n  \"step1\": {\n    \"score\": 301\n  }\n}", ":3: step1.score is 301, outside 1-300"),
      (
        "{\n  \"specialty\": \"dermatolgy\"\n}",
        ":2: unknown specialty \"dermatolgy\"; did you mean dermatology?"
      ),
      ("{\n\n  \"favourite\": 1\n}", ":3: unknown key \"favourite\""),
      ("{\"connections\": [\n \"alumni\",\n 7]}", ":3: connections[1] must be one of"),
      ("[]", ":1: a profile must be a JSON object"),
      ("{\"step1\": {\"outcome\": \"pass\"", ":1: malformed JSON: expected ',' or '}'"),
    ])
  func badProfileFiles(contents: String, expected: String) throws {
    let advisor = try AdvisorProcess()
    let path = try advisor.file("profile.json", contents)
    expectError(try advisor.run(["advise", "--profile", path]), path + expected)
  }

  @Test("Missing, empty, binary and folder paths")
  func unreadableFiles() throws {
    let advisor = try AdvisorProcess()
    expectError(
      try advisor.run(["advise", "--profile", "/nonexistent/p.json"]),
      "/nonexistent/p.json: no such file")
    let empty = try advisor.file("empty.json", "")
    expectError(try advisor.run(["advise", "--profile", empty]), "\(empty):1: the file is empty")
    let binary = try advisor.file("binary.json", Data([0x7B, 0x0A, 0x00, 0xFF]))
    expectError(try advisor.run(["advise", "--profile", binary]), "\(binary):2: binary data")
    expectError(try advisor.run(["advise", "--profile", advisor.stateHome.path]), "is a folder")
  }

  @Test(
    "Bad flags are one-line usage errors",
    arguments: [
      (
        ["advise", "--specialty", "dermatolgy"],
        "unknown specialty 'dermatolgy'; did you mean dermatology?"
      ),
      (
        ["advise", "--specialty", "prelim"],
        "ambiguous; use preliminary-medicine or preliminary-surgery"
      ),
      (["advise", "--step1", "great"], "--step1"),
      (["advise", "--step2ck", "400"], "--step2ck"),
      (["advise", "--applicant", "martian"], "--applicant 'martian' is not one of"),
      (
        ["advise", "--step1-attempts", "12", "--step1", "pass"],
        "--step1-attempts must be from 0 to 9"
      ),
      (["advise", "--frobnicate"], "unknown option '--frobnicate'"),
      (["advise", "--step1", "not-taken", "--step1-attempts", "0", "--step2ck", "238"], ""),
    ])
  func badFlags(arguments: [String], expected: String) throws {
    let result = try AdvisorProcess().run(arguments)
    if expected.isEmpty {
      #expect(result.status == 0)
    } else {
      expectError(result, expected)
    }
  }

  @Test("--help exits 0 and describes every profile flag")
  func help() throws {
    let result = try AdvisorProcess().run(["advise", "--help"])
    #expect(result.status == 0)
    for flag in [
      "--step1", "--step2ck-attempts", "--specialty", "--connection", "--cutoff-unmet",
      "--hardship", "--profile", "--json",
    ] {
      #expect(result.stdout.contains(flag), "\(flag)")
    }
  }

  @Test(
    "A Step 2 CK between the pass marks: --step2ck-outcome answers what the chat asks, and both give one decision",
    arguments: [("yes", "pass"), ("no", "fail")])
  func betweenThePassMarks(answer: String, outcome: String) throws {
    let advisor = try AdvisorProcess()
    let lines = ["passed step 1 first try", "215", answer, "IM", "US MD", "anywhere", "none", "no"]
    let chat = try advisor.run(["chat", "--json"], input: lines.joined(separator: "\n") + "\n")
    let last = try #require(chat.stdout.split(separator: "\n").last)
    let chatTurn = try JSONDocument(parsing: String(last)).root
    // The chat's profile with the Step 2 CK outcome left open, as a bare 215 leaves it; the
    // flag then gives the answer the chat asked for.
    let profile = try #require(chatTurn["profile"]).serialized()
    let open = profile.replacingOccurrences(
      of: "\"step2ck\":{\"outcome\":\"\(outcome)\"", with: "\"step2ck\":{\"outcome\":null")
    #expect(open != profile)
    let advise = try advisor.run([
      "advise", "--profile", try advisor.file("chat-profile.json", open), "--step2ck-outcome",
      outcome, "--json",
    ])
    #expect(advise.status == 0, "\(advise.stderr)")
    let advice = try JSONDocument(parsing: advise.stdout).root
    #expect(chatTurn["profile"]?["step2ck"]?["outcome"] == .string(outcome))
    #expect(chatTurn["profile"] == advice["profile"])
    #expect(advice["email"]?["decision"] != .null)
    #expect(chatTurn["email"]?["decision"] == advice["email"]?["decision"])
    let undecided = try advisor.run(["advise", "--profile", try advisor.file("open.json", open)])
    #expect(undecided.stdout.contains("did it count as a pass when you sat it?"))
  }

  @Test("--step2ck-outcome takes pass or fail and must agree with the score flag")
  func outcomeFlagErrors() throws {
    let advisor = try AdvisorProcess()
    for (arguments, message) in [
      (["--step2ck", "215", "--step2ck-outcome", "maybe"], "is not pass or fail"),
      (["--step2ck", "240", "--step2ck-outcome", "fail"], "contradicts --step2ck"),
    ] {
      let result = try advisor.run(["advise"] + arguments)
      #expect(result.status == 2)
      #expect(result.stderr.hasPrefix("advisor: error: --step2ck-outcome"), "\(result.stderr)")
      #expect(result.stderr.contains(message))
    }
  }
}
