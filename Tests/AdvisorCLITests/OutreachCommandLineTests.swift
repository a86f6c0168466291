import Foundation
import LocatedJSON
import Testing

@Suite("advisor email, advisor programs, advise --markdown")
struct OutreachCommandLineTests {
  private let rebound = [
    "--step1", "pass", "--step1-attempts", "2", "--step2ck", "238", "--specialty", "IM",
    "--clinical-evidence",
  ]

  @Test("A draft still being pasted when piped input ends is checked, not dropped")
  func pasteEndedByEndOfInput() throws {
    let result = try AdvisorProcess().run(
      ["chat"],
      input: "/check\nDear Dr Patel,\nI am sorry for my low score and I promise to do better.\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("apology (error)"), "\(result.stdout)")
    #expect(result.stdout.contains("Goodbye"))
  }

  @Test("email draft prints a draft; --json gives its sentences and their topics")
  func draft() throws {
    let advisor = try AdvisorProcess()
    let text = try advisor.run(
      ["email", "draft"] + rebound + ["--program", "Example General", "--director", "Rivera"])
    #expect(text.status == 0)
    #expect(text.stdout.contains("Subject: Application to Example General"))
    #expect(text.stdout.contains("Dear Dr. Rivera,"))
    // Into a pipe or a file, stdout is the email alone, so the file checks as written; the
    // heading and the hint go to stderr, and the hint names the command, not the chat's /check.
    #expect(text.stdout.hasPrefix("Subject: "))
    #expect(!text.stdout.contains("Draft email") && !text.stdout.contains("Check it with"))
    #expect(text.stderr.contains("Draft email (6 sentences"))
    let hint = text.stderr.replacing(AdvisorProcess.executable.path, with: "advisor")
    #expect(hint.contains("advisor email check FILE") && !hint.contains("/check"))
    let saved = try advisor.file("draft.txt", text.stdout)
    let checked = try JSONDocument(
      parsing: try advisor.run(["email", "check", "--json", saved]).stdout
    ).root
    #expect(checked["counts"]?["sentences"] == .number(6))
    guard case .array(let findings)? = checked["findings"] else {
      Issue.record("no findings array")
      return
    }
    #expect(findings.allSatisfy { $0["check"] == .string("placeholder") })
    let json = try JSONDocument(
      parsing: try advisor.run(["email", "draft", "--json"] + rebound).stdout
    ).root
    #expect(json["kind"] == .string("email"))
  }

  @Test("email check exits 1 on an error, 0 on a clean draft; --json counts the body's sentences")
  func check() throws {
    let advisor = try AdvisorProcess()
    let bad = try advisor.file("bad.txt", "Subject: My Step 1 failure\n\nDear Dr X,\n\nSorry.\n")
    let result = try advisor.run(["email", "check", "--json", bad])
    #expect(result.status == 1)
    let json = try JSONDocument(parsing: result.stdout).root
    // The subject, the apology, and no sentence about strengths.
    #expect(json["errors"] == .number(3))
    #expect(json["counts"]?["sentences"] == .number(1))
    // A long paste: the first eight lines of a check, then a count of the rest.
    let paste = try advisor.file(
      "paste.txt", "Dear Dr X,\n\n" + String(repeating: "I am so sorry.\n", count: 20))
    let pasted = try JSONDocument(
      parsing: try advisor.run(["email", "check", "--json", paste]).stdout
    ).root
    guard case .array(let findings)? = pasted["findings"] else {
      Issue.record("no findings array")
      return
    }
    let apologies = findings.filter { $0["check"] == .string("apology") }
    #expect(apologies.count == 8)
    #expect(apologies.last?["moreLines"] == .number(12))
    let clean =
      "Subject: Application to Example General\r\n\r\nDear Dr X,\r\n\r\nI am applying in medicine and admire your clinic.\r\nI earned honors in medicine.\r\n\r\nThanks,\r\nSam\r\n"
    let checked = try advisor.run(["email", "check", "--json", "-"], input: clean)
    #expect(checked.status == 0)
    let sentences = try JSONDocument(parsing: checked.stdout).root["sentences"]
    #expect(
      sentences
        == .array([
          .object([
            "line": .number(5),
            "text": .string("I am applying in medicine and admire your clinic."),
            "kind": .string("other"),
          ]),
          .object([
            "line": .number(6), "text": .string("I earned honors in medicine."),
            "kind": .string("strength"),
          ]),
        ]))
  }

  @Test("programs triage sorts the example list; a bad row is FILE:LINE, exit 2")
  func triage() throws {
    let advisor = try AdvisorProcess()
    let example = Examples.programsCSV
    let result = try advisor.run(
      ["programs", "triage", example, "--json"] + rebound + [
        "--applicant", "us-img", "--region", "Boston",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONDocument(parsing: result.stdout).root
    #expect(json["recommended"]?["min"] == .number(60))
    let bad = try advisor.file("bad.csv", "name,state,typical_step2\nExample,MA,abc\n")
    let failure = try advisor.run(["programs", "triage", bad])
    #expect(failure.status == 2)
    #expect(failure.stderr.hasPrefix("advisor: error: \(bad):2: Example: typical_step2 'abc'"))
  }

  @Test("advise --markdown prints the plan as a document")
  func markdown() throws {
    let result = try AdvisorProcess().run(["advise", "--markdown"] + rebound)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("# Residency application plan\n"))
    #expect(result.stdout.contains("## Plan: what to do next"))
  }
}

enum Examples {
  static let programsCSV = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("examples/programs.csv").path
}
