import AdvisorCore
import Dialogue
import Testing

/// The chat's bookkeeping without a terminal: what may enter the history, what is recorded.
@Suite("Chat session: history and recording")
struct ChatSessionTests {
  private static let lines = [
    "failed step 1 once, passed", "238 on CK", "IM", "should I mention my score in interviews?",
    "US MD", "/undo", "peds", "/profile",
  ]

  private func chat(recording: Bool = true) -> ChatSession {
    ChatSession(
      knowledge: Knowledge.base, files: NoFileAccess(), resumed: nil,
      recording: recording ? "advisor chat --record t.chat" : nil)
  }

  @Test("What a recording appends, turn by turn, is the transcript the replayer passes")
  func recordingReplays() throws {
    var chat = chat()
    _ = chat.open()
    var text = ""
    for line in Self.lines { text += chat.respond(to: line).recorded ?? "" }
    #expect(text.hasPrefix("# Recorded with 'advisor chat --record t.chat'.\n\nHi. I help"))
    let transcript = try Transcript(parsing: text, file: "t.chat")
    let result = Replayer.replay(transcript, knowledge: Knowledge.base)
    #expect(result.passed, "\(result.failures.map(\.detail))")
    #expect(result.turns == Self.lines.count)
    // Written whole from the same elements, the text is the same: one writer for both.
    #expect(transcript.text == text)
  }

  @Test("Nothing is recorded before the first turn; the heading and opening come with it")
  func heldBackUntilFirstTurn() {
    var chat = chat()
    _ = chat.open()
    let first = chat.respond(to: "peds").recorded ?? ""
    let second = chat.respond(to: "US MD").recorded ?? ""
    #expect(first.hasPrefix("# Recorded with"))
    #expect(first.contains("\n> peds\nGot it: Pediatrics."))
    #expect(second.hasPrefix("\n> US MD\n"))
    #expect(!second.contains("# Recorded"))
  }

  @Test("A chat that is not recorded records nothing")
  func notRecorded() {
    var chat = chat(recording: false)
    _ = chat.open()
    #expect(chat.respond(to: "peds").recorded == nil)
  }

  @Test("A resumed chat is recorded with '% resume' before its welcome")
  func resumedRecording() throws {
    var first = chat(recording: false)
    _ = first.open()
    _ = first.respond(to: "peds")
    var chat = ChatSession(
      knowledge: Knowledge.base, files: NoFileAccess(), resumed: (first.state, 1),
      recording: "advisor chat --record t.chat")
    let opening = chat.open()
    #expect(opening.replyText.hasPrefix("Welcome back."))
    let text = chat.respond(to: "US MD").recorded ?? ""
    #expect(text.contains("\n% resume\nWelcome back."))
  }

  @Test(
    "Personal details and pasted drafts never reach the history or the recording",
    arguments: [
      ["there was a family emergency during dedicated"],
      ["my mom had cancer during my dedicated period, it's over now"],
      ["/check", "Dear Dr. Smith, my father was in hospital.", "."],
    ])
  func keptOut(_ lines: [String]) {
    var chat = chat()
    _ = chat.open()
    var recorded = ""
    var history: [String] = []
    for line in lines {
      let step = chat.respond(to: line)
      recorded += step.recorded ?? ""
      if let kept = step.history { history.append(kept) }
    }
    // The recorded lines the user said (a /check reply may quote the draft's findings).
    let said = recorded.split(separator: "\n").filter { $0.hasPrefix(">") }.joined()
    #expect(said.contains("not kept"), "\(said)")
    for word in ["family", "mom", "cancer", "father", "hospital"] {
      #expect(!said.contains(word), "\(said)")
      #expect(!history.joined().contains(word), "\(history)")
    }
  }

  @Test("An ordinary line enters the history as typed")
  func ordinaryLine() {
    var chat = chat()
    _ = chat.open()
    #expect(chat.respond(to: "238 on CK").history == "238 on CK")
    #expect(chat.respond(to: "/profile").history == "/profile")
  }

  @Test("A stored line is typed: withheld and draft lines read back as themselves")
  func storedLineRoundTrip() {
    for line in [StoredLine.draft, .withheld(nil), .withheld(.resolved), .text("IM")] {
      #expect(StoredLine(serialized: line.serialized) == line)
    }
    #expect(StoredLine.draft.historyText == nil)
    #expect(StoredLine.withheld(.ongoing).historyText == nil)
  }
}
