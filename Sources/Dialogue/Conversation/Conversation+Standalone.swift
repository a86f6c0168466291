import AdvisorCore
import AdvisorText

/// Turns that stand alone: commands, sign-offs, greetings, thanks, skips, "why do you ask?".
extension Conversation {
  struct Reply {
    var document: TextDocument
    var changes: [SlotChange] = []
  }

  /// Intents that make the whole turn: commands, farewells, greetings, skips, "why".
  mutating func standalone(
    _ intent: Intent, argument: String?, ownDraft: Bool = false, advocateDraft: Bool = false
  ) -> Reply? {
    switch intent {
    case .command(.draft):
      return Reply(
        document: withPending(
          draft(program: argument, own: ownDraft, forAdvocate: advocateDraft)))
    case .command(let command): return run(command, argument: argument)
    case .farewell: return Reply(document: farewell())
    case .empty:
      var reply = TextDocument()
      if let pending = state.pending {
        reply.append(.paragraph("Take your time. " + QuestionBook.brief(pending)))
      } else {
        reply.append(.paragraph("Ask me anything, or type /help."))
      }
      return Reply(document: reply)
    case .whyAsk:
      // With no question pending, "why?" can only be about the advice: show its reasoning.
      guard let pending = state.pending else { return run(.why) }
      let why = QuestionBook.why(pending.slot)
      return Reply(
        document: TextDocument([
          .paragraph(why.text + " " + AdviceCard.tag(why.source)),
          .paragraph(QuestionBook.brief(pending)),
        ]))
    case .greeting:
      var reply = TextDocument([.paragraph("Hello!")])
      reaskBriefly(&reply)
      return Reply(document: reply)
    case .thanks:
      var reply = TextDocument([.paragraph("You're welcome.")])
      reaskBriefly(&reply)
      return Reply(document: reply)
    case .skip, .unsure:
      return Reply(document: skipPending(unsure: intent == .unsure))
    case .question, .clarify:
      return nil
    }
  }

  mutating func skipPending(unsure: Bool) -> TextDocument {
    var reply = TextDocument()
    guard let pending = state.pending else {
      reply.append(.paragraph("Nothing to skip right now. Ask me anything, or type /help."))
      return reply
    }
    state.history.append(state.snapshot)
    state.skipped.insert(pending.slot)
    state.misses = 0
    reply.append(
      .paragraph(
        unsure
          ? QuestionBook.leftOpenUnsure(pending, profile: state.profile)
          : "Skipped. I'll work with what I have."))
    appendAfterSkip(to: &reply, advice: advice)
    return reply
  }

  /// After a question is skipped: the next one, the plan, or, when both came before, that
  /// nothing is left to ask (a skip is never answered with silence).
  mutating func appendAfterSkip(to reply: inout TextDocument, advice: Advice) {
    let planWasGiven = state.planGiven
    appendNextQuestion(to: &reply, advice: advice)
    if planWasGiven, state.pending == nil {
      reply.append(.paragraph(QuestionBook.nothingLeftToAsk))
    }
  }

  mutating func farewell() -> TextDocument {
    state.ended = true
    state.pending = nil
    // With nothing told about the user, there are no answers to speak of.
    return TextDocument([
      .paragraph(
        state.profile == Profile()
          ? "Goodbye, and good luck."
          : "Goodbye, and good luck. Your answers are saved for next time.")
    ])
  }

}
