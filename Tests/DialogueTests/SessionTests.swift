import AdvisorCore
import Dialogue
import LocatedJSON
import Testing

@Suite("Saved sessions")
struct SessionTests {
  @Test("A session survives JSON and resumes where it was")
  func roundTrip() throws {
    var script = Script()
    script.say("failed step 1 once then passed")
    script.say("241")
    script.say("skip")
    let session = Session(
      state: script.conversation.state,
      turns: [Session.Entry(turn: 1, input: "failed step 1 once then passed", reply: "…")])
    let restored = try Session(
      json: JSONDocument(parsing: session.json.serialized(pretty: true)).root)
    #expect(restored == session)
    var resumed = Conversation(knowledge: Knowledge.base, state: restored.state)
    let turn = resumed.resumed(turnsSoFar: 1)
    #expect(turn.replyText.hasPrefix("Welcome back."))
    #expect(turn.replyText.contains("Step 2 CK 241"))
    #expect(resumed.state.pending == script.conversation.state.pending)
  }

  @Test("A confirmation asked before a save is not asked again after the resume")
  func confirmationsAskedSurvive() throws {
    var script = Script()
    script.say("us img, s1 pass, ck 230, IM, northeast")
    let line = "my brother is a fellow at a hospital in Chicago"
    script.say(line)
    let asked = try #require(script.conversation.state.pending)
    #expect(asked.isConfirmation)
    script.say("skip")
    let session = Session(state: script.conversation.state)
    let restored = try Session(
      json: JSONDocument(parsing: session.json.serialized(pretty: true)).root)
    #expect(restored.state.confirmationsAsked == script.conversation.state.confirmationsAsked)
    var resumed = Conversation(knowledge: Knowledge.base, state: restored.state)
    _ = resumed.respond(to: line)
    #expect(resumed.state.pending != asked)
  }

  @Test(
    "Every kind of pending question survives a save and a resume",
    arguments: [
      PendingQuestion(.step1),
      PendingQuestion(.step1, .attempts(.step1)),
      PendingQuestion(.step2ck, .score(.step2ck)),
      PendingQuestion(.step2ck, .whichExam(score: 231)),
      PendingQuestion(.applicant, .citizenship),
      PendingQuestion(.specialty, .prelim),
      PendingQuestion(.connections, .connectionKind),
      PendingQuestion(.hardship, .eventStatus),
      PendingQuestion(.connections, .tie("New Jersey")),
      PendingQuestion(.step2ck, .passMark(215)),
      PendingQuestion(.cutoffUnmet, .listedCutoff("MGH, BIDMC")),
      PendingQuestion(.connections, .advocate),
      PendingQuestion(.connections, .observed),
      PendingQuestion(.step2ck, .laterAttempt(.step2ck)),
    ])
  func pendingRoundTrip(pending: PendingQuestion) throws {
    var state = ConversationState()
    state.pending = pending
    let session = Session(state: state)
    let restored = try Session(
      json: JSONDocument(parsing: session.json.serialized(pretty: true)).root)
    #expect(restored.state.pending == pending)
  }

  @Test(
    "A file that is not a session is refused with the field named",
    arguments: [
      (#"{"format": "something-else", "version": 1}"#, "format"),
      (#"{"format": "advisor-session", "version": 9}"#, "version"),
      (
        #"{"format": "advisor-session", "version": 1, "profile": {"step1": 3}, "state": {}}"#,
        "profile.step1"
      ),
      (
        #"{"format": "advisor-session", "version": 1, "profile": {}, "state": {"skipped": ["nope"]}}"#,
        "state.skipped[0]"
      ),
    ])
  func refused(text: String, path: String) throws {
    let document = try JSONDocument(parsing: text)
    #expect(throws: SessionError.self) { try Session(json: document.root) }
    do {
      _ = try Session(json: document.root)
    } catch {
      #expect(error.path.description == path)
    }
  }
}
