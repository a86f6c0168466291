import Dialogue
import Testing

/// A draft pasted for `/check` gets what every input gets: one newline, and the input cap.
@Suite("/check pastes: newlines normalised, size capped")
struct CheckPasteTests {
  private func pasting(_ lines: [String]) -> Turn {
    var chat = Conversation(knowledge: Knowledge.base, files: NoFileAccess())
    _ = chat.opening()
    _ = chat.respond(to: "/check")
    for line in lines { _ = chat.respond(to: line) }
    let report = chat.respond(to: ".")
    #expect(chat.state.collecting == nil)
    #expect(chat.state.collectedBytes == 0)
    return report
  }

  @Test("Lines holding CRs check like the same draft on separate lines")
  func carriageReturns() {
    let lines = ["Subject: My Step 1 failure", "", "Dear Dr X,", "", "I am so sorry about it."]
    let plain = pasting(lines).replyText
    #expect(plain.contains("line 1, subject-line"), "\(plain)")
    #expect(plain.contains("line 5, apology"), "\(plain)")
    #expect(pasting([lines.joined(separator: "\r")]).replyText == plain)
    #expect(pasting([lines.joined(separator: "\r\n")]).replyText == plain)
  }

  @Test("A paste over 16 MiB is read to its '.', not kept, and not checked")
  func overTheCap() {
    let megabyte = String(repeating: "sorry ", count: (1 << 20) / 6)
    let report = pasting(Array(repeating: megabyte, count: 17))
    #expect(
      report.replyText.hasPrefix("That draft is over 16 MiB"), "\(report.replyText.prefix(200))")
    #expect(!report.replyText.contains("apology"))
    // The next paste starts from nothing and is checked.
    var chat = Conversation(knowledge: Knowledge.base, files: NoFileAccess())
    _ = chat.opening()
    for line in ["/check"] + Array(repeating: megabyte, count: 17) + [".", "/check", "Sorry."] {
      _ = chat.respond(to: line)
    }
    #expect(chat.respond(to: ".").replyText.contains("apology"))
  }
}
