package import AdvisorCore

/// Writes the draft the email decision calls for, filled from the profile, in the articles'
/// structure: interest with a specific reason, the score acknowledged once without drama,
/// evidence that answers the concern, a short close. Unknown details stay as bracketed
/// placeholders for the user to fill (and `advisor email check` flags any left in).
package enum Drafter {
  /// The draft for `request`, working out the advice for its profile first: for a caller that
  /// has none.
  package static func draft(_ request: DraftRequest) -> Draft {
    draft(request, advice: Advisor.advise(request.profile))
  }

  /// The draft for `request` under `advice`, the advice already given for `request.profile`: the
  /// draft follows the same decision as every other surface.
  package static func draft(_ request: DraftRequest, advice: Advice) -> Draft {
    guard let decision = advice.email.decision else {
      return .undecided(missing: advice.missing, profile: advice.profile)
    }
    let facts = DraftFacts(request)
    switch decision {
    case .staySilent:
      // The advice decides how the application treats the score: the draft never re-judges it.
      switch advice.scoreInApplication {
      case .explain: return .staySilent(statementParagraph(facts))
      case .showClimb: return .staySilent(climbParagraph(facts))
      case .nothingToExplain: return .staySilent(nil)
      }
    case .facultyContact:
      return .facultyBrief(facultyBrief(facts))
    case .targetedEmail, .hookOnly, .emailSomeRefocusList:
      return .email(email(facts, decision: decision))
    }
  }

  // MARK: - The email

  static func email(_ facts: DraftFacts, decision: EmailDecision) -> EmailDraft {
    var sentences: [DraftSentence] = [
      DraftSentence(
        "I am applying in \(facts.specialty)\(facts.applicantClause), and I am very interested "
          + "in \(facts.program) because of \(facts.feature).", .interest),
      DraftSentence(facts.acknowledgment, .score),
    ]
    if let context = facts.resolvedContext { sentences.append(DraftSentence(context, .context)) }
    sentences += facts.evidence(hook: decision == .hookOnly).map { DraftSentence($0, .strength) }
    sentences.append(
      DraftSentence(
        "I would be grateful for your consideration of my application, and glad to add anything "
          + "that would help.", .closing))
    return EmailDraft(
      subject: "Application to \(facts.program) from \(facts.name), \(facts.applicantTag)",
      salutation: "Dear Dr. \(facts.director),",
      sentences: sentences,
      signOff: "With thanks,\n\(facts.name)\n[AAMC ID]")
  }

  // MARK: - The faculty brief

  static func facultyBrief(_ facts: DraftFacts) -> FacultyBrief {
    // Two or three sentences, as the article asks: what happened, what changed, and the ask,
    // with strong results since, where they are on record.
    FacultyBrief(sentences: [
      facts.storyHappened,
      facts.storyChanged,
      "I am applying in \(facts.specialty)\(facts.withStrongResults) and would be grateful if you "
        + "could speak for my clinical work to the program director at \(facts.program).",
    ])
  }

  // MARK: - The personal-statement paragraph

  /// The personal statement's few sentences on a climb from a low scored Step 1 to a clearly
  /// stronger Step 2 CK: evidence of growth, not an explanation.
  static func climbParagraph(_ facts: DraftFacts) -> StatementParagraph {
    StatementParagraph(sentences: [
      facts.climb,
      "To get there I [the concrete change: a new study method, a learning specialist, timed "
        + "question blocks].",
      "That experience taught me to [what you learned], and it shapes how I work with patients "
        + "and teams today.",
    ])
  }

  static func statementParagraph(_ facts: DraftFacts) -> StatementParagraph {
    // A resolved event gets its one neutral sentence here too, as the advice says.
    let sentences: [String?] = [
      facts.storyHappened, facts.resolvedContext, facts.storyChanged,
      "Since then I have [\(facts.steadyEvidencePlaceholder)].",
      "That experience taught me to [what you learned], and it shapes how I work with patients "
        + "and teams today.",
    ]
    return StatementParagraph(sentences: sentences.compactMap { $0 })
  }
}
