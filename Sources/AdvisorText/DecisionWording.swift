package import AdvisorCore

/// The email decision in plain sentences, for replies that say where the advice stands.
package enum DecisionWording {
  /// What to do, as a verb phrase that follows "to" ("stay silent about the score").
  package static func action(_ decision: EmailDecision) -> String {
    switch decision {
    case .staySilent: "stay silent about the score"
    case .targetedEmail: "send a brief, targeted email to a few programs"
    case .facultyContact: "let a faculty advocate or mentor contact the program director for you"
    case .emailSomeRefocusList: "email a few programs and refocus your list"
    case .hookOnly: "email only programs where you have a strong program-specific hook"
    }
  }

  /// Where the advice on emailing programs stands, as one sentence.
  package static func standing(_ decision: EmailDecision?) -> String {
    guard let decision else { return "I have not decided yet whether you should email programs." }
    return "My advice on emailing programs: \(action(decision))."
  }

  /// That the decision rests on what is known so far, naming the unknowns that could change it
  /// (``EmailAdvice/openToChange``); nil when none could. Said wherever the decision is given
  /// in the chat, so a later answer that changes it is no surprise.
  package static func provisional(_ advice: Advice) -> String? {
    let email = advice.email
    let open = email.openToChange
    guard email.decision != nil, !open.isEmpty else { return nil }
    let named =
      open.count > 3
      ? "your answers to my next questions"
      : open.map { $0.displayName(in: advice.profile) }.joinedAsList(conjunction: "or")
    return "That is on what I know so far: \(named) could change it."
  }

  /// How the decision moved between two turns, as one sentence without the reason.
  ///
  /// - Parameter needed: the unknowns the decision now waits for, in words, when it is undecided.
  package static func change(from old: EmailDecision?, to new: EmailDecision?, needed: String)
    -> String
  {
    switch (old, new) {
    case (let old?, let new?) where old == new:
      "My advice on emailing programs is still to \(action(new)), now because:"
    case (nil, let new?):
      "My advice on emailing programs is now to \(action(new))."
    case (let old?, let new?):
      "That changes my advice on emailing programs: no longer to \(action(old)), but to "
        + "\(action(new))."
    case (_, nil):
      "I can't advise on emailing programs until I know \(needed)."
    }
  }
}
