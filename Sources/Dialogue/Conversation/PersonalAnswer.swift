import AdvisorCore
import AdvisorText

/// The answer to a ``PersonalQuestion`` from this applicant's advice: the decision, its reason
/// and its source, read from the advice and never re-derived. Nil when the profile cannot answer
/// it yet (the general entry then answers alone).
enum PersonalAnswer {
  static func document(_ question: PersonalQuestion, advice: Advice) -> TextDocument? {
    switch question {
    case .shouldEmail: return emailDecision(advice, prefix: "For you")
    case .emailCount(let every): return emailCount(advice, every: every)
    case .whyDecision: return emailDecision(advice, prefix: "Your plan")
    case .isScoreLow(let asked, let named):
      return scoreLevel(asked, specialty: named, advice: advice)
    case .applyCount: return applyCount(advice)
    case .outlook: return outlook(advice)
    case .didIPass: return result(advice)
    }
  }

  /// What to search the knowledge base for after the personal answer: the question, with the
  /// decision's own reason when the question is about the decision, so that the entry found is
  /// the one for this applicant's branch, not the general one.
  static func searchText(_ question: String, _ personal: PersonalQuestion?, advice: Advice)
    -> String
  {
    switch personal {
    case .shouldEmail(plain: true)?, .whyDecision?:
      guard let reason = conclusion(advice.email) else { return question }
      return question + " " + reason.text
    default: return question
    }
  }

  // MARK: - The email decision

  private static func emailDecision(_ advice: Advice, prefix: String) -> TextDocument? {
    let email = advice.email
    guard let decision = email.decision else {
      let needed = (email.needed.isEmpty ? Array(advice.missing.prefix(2)) : email.needed)
      guard !needed.isEmpty else { return nil }
      return TextDocument([
        .paragraph(
          "For you, that is not decided yet: I need "
            + needed.map(\.displayName).joinedAsList() + " first. In general:")
      ])
    }
    var text = "\(prefix): \(decision.phrase)."
    if let reason = conclusion(email) {
      text += " " + reason.text + " " + AdviceCard.tag(reason.source)
    }
    if decision.involvesApplicantEmail, let programs = email.programs {
      text += " Write to \(programs.lowerBound)-\(programs.upperBound) programs at most."
    }
    return TextDocument([.paragraph(text), .paragraph("/why shows every step. In general:")])
  }

  private static func emailCount(_ advice: Advice, every: Bool) -> TextDocument? {
    guard let decision = advice.email.decision else { return nil }
    var text = every ? "No. " : "For you: "
    if decision.involvesApplicantEmail, let programs = advice.email.programs {
      text +=
        "Your plan is \(decision.phrase): at most \(programs.lowerBound)-\(programs.upperBound) "
        + "programs, each chosen for a reason."
    } else {
      text += "Your plan is to \(decision.phrase), so no program gets an email about the score."
    }
    if let reason = conclusion(advice.email) {
      text += " " + reason.text + " " + AdviceCard.tag(reason.source)
    }
    return TextDocument([.paragraph(text), .paragraph("In general:")])
  }

  private static func conclusion(_ email: EmailAdvice) -> Reason? {
    guard let rule = email.rule else { return nil }
    return email.reasons.first { $0.rule == rule }
  }

  // MARK: - Is the score low?

  private static func scoreLevel(_ asked: Int?, specialty named: Specialty?, advice: Advice)
    -> TextDocument?
  {
    let profile = advice.profile
    guard let score = asked ?? profile.step2ck.score else { return nil }
    let own = asked == nil || asked == profile.step2ck.score
    let subject = own ? "Your Step 2 CK of \(score)" : "A Step 2 CK of \(score)"
    let former = ScoreThresholds.step2FormerPassMark
    let current = ScoreThresholds.step2PassMark
    let text: String
    if score < former.value {
      text =
        "\(subject) is under the pass mark (\(former.value) before July 2025, \(current.value) "
        + "since): it is a fail, not a low pass. \(AdviceCard.tag(current.basis.source))"
    } else if score < current.value {
      text =
        "\(subject) passed under the old pass mark (\(former.value)) but not the one used since "
        + "July 2025 (\(current.value)): which one applied to your sitting decides whether it "
        + "counts as a pass. \(AdviceCard.tag(current.basis.source))"
    } else if let specialty = named ?? profile.specialty,
      let mean = ScoreThresholds.benchmarks(for: specialty).matchedMean
    {
      let verdict =
        score >= mean.value
        ? "is not low for \(specialty.displayName): it is at or above"
        : "is below"
      text =
        "\(subject) \(verdict) the mean of matched US MD seniors in \(specialty.displayName) "
        + "(about \(mean.value)). \(AdviceCard.tag(mean.basis.source))"
        + (score >= mean.value
          ? ""
          : " The sources count a Step 2 CK below average or borderline for your specialty as "
            + "low. \(AdviceCard.tag(Source.situation))")
    } else {
      let mean = ScoreThresholds.matchedMeanAllSpecialties
      let verdict = score >= mean.value ? "at or above" : "below"
      text =
        "\(subject) is \(verdict) the mean of matched US MD applicants across all specialties "
        + "(about \(mean.value)). \(AdviceCard.tag(mean.basis.source)) Whether it is low depends "
        + "on the specialty: tell me yours and I'll compare."
    }
    return TextDocument([.paragraph(text), .paragraph("In general:")])
  }
}
