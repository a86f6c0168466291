/// The decision core: one pure function from what is known about an applicant to the advice.
package enum Advisor {
  /// The whole advice for `profile`: the email decision with its reasons, the specialty check,
  /// the application range, the advice on every topic and the slots still worth asking about.
  ///
  /// Deterministic and free of I/O: the same profile always gives the same advice.
  package static func advise(_ profile: Profile) -> Advice {
    var context = AdviceContext(profile)
    context.awaiting = MissingSlots.awaiting(context)
    let items = AdviceRule.items(in: context)
    let backups = BackupAssessment.assess(profile)
    return Advice(
      profile: profile,
      email: emailAdvice(context, items: items),
      specialty: SpecialtyAdvice(
        specialty: profile.specialty, sensitivity: context.sensitivity,
        benchmarks: context.facts.benchmarks, backups: backups),
      applications: AdviceRule.applications(context),
      // The backups are discussed with the specialty, after the main one's notes.
      items: items + backups.map { AdviceItem(reason: $0.reason, topic: .specialty, place: nil) },
      missing: MissingSlots.compute(context),
      awaiting: context.awaiting)
  }

  /// Every rule id the core can produce, for coverage reports: the tree's questions and
  /// conclusions, then the advice rules.
  package static var allRuleIDs: [String] {
    Condition.allCases.map(\.rawValue) + DecisionRule.all.map(\.id) + AdviceRule.catalog.map(\.id)
      + [BackupAssessment.rule]
  }

  /// The source of any rule id, for explanations and coverage.
  package static func source(ofRule id: String) -> Source? {
    if let condition = Condition(rawValue: id) { return condition.source }
    if let rule = DecisionRule.all.first(where: { $0.id == id }) { return rule.source }
    if id == BackupAssessment.rule { return .realityCheck }
    return AdviceRule.catalog.first { $0.id == id }?.source
  }

  /// - Parameter items: the advice's items, whose email notes close the reasons.
  private static func emailAdvice(_ context: AdviceContext, items: [AdviceItem]) -> EmailAdvice {
    let outcome = context.outcome
    var reasons = outcome.steps.map {
      Reason(rule: $0.rule, text: $0.explanation, source: $0.source)
    }
    if let rule = outcome.rule {
      reasons.append(Reason(rule: rule.id, text: rule.text, source: rule.source))
      // An estimate the score sits close to never decides the headline silently.
      if let caveat = nearAnEstimate(outcome.steps, decided: rule.decision, facts: context.facts) {
        reasons.append(caveat)
      }
    } else if let score = context.profile.step2ck.score, context.profile.step2ck.outcome == nil,
      ScoreThresholds.step2Outcome(ofBareScore: score) == nil
    {
      reasons.append(
        Reason(
          rule: EmailAdvice.undecidedRule,
          text: "Step 2 CK \(score) sits between the former pass mark "
            + "(\(ScoreThresholds.step2FormerPassMark.value)) and the one in force since July "
            + "2025 (\(ScoreThresholds.step2PassMark.value)): did it count as a pass when you "
            + "sat it? The decision turns on that.",
          source: ScoreThresholds.step2PassMark.basis.source))
    } else if outcome.essentialSlots == [.clinicalEvidence],
      let score = context.profile.step2ck.score
    {
      let band = ScoreThresholds.reboundBand
      reasons.append(
        Reason(
          rule: EmailAdvice.undecidedRule,
          // The tag is the national mean's; the 220 names its own section in the text.
          text: "Pending: Step 2 CK \(score) after a failure sits between \(band.lowerBound) (the "
            + "score the email article calls workable for "
            + "\(ScoreThresholds.workableSpecialties), in \"\(Source.whenNotToEmail.section)\") "
            + "and the national mean of all Step 2 CK takers (about \(band.upperBound) in "
            + "2023-24, a public figure from a secondary source), where the "
            + "articles leave open whether the improvement is clear. Honors or strong comments in "
            + "core clerkships, or strong shelf results, would make it a clear rebound; without "
            + "them it is not one. The decision waits on that.",
          source: .matchedStep2))
    } else {
      let needed = outcome.essentialSlots.map { $0.displayName(in: context.profile) }
      let pronoun = needed.count == 1 ? "it" : "them"
      let why = outcome.waitingOn.map {
        " The next question on the way needs \(pronoun): \($0.question)"
      }
      reasons.append(
        Reason(
          rule: EmailAdvice.undecidedRule,
          text: "Too little is known to decide yet: the decision turns on "
            + needed.joinedAsList() + "." + (why ?? ""),
          source: .flowchart))
    }
    // Read in place: filtering the items for the email notes copied every one of them.
    for index in items.indices where items[index].topic == .email {
      reasons.append(items[index].reason)
    }
    return EmailAdvice(
      decision: outcome.rule?.decision, rule: outcome.rule?.id, steps: outcome.steps,
      reasons: reasons,
      programs: context.isEmailing ? ScoreThresholds.emailTargets : nil,
      needed: outcome.rule == nil ? outcome.essentialSlots : [],
      waitingOn: outcome.rule == nil ? outcome.waitingOn?.question : nil,
      openToChange: outcome.decisiveSlots)
  }
}

extension Advisor {
  /// The caveat for a decision that turned on one of the advisor's estimates: an estimate never
  /// decides the headline unsaid. Close to it (``Condition/isClose(_:to:)``), the score could
  /// fall either side; farther off, how far is said. Nil when no estimate decided.
  fileprivate static func nearAnEstimate(
    _ steps: [DecisionStep], decided: EmailDecision, facts: ScoreFacts
  ) -> Reason? {
    if let edge = nearAReboundEdge(steps, decided: decided, facts: facts) { return edge }
    guard case .score(let score, let exam) = facts.relevantScore, let benchmarks = facts.benchmarks
    else { return nil }
    let judged: [(Condition, Figure?)] = [
      (.aboveCutoffs, benchmarks.screeningFloor), (.bigMismatch, benchmarks.mismatchBelow),
    ]
    // Every estimate that decided; a close one is said first, as it could go either way.
    let decided = judged.compactMap { condition, figure -> (Condition, Figure)? in
      guard let figure, steps.contains(where: { $0.rule == condition.rawValue && !$0.assumed })
      else { return nil }
      // The article's example of a workable score decides as a line only by the advisor's
      // reading of it: said when the score is close to it (tester Farah: 219 and 221 got
      // opposite headlines, with nothing said of why).
      if figure.basis.kind == .article, condition == .aboveCutoffs, exam == .step2ck,
        Condition.isClose(score, to: figure.value),
        decidesOtherwiseAcross(figure.value, from: score, decided: decided, facts: facts)
      {
        return (condition, figure)
      }
      return figure.basis.kind == .estimate ? (condition, figure) : nil
    }
    guard
      let (condition, figure) = decided.first(where: { Condition.isClose(score, to: $0.1.value) })
        ?? decided.first
    else { return nil }
    let what =
      condition == .aboveCutoffs
      ? "where many \(benchmarks.specialty.displayName) programs screen"
      : "where a big gap from \(benchmarks.specialty.displayName)'s norms begins"
    let yours = "your \(exam.displayName) \(score)"
    if figure.basis.kind == .article {
      return Reason(
        rule: EmailAdvice.nearTheLineRule,
        text: "This turns on the article's example of a workable score, \(figure.value) ("
          + "\(figure.basis.note)), and \(yours) is \(abs(score - figure.value)) "
          + "point\(abs(score - figure.value) == 1 ? "" : "s") \(score < figure.value ? "below" : "above") it. "
          + "The articles give no exact cutoff, so read it as close to the line either way: the "
          + "programs' own stated minimums and their residents' scores settle it.",
        source: figure.basis.source)
    }
    let text =
      Condition.isClose(score, to: figure.value)
      ? "This turns on the advisor's estimate of \(what), \(figure.value), and \(yours) is "
        + "close to it: the programs' own stated minimums and their residents' scores settle it."
      : "This rests on the advisor's estimate of \(what), \(figure.value): \(yours) is "
        + "\(abs(score - figure.value)) points \(score < figure.value ? "below" : "above") it."
    return Reason(
      rule: EmailAdvice.nearTheLineRule, text: text, source: .estimate(from: figure.basis.source))
  }
}

extension Advisor {
  /// Whether the Step 2 CK moved just across `line` from `score` leads to another email
  /// decision: only then does the line decide, and only then is it said to.
  fileprivate static func decidesOtherwiseAcross(
    _ line: Int, from score: Int, decided: EmailDecision, facts: ScoreFacts
  ) -> Bool {
    var across = facts.profile
    across.step2ck.score = score >= line ? line - 1 : line
    return DecisionEvaluator.conclusion(Truths(ScoreFacts(across, reusing: facts)))?.decision
      != decided
  }

  /// The caveat for a rebound judged within a few points of an edge of
  /// ``ScoreThresholds/reboundBand``: where the band begins and ends is the advisor's reading of
  /// the articles, so a score close to an edge could be read either way. Nil farther off, or
  /// when the decision on the other side of the edge would be the same.
  fileprivate static func nearAReboundEdge(
    _ steps: [DecisionStep], decided: EmailDecision, facts: ScoreFacts
  ) -> Reason? {
    guard
      steps.contains(where: { $0.rule == Condition.clearImprovement.rawValue && !$0.assumed }),
      let score = facts.profile.step2ck.passingScore
    else { return nil }
    let edges = [
      (
        ScoreThresholds.reboundFloor,
        "the score the email article calls workable, is the lowest Step 2 CK that can show a rebound"
      ),
      (
        ScoreThresholds.reboundOnItsOwn,
        "the national mean, is the Step 2 CK that shows a rebound on its own"
      ),
    ]
    // Only an edge that decides: one whose other side would lead to another decision (at 221
    // without strong clinical results, 219 is no rebound either; a non-US IMG without ties
    // stays silent on both sides of 249).
    guard
      let (figure, what) = edges.first(where: { figure, _ in
        guard Condition.isClose(score, to: figure.value) else { return false }
        var across = facts.profile
        across.step2ck.score = score >= figure.value ? figure.value - 1 : figure.value
        let acrossFacts = ScoreFacts(across, reusing: facts)
        return DecisionEvaluator.conclusion(Truths(acrossFacts))?.decision != decided
      })
    else { return nil }
    return Reason(
      rule: EmailAdvice.nearTheLineRule,
      text: "This turns on the advisor's estimate that \(figure.value), \(what), and your Step 2 "
        + "CK \(score) is close to it, so programs could read it either way.",
      source: .estimate(from: figure.basis.source))
  }
}

extension Array where Element == String {
  /// "a", "a and b", "a, b and c".
  package func joinedAsList(conjunction: String = "and") -> String {
    switch count {
    case 0: return ""
    case 1: return self[0]
    default: return dropLast().joined(separator: ", ") + " \(conjunction) " + self[count - 1]
    }
  }
}
