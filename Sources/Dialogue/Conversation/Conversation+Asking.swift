import AdvisorCore
import AdvisorText

/// Asking: the next question, or the plan once nothing is missing.
extension Conversation {
  /// Appends the next question, or the plan in short once nothing is missing.
  mutating func appendNextQuestion(to reply: inout TextDocument, advice: Advice) {
    let open = advice.missing.filter { !state.skipped.contains($0) }
    if let advocate = advocateQuestion(next: open.first, advice: advice) {
      state.pending = advocate
      state.confirmationsAsked.insert(advocate)
      reply.separate()
      reply.append(.paragraph(QuestionBook.text(advocate)))
      return
    }
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
      reply.append(
        contentsOf: Conversation.planInShort(advice, advocateOpen: advocateLeftOpen(advice)))
    }
  }

  func reaskBriefly(_ reply: inout TextDocument) {
    if let pending = state.pending {
      reply.append(.paragraph(QuestionBook.brief(pending)))
    } else {
      reply.append(.paragraph("Ask me anything, or type /help."))
    }
  }

  /// The advocate question, when ties were named before connections were asked and the flow
  /// has come to where the connections question would be and its answer could change the
  /// advice; dropped once an advocate or no connections is said, or nothing is left to ask.
  private mutating func advocateQuestion(next: Slot?, advice: Advice) -> PendingQuestion? {
    guard state.advocateToAsk else { return nil }
    let question = PendingQuestion(.connections, .advocate)
    guard let connections = state.profile.connections, !connections.isEmpty,
      !connections.contains(.facultyAdvocate), !state.confirmationsAsked.contains(question)
    else {
      state.advocateToAsk = false
      return nil
    }
    // Not before the questions the decision waits on, nor those that come before connections.
    let order = Slot.allCases
    if let next,
      advice.email.needed.contains(next)
        || order.firstIndex(of: next) ?? 0 < order.firstIndex(of: .connections) ?? 0
    {
      return nil
    }
    guard couldChange(advice, question) else {
      // It may matter once more is known; with nothing left to ask, it never will.
      if next == nil { state.advocateToAsk = false }
      return nil
    }
    state.advocateToAsk = false
    return question
  }

  /// Whether the user left the advocate question open ("idk if she would call") while a yes
  /// would still change the advice: the plan is then not all it needs.
  func advocateLeftOpen(_ advice: Advice) -> Bool {
    let advocate = PendingQuestion(.connections, .advocate)
    return state.skipped.contains(.connections) && state.confirmationsAsked.contains(advocate)
      && state.profile.connections?.contains(.facultyAdvocate) != true
      && couldChange(advice, advocate)
  }

  /// What the user left open that could still change the advice and the advice cannot know
  /// itself: a faculty member's help. Every surface of the chat lists it with the advice's own
  /// open slots (``AdviceCard/stillUnknown(_:also:)``).
  func leftOpen(_ advice: Advice) -> [String] {
    advocateLeftOpen(advice) ? [Self.advocateUnknown] : []
  }

  /// What is still unknown and able to change the advice, as a list, or nil: the advice's own
  /// open slots, and what the user left open.
  func stillUnknown(_ advice: Advice) -> String? {
    AdviceCard.stillUnknown(advice, also: leftOpen(advice))
  }

  /// The advocate question left open, as an item of a list.
  static let advocateUnknown = "whether a faculty member would speak up for you"

  /// Whether the answer to a confirmation could change the advice: its slot is still open, or
  /// the advice with a yes would differ (an advocate beside the ties named, a pass after the
  /// failures counted).
  func couldChange(_ advice: Advice, _ question: PendingQuestion) -> Bool {
    let probe: Advice
    switch question.kind {
    case .advocate, .offeredHelp:
      probe = advice.whatIf { $0.connections = ($0.connections ?? []).union([.facultyAdvocate]) }
    case .strongEnough:
      guard !advice.missing.contains(.clinicalEvidence) else { return true }
      probe = advice.whatIf { $0.clinicalEvidence = true }
    case .feedbackAsHook, .languageAsHook:
      probe = advice.whatIf { $0.hook = true }
    case .hookAgain, .passedUnderMark:
      // Said against an answer on record, or against itself: asked, whatever it would change.
      return true
    case .eventStatus where advice.profile.hardship == Hardship.none:
      // An event told after "no particular event": the "none" on record no longer holds.
      return true
    case .laterAttempt(let exam):
      probe = advice.whatIf { profile in
        profile[exam] = StepResult(outcome: .pass, attempts: (profile[exam].attempts ?? 1) + 1)
      }
    case .addConnection(let connection, _):
      guard !advice.missing.contains(.connections) else { return true }
      probe = advice.whatIf { $0.connections = ($0.connections ?? []).union([connection]) }
    default:
      return advice.missing.contains(question.slot)
    }
    return probe.email.decision != advice.email.decision || probe.ruleIDs != advice.ruleIDs
  }

}
