import AdvisorCore
import Testing

@testable import Dialogue

/// "Does my aunt in Newark count as a tie?" is a question: it is answered, and the connection
/// it names is offered as a yes/no, never recorded on the question alone.
@Suite("Questions about what counts as a connection")
struct ConnectionQuestionTests {
  private static let opening = [
    "failed step 1 once then passed, ck 224, IM, new jersey", "no", "us md",
  ]

  private func chat(_ lines: [String]) -> (Conversation, [String]) {
    var conversation = Conversation(knowledge: Knowledge.base)
    _ = conversation.opening()
    let replies = (Self.opening + lines).map { conversation.respond(to: $0).replyText }
    return (conversation, replies)
  }

  @Test(
    "The connection a question names is recognised, or the place it names alone",
    arguments: [
      (
        "does my aunt in newark count as a tie", PersonalQuestion.countsAsConnection(.geographicTie)
      ),
      ("would my sub-i at rutgers count as a connection", .countsAsConnection(.rotation)),
      (
        "is a mentor who will call the PD considered a connection",
        .countsAsConnection(.facultyAdvocate)
      ),
      ("does newark count as a tie", .placeAsTie("Newark")),
      ("does the observership count as a connection", .observershipAsTie),
      ("would my observership at a houston hospital count as a tie", .observershipAsTie),
    ])
  func recognised(line: String, expected: PersonalQuestion) {
    #expect(PersonalQuestion.recognise(line) == expected)
  }

  @Test("The question leaves the profile as it was; a yes counts the tie, a no counts nothing")
  func offeredThenConfirmed() {
    let question = "does my aunt in newark count as a tie"
    let (asked, replies) = chat([question])
    #expect(asked.state.profile.connections == nil)
    #expect(
      replies.last?.contains(
        "Yes: family or a partner in the area, or where you grew up or studied, is what I count as a "
          + "geographic tie") == true)
    #expect(
      replies.last?.hasSuffix(
        "Shall I count a geographic tie in Newark among your connections? Yes or no.") == true)

    let (confirmed, _) = chat([question, "yes"])
    #expect(confirmed.state.profile.connections == [.geographicTie])
    // The place the question named is kept with the tie.
    #expect(confirmed.state.profile.connectionPlaces[.geographicTie] == ["Newark"])
    let (declined, declinedReplies) = chat([question, "no"])
    #expect(declined.state.profile.connections == nil)
    #expect(declinedReplies.last?.hasPrefix("OK, I won't count that.") == true)
  }

  @Test("A connection already on record is answered, not offered again")
  func notOfferedTwice() {
    let (conversation, replies) = chat([
      "my aunt lives in newark", "does my aunt in newark count as a tie",
    ])
    #expect(conversation.state.profile.connections == [.geographicTie])
    #expect(replies.last?.contains("Shall I count") == false)
  }
}
