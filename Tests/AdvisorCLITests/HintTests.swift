import Foundation
import Testing

/// Hints that name a command name one that works where they are printed: the name the user ran
/// in a shell, a question to type inside the chat.
@Suite("Hints name commands that work where they are printed")
struct HintTests {
  private let ran = AdvisorProcess.executable.path

  @Test("Leaving the chat names the resume command as the advisor was run")
  func resumeHint() throws {
    let advisor = try AdvisorProcess()
    for input in ["passed step 1\n/quit\n", "passed step 1\n"] {
      let result = try advisor.run(["chat"], input: input)
      #expect(result.stdout.contains("'\(ran) chat --resume' picks up"), "\(result.stdout)")
      #expect(!result.stdout.contains("'advisor chat"))
    }
    // Nothing to pick up: a chat of commands alone with no session saved before it.
    let fresh = try AdvisorProcess()
    let empty = try fresh.run(["chat"], input: "/quit\n")
    #expect(!empty.stdout.contains("picks up"), "\(empty.stdout)")
    // A chat of questions after a saved one says the saved one is what resuming continues.
    _ = try fresh.run(["chat"], input: "passed step 1\n")
    let asked = try fresh.run(["chat"], input: "is 221 ok for IM\n")
    #expect(
      asked.stdout.contains(
        "Nothing said here changed your saved session; '\(ran) chat --resume' "
          + "continues it."), "\(asked.stdout)")
  }

  @Test("No confident answer: 'ask' names kb show as run; the chat says what to type")
  func topicHints() throws {
    let advisor = try AdvisorProcess()
    let asked = try advisor.run(["ask", "what's", "the", "best", "pizza", "in", "Boston?"])
    #expect(asked.status == 1)
    #expect(asked.stdout.contains("(\(ran) kb show "), "\(asked.stdout)")
    let chat = try advisor.run(["chat"], input: "what's the best pizza in Boston?\n")
    #expect(chat.stdout.contains("ask one, as written here:"), "\(chat.stdout)")
    #expect(!chat.stdout.contains("kb show"))
  }

  @Test("A drafted email says how to check it: the command as run, not the chat's /check")
  func draftCheckHint() throws {
    let result = try AdvisorProcess().run([
      "email", "draft", "--step1", "pass", "--step1-attempts", "2", "--step2ck", "238",
      "--specialty", "IM", "--applicant", "us-md", "--region", "Ohio", "--connection", "none",
      "--no-hook", "--no-cutoff-unmet", "--hardship", "none", "--clinical-evidence",
    ])
    // Into a pipe the draft goes alone to standard output and the notes to standard error.
    #expect(result.stderr.contains("Check it with \(ran) email check FILE"), "\(result.stderr)")
    // The path the test ran may itself hold "/check" (a CI clone's folder), so it is set aside.
    #expect(!(result.stdout + result.stderr).replacing(ran, with: "advisor").contains("/check"))
  }

  @Test("A usage error points at help as the advisor was run")
  func usageHint() throws {
    let result = try AdvisorProcess().run(["advise", "--no-such-flag"])
    #expect(result.status == 2)
    #expect(result.stderr.hasSuffix("see '\(ran) help'\n"), "\(result.stderr)")
  }
}
