/// What a clause or a line does in the conversation, read from everything understood in it.
///
/// Each clause has an act (``Interpretation/acts``): "239 not 229. should I email?" corrects,
/// then asks. The line's one act (``Interpretation/act``) sums them up: a line that states a
/// fact and asks a question is `.inform` (the facts are taken, then the question is answered);
/// a line that only asks is `.question`, and a question never changes the profile.
///
/// The acts describe a turn; they do not decide its reply. Each turn keeps them
/// (`Turn.acts`), and only the tests read them (the utterance table's act column); the reply
/// is decided from the same typed findings the acts are read from (the patch, the intents,
/// the confirmation), so the two cannot disagree.
package enum DialogueAct: String, Sendable, Hashable, CaseIterable {
  /// States facts that fill slots.
  case inform
  /// Changes what an earlier answer said ("239, not 229", "scratch that, peds").
  case correct
  /// Only rules something out ("not surgery").
  case deny
  /// Asks something, with or without a question mark.
  case question
  /// Answers a yes/no confirmation the advisor asked.
  case confirm
  /// About the conversation itself ("why do you ask?").
  case meta
  case command
  case greet
  case thanks
  case goodbye
  case skip
  case unsure
  /// A blank line.
  case empty
  /// Nothing the advisor understood.
  case other
}

/// A clause of a line: a sentence's statement or its question part.
enum Clause: Sendable, Hashable {
  /// A statement, and whether it corrects (in a line that corrects: the only statement, or
  /// one of several that holds a correction's words).
  case statement(correcting: Bool)
  case question
}

extension Interpretation {
  /// The act of each clause, in order ("239 not 229. should I email?" → correct, question); a
  /// line that stands alone (a command, thanks, a farewell) or has no clause has its one act.
  var acts: [DialogueAct] {
    let line = act
    guard !clauses.isEmpty,
      ![.command, .goodbye, .empty, .meta, .greet, .thanks, .skip].contains(line)
    else { return [line] }
    let statement = act(countingQuestions: false)
    return clauses.map { clause in
      switch clause {
      case .question: .question
      case .statement(let correcting): statement == .correct && !correcting ? .inform : statement
      }
    }
  }

  /// The line's dialogue act.
  var act: DialogueAct { act(countingQuestions: true) }

  private func act(countingQuestions: Bool) -> DialogueAct {
    for intent in intents {
      switch intent {
      case .command: return .command
      case .farewell: return .goodbye
      case .empty: return .empty
      // "Ohio. why do you ask": the answer is the line's act, the why one of its clauses.
      case .whyAsk where patch.isEmpty: return .meta
      case .greeting: return .greet
      case .thanks: return .thanks
      case .skip: return .skip
      default: continue
      }
    }
    if confirmation != nil { return .confirm }
    let clarifies = intents.contains { if case .clarify = $0 { true } else { false } }
    if let yesNo = yesNo.bare, !patch.isEmpty || clarifies { return yesNo ? .confirm : .deny }
    if !patch.isEmpty { return correction ? .correct : .inform }
    if countingQuestions,
      intents.contains(where: { if case .question = $0 { true } else { false } })
    {
      return .question
    }
    if intents.contains(.unsure) { return .unsure }
    if !negatedSpecialties.isEmpty { return .deny }
    if neverFailed || clarifies || !reaches.isEmpty { return .inform }
    return .other
  }
}
