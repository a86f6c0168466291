import AdvisorText
import Dialogue
import Testing

/// Health and family details pasted for `/check` are shown so the user can find them, and kept
/// nowhere: the stored reply names their category, and the pasted lines stay out of history.
@Suite("/check: personal details shown, never stored")
struct PersonalDetailsTests {
  static let draft = [
    "Subject: Application to Lakeside Internal Medicine", "", "Dear Dr. Patel,", "",
    "I was dealing with depression and was started on sertraline during dedicated.",
    "I earned honors in my medicine clerkship.", "", "Sincerely,", "Sam",
  ]
  static let details = ["depression", "sertraline"]

  private func checked() -> (report: Turn, pasted: [Turn], command: Turn) {
    var chat = Conversation(knowledge: Knowledge.base)
    _ = chat.opening()
    let command = chat.respond(to: "/check")
    let pasted = Self.draft.map { chat.respond(to: $0) }
    return (chat.respond(to: "."), pasted, command)
  }

  @Test("The screen quotes the words; the stored reply has only their category")
  func storedReplyNamesTheCategory() {
    let report = checked().report
    let shown = TextRenderer(width: nil, color: false).render(report.reply)
    #expect(
      shown.contains("line 5, health-details (error): \"depression, sertraline\""), "\(shown)")
    for word in Self.details {
      #expect(!report.replyText.contains(word), "\(report.replyText)")
    }
    #expect(report.replyText.contains("line 5, health-details (error): [health or family details"))
    // A terminal rendering, wrapped and coloured, shows them too.
    let terminal = TextRenderer(width: 60, color: true, forTerminal: true).render(report.reply)
    #expect(terminal.contains("sertraline"))
  }

  @Test("Findings that quote no personal details are stored as shown")
  func otherFindingsAreKept() {
    var chat = Conversation(knowledge: Knowledge.base)
    _ = chat.opening()
    for line in ["/check", "Subject: My Step 1 failure", "", "Dear Dr X,", "", "I am so sorry."] {
      _ = chat.respond(to: line)
    }
    let report = chat.respond(to: ".")
    #expect(report.replyText == TextRenderer(width: nil, color: false).render(report.reply))
    #expect(report.replyText.contains("\"sorry\""))
  }

  @Test("Pasted lines are stored as a note and never enter the history; the commands may")
  func pastedLinesStayOutOfHistory() {
    let (report, pasted, command) = checked()
    for turn in pasted {
      #expect(turn.stored.historyText == nil)
      #expect(turn.storedInput == StoredLine.draft.serialized)
    }
    #expect(command.stored.historyText != nil && report.stored.historyText != nil)
  }

  @Test(
    "A line not understood that names health or family details is stored as a note",
    arguments: [
      "ugh my bipolar meds", "my therapist upped my zoloft", "dad's chemo again",
      "my father had a CABG and his ejection fraction was like 20 percent",
      "the failure was my dad's heart",
      // Tester Jamal (2026-12-04): a death said as a relative's passing, inside a question.
      "should i mention my grandpa passing in my personal statement or email",
      "is it ok to bring up her passing",
    ])
  func notUnderstoodLines(line: String) {
    var script = Script()
    let turn = script.say(line)
    #expect(turn.stored.isWithheld, "\(turn.storedInput)")
    #expect(turn.stored.historyText == nil)
  }

  @Test(
    "An understood line that names health details is stored as a note; its facts are kept",
    arguments: ["ck 232, IM, I have bipolar", "passed step 1, my meds made dedicated hard"])
  func understoodLines(line: String) {
    var script = Script()
    let turn = script.say(line)
    #expect(turn.stored.isWithheld, "\(turn.storedInput)")
    #expect(!turn.changes.isEmpty)
  }

  @Test(
    "With an event on record, a line naming a relative is stored as a note; without one, as typed"
  )
  func relativeAfterAnEvent() {
    let line = "what do i say about my dad in interviews"
    var plain = Script()
    #expect(plain.say(line).storedInput == line)
    var script = Script()
    _ = script.say("failed ck while my dad was in the hospital after a stroke")
    let turn = script.say(line)
    #expect(turn.stored.isWithheld, "\(turn.storedInput)")
    #expect(turn.stored.historyText == nil)
  }

  @Test(
    "A specialty or training named is no health detail",
    arguments: [
      "I want surgery", "my ICU rotation was great", "honors in surgery",
      // "passing" alone is an exam's.
      "is 216 a passing score", "my passing score was 231",
    ])
  func specialtiesAreNotHealth(line: String) {
    var script = Script()
    #expect(script.say(line).storedInput == line)
  }

  @Test("A line not understood without such details is stored as typed")
  func plainNotUnderstoodLine() {
    var script = Script()
    let turn = script.say("blorp the wibble")
    #expect(turn.storedInput == "blorp the wibble")
    #expect(turn.stored.historyText != nil)
  }

  @Test("A line whose details are withheld does not enter the history either")
  func withheldLinesStayOutOfHistory() {
    var script = Script()
    let turn = script.say("my mom was diagnosed with cancer during dedicated")
    #expect(turn.storedInput != turn.input)
    #expect(turn.stored.historyText == nil)
    #expect(script.say("IM").stored.historyText != nil)
  }
}
