import AdvisorCore
import AdvisorText

extension Conversation {
  /// The message on `--resume`: what was restored, where the advice stands, and the question
  /// that was pending.
  package mutating func resumed(turnsSoFar: Int) -> Turn {
    state.ended = false
    let advice = self.advice
    var reply = TextDocument([
      .paragraph(
        "Welcome back. I restored your session (\(turnsSoFar) "
          + (turnsSoFar == 1 ? "message" : "messages") + " so far): "
          + ProfileSummary.line(for: state.profile) + ".")
    ])
    if let decision = advice.email.decision {
      reply.append(.paragraph(DecisionWording.standing(decision)))
    }
    if let pending = state.pending {
      reply.append(.paragraph(QuestionBook.text(pending)))
    } else {
      appendNextQuestion(to: &reply, advice: advice)
      if state.pending == nil, state.planGiven {
        reply.append(.paragraph("Ask me anything, /advice for the plan, or /quit."))
      }
    }
    return makeTurn(input: "", stored: .text(""), reply: reply, changes: [])
  }
}
