import Foundation
import Testing

/// `advisor email draft` into a file or a pipe: standard output holds only what is meant to be
/// saved; every heading and note goes to standard error as real lines.
@Suite("email draft into a file: the draft on stdout, the notes on stderr")
struct EmailDraftOutputTests {
  /// A failure, then a Step 2 CK of 238 with strong clerkship results: a clear rebound.
  private static let rebound = [
    "--step1", "pass", "--step1-attempts", "2", "--step2ck", "238", "--specialty", "IM",
    "--clinical-evidence",
  ]
  /// A failure, then a middling Step 2 CK with no connection or hook: stay silent, and say it
  /// in the personal statement.
  private static let silentWithParagraph = [
    "--step1", "fail", "--step2ck", "224", "--specialty", "IM", "--applicant", "us-md",
    "--region", "anywhere", "--connection", "none", "--no-hook", "--no-cutoff-unmet",
  ]
  /// A first-attempt pass and a Step 2 CK that is not low: nothing to explain at all.
  private static let silentWithNothing = [
    "--step1", "pass", "--step1-attempts", "1", "--step2ck", "255", "--specialty", "FM",
  ]

  @Test("The notes on stderr are lines, never a literal backslash-n")
  func notesAreLines() throws {
    let advisor = try AdvisorProcess()
    for arguments in [Self.rebound, Self.silentWithParagraph, Self.silentWithNothing] {
      let run = try advisor.run(["email", "draft"] + arguments)
      #expect(run.status == 0)
      #expect(!run.stderr.contains("\\n"), "\(run.stderr)")
      #expect(!run.stderr.isEmpty)
    }
    let email = try advisor.run(["email", "draft"] + Self.rebound)
    #expect(email.errorLines.first?.hasPrefix("Draft email (6 sentences") == true)
    #expect(email.errorLines.contains { $0.hasPrefix("Check it with") })
  }

  @Test("A tie's place is offered only where the program's name does not place it elsewhere")
  func tieWhereItIs() throws {
    // Tester Ahmed (2026-12-05): an uncle in Miami was the tie named to a Texas program.
    let profile = #"""
      {"step1": {"outcome": "pass", "attempts": 1},
       "step2ck": {"outcome": "pass", "score": 226, "attempts": 3},
       "specialty": "family-medicine", "applicant": "us-img", "connections": ["geographic-tie"],
       "cutoffUnmet": false, "hardship": "none", "clinicalEvidence": true,
       "connectionPlaces": {"geographic-tie": "Miami"}}
      """#
    let advisor = try AdvisorProcess()
    let draft = { (program: String) in
      try advisor.run(
        ["email", "draft", "--profile", "-", "--program", program], input: profile
      ).stdout
    }
    #expect(try draft("Jackson Memorial Miami FM").contains("[your tie to Miami ("))
    #expect(try !draft("Houston Methodist FM").contains("Miami"))
    // A state beside a city names that city's state, not every city in it.
    #expect(try !draft("Orlando Health FM in Orlando, Florida").contains("Miami"))
    #expect(try draft("a program in Florida").contains("[your tie to Miami ("))
    #expect(
      try draft("Gulf Coast Community FM").contains(
        "[your tie to the area, if the program is near Miami ("))
  }

  @Test("With nothing to write, stdout is empty and the decision is on stderr")
  func staySilentWithNothing() throws {
    let run = try AdvisorProcess().run(["email", "draft"] + Self.silentWithNothing)
    #expect(run.status == 0)
    #expect(run.stdout.isEmpty, "\(run.stdout)")
    #expect(run.stderr.hasPrefix("No email: your decision is to stay silent"))
  }

  @Test("With a personal-statement paragraph, stdout is the paragraph alone")
  func staySilentWithParagraph() throws {
    let run = try AdvisorProcess().run(["email", "draft"] + Self.silentWithParagraph)
    #expect(run.status == 0)
    #expect(run.stderr.hasPrefix("No email: your decision is to stay silent"), "\(run.stderr)")
    #expect(!run.stdout.isEmpty && !run.stdout.contains("No email"))
    #expect(!run.stdout.contains("personal statement instead"))
  }
}
