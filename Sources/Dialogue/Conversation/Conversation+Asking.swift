import AdvisorCore
import AdvisorText

/// Asking: the next question, or the plan once nothing is missing.
extension Conversation {
  /// Appends the next question, or the plan in short once nothing is missing.
  mutating func appendNextQuestion(to reply: inout TextDocument, advice: Advice) {
    let open = advice.missing.filter { !state.skipped.contains($0) }
    if let slot = open.first {
      let question = QuestionBook.question(for: slot, in: state.profile)
      state.pending = question
      reply.separate()
      reply.append(.paragraph(QuestionBook.text(question)))
      return
    }
    state.pending = nil
    if !state.planGiven {
      state.planGiven = true
      reply.separate()
      reply.append(contentsOf: Conversation.planInShort(advice))
    }
  }

  func reaskBriefly(_ reply: inout TextDocument) {
    if let pending = state.pending {
      reply.append(.paragraph(QuestionBook.brief(pending)))
    } else {
      reply.append(.paragraph("Ask me anything, or type /help."))
    }
  }

}
