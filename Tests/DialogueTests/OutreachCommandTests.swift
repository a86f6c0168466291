import AdvisorCore
import Dialogue
import Synchronization
import Testing

/// Files in memory.
final class MemoryFiles: FileAccess {
  private let storage: Mutex<[String: String]>

  init(_ files: [String: String] = [:]) {
    storage = Mutex(files)
  }

  func read(_ path: String) throws(FileAccessError) -> String {
    guard let text = storage.withLock({ $0[path] }) else {
      throw FileAccessError("\(path): no such file")
    }
    return text
  }

  func write(_ text: String, to path: String) throws(FileAccessError) {
    storage.withLock { $0[path] = text }
  }

  subscript(path: String) -> String? { storage.withLock { $0[path] } }
}

@Suite("Drafts, checks, program lists and exports in the chat")
struct OutreachCommandTests {
  private func conversation(files: MemoryFiles = MemoryFiles()) -> Conversation {
    var conversation = Conversation(knowledge: Knowledge.base, files: files)
    _ = conversation.opening()
    for line in ["failed step 1 once then passed", "238", "yes", "IM", "US MD", "anywhere", "none"]
    {
      _ = conversation.respond(to: line)
    }
    return conversation
  }

  @Test("/draft writes the email the decision calls for, for the program named")
  func draft() {
    var chat = conversation()
    let turn = chat.respond(to: "/draft Example General")
    #expect(turn.command == .draft)
    #expect(turn.replyText.contains("Subject: Application to Example General"))
    #expect(turn.replyText.contains("238"))
  }

  @Test("/check collects a pasted draft until '.', then reports the findings")
  func check() {
    var chat = conversation()
    let pending = chat.state.pending
    #expect(chat.respond(to: "/check").replyText.contains("a line with only a period"))
    let line = chat.respond(to: "Subject: Explanation of my Step 1 failure")
    #expect(line.collecting && line.replyText.isEmpty)
    #expect(line.storedInput == StoredLine.draft.serialized)
    _ = chat.respond(to: "I am so sorry.")
    let report = chat.respond(to: ".")
    #expect(report.replyText.contains("subject-line"))
    #expect(report.replyText.contains("apology"))
    #expect(chat.state.collecting == nil)
    #expect(chat.state.pending == pending)
  }

  @Test("/check can be cancelled")
  func cancel() {
    var chat = conversation()
    _ = chat.respond(to: "/check")
    _ = chat.respond(to: "Dear Dr X,")
    #expect(chat.respond(to: "/cancel").replyText.hasPrefix("Check cancelled."))
    #expect(chat.state.collecting == nil)
  }

  @Test("/programs reads the list and sorts it; a bad row names its line")
  func programs() {
    let files = MemoryFiles([
      "list.csv":
        "name,state,city,typical_step2\nExample A,NE,Omaha,220\nExample B,MA,Boston,250\n",
      "bad.csv": "name,state,typical_step2\nExample A,NE,999\n",
    ])
    var chat = conversation(files: files)
    let turn = chat.respond(to: "/programs list.csv")
    #expect(turn.replyText.contains("Safety (1)"))
    #expect(turn.replyText.contains("Reach (1)"))
    #expect(chat.respond(to: "/programs bad.csv").replyText.contains("bad.csv:2:"))
    #expect(chat.respond(to: "/programs missing.csv").replyText.contains("no such file"))
  }

  @Test("/export saves the plan as Markdown")
  func export() {
    let files = MemoryFiles()
    var chat = conversation(files: files)
    #expect(chat.respond(to: "/export plan.md").replyText.hasPrefix("Saved your plan to plan.md."))
    let markdown = files["plan.md"] ?? ""
    #expect(markdown.hasPrefix("# Residency application plan"))
    #expect(markdown.contains("## Email or stay silent"))
    #expect(markdown.contains("## Draft email"))
    #expect(markdown.contains("(email-or-silence, Decision flowchart)"))
  }

  @Test("The advocate question left open is still unknown in the export, as on the card")
  func exportNamesWhatWasLeftOpen() {
    let files = MemoryFiles()
    var chat = Conversation(knowledge: Knowledge.base, files: files)
    _ = chat.opening()
    for line in [
      "failed step 1 once, passed the second time", "ck 232 first try", "im, fm backup",
      "img from pakistan, need h1b", "texas", "my brother lives in houston", "yes",
      "idk if she would call anyone", "no", "no",
    ] {
      _ = chat.respond(to: line)
    }
    let open = "whether a faculty member would speak up for you"
    #expect(chat.respond(to: "/advice").replyText.contains(open))
    _ = chat.respond(to: "/export plan.md")
    let markdown = files["plan.md"] ?? ""
    #expect(markdown.contains("## Still unknown"))
    #expect(markdown.contains(open))
  }
}
