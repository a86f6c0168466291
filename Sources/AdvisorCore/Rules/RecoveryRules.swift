extension AdviceRule {
  /// Academic recovery: Step 2 CK as the redemption exam, and the transcript around it.
  static let recoveryRules: [AdviceRule] = [
    AdviceRule(
      "recovery.retake", .recovery, .action(.examFirst, rank: 0), .redemptionExam,
      when: { $0.facts.hasStandingFailure },
      "Prepare fully for the retake and sit it only when your practice assessments say you are "
        + "ready: a convincing pass matters more than a fast one."),
    AdviceRule(
      "recovery.redemption-exam", .recovery, .action(.examFirst, rank: 1), .redemptionExam,
      when: { $0.facts.step2Ahead && $0.step1NeedsAnswer }
    ) { context in
      // Once sat, the exam is no longer to prepare for: its result is what to act on.
      context.profile.step2ck.outcome == .pending
        ? "Step 2 CK, sat and awaiting its score, is your redemption exam: if the score comes "
          + "back clearly stronger, make that turnaround visible in your personal statement and "
          + "ERAS experiences"
          + (context.awaiting.contains(.step2ck)
            ? ", and tell me, as it can change the advice on emailing." : ".")
        : "Treat Step 2 CK as your redemption exam: a strong result is what reframes a weak or "
          + "failed Step 1."
    },
    AdviceRule(
      "recovery.delay-until-ready", .recovery, .action(.examFirst, rank: 2), .redemptionExam,
      when: { $0.profile.step2ck.outcome == .notTaken },
      "Do not sit Step 2 CK until you are ready. If rushing hurt you before, a few more months "
        + "of preparation for a clearly stronger score are worth it."),
    AdviceRule(
      "recovery.study-plan", .recovery, .action(.examFirst, rank: 3), .redemptionExam,
      when: { $0.profile.step2ck.outcome == .notTaken || $0.facts.hasStandingFailure },
      "Study with question-bank blocks (UWorld or similar) in timed, random, exam-like mode, "
        + "mixed systems every day, and a self-assessment every week (NBME forms, UWSA) to "
        + "track your progress."),
    AdviceRule(
      "recovery.document-turnaround", .recovery, .action(.application, rank: 5), .redemptionExam,
      when: { $0.showsTurnaround }
    ) { context in
      "Make the turnaround visible: in the personal statement and ERAS experiences, "
        + (context.turnaround?.text ?? "") + " is evidence of insight, resilience and growth, "
        + "backed by data."
    },
    AdviceRule(
      "recovery.clerkships", .recovery, .action(.application, rank: 6), .clerkships,
      when: { $0.hasScoreConcern }
    ) { context in
      // Strong clinical results already on record: the step is to keep them visible.
      if context.profile.clinicalEvidence == true {
        return "Make your strong clinical results count: ask how your grades and narrative "
          + "comments will appear in your MSPE, and keep the run going in any clerkship still "
          + "ahead; a run of strong clinical evaluations reassures programs about weak scores."
      }
      // The guide says this to those still in school; the profile does not say who has
      // graduated, so the condition is said rather than assumed.
      return "If you are still in school, with core clerkships ahead: aim for honors (or your "
        + "school's top marks) in them, internal medicine and surgery above all, and ask how "
        + "grades and narrative comments will appear in your MSPE. Either way, a run of strong "
        + "clinical evaluations reassures programs about weak scores."
    },
    AdviceRule(
      "recovery.few-honors", .recovery, .note, .clerkships,
      when: { $0.isIMG },
      "If your school gives few honors (common in the Caribbean and abroad) and you are still "
        + "in school, aim for the top percentiles anyway: programs read the evaluations and the "
        + "comments on professionalism, teamwork and responsibility."),
    AdviceRule(
      "recovery.credentials", .recovery, .action(.application, rank: 7), .extraCredentials,
      when: { $0.hasScoreConcern && ($0.isMassachusetts || $0.isIMG) }
    ) { context in
      // The guide writes for IMGs; "in English" is said only to them.
      "Strong shelf exams, a research-methods course or an MPH show that you handle rigorous "
        + "academic work\(context.isIMG ? " in English" : ""); academic programs"
        + (context.isMassachusetts ? ", Boston's especially," : "") + " notice that."
    },
  ]
}

extension AdviceContext {
  /// The plan makes a turnaround visible: after a failure only where the decision reads a
  /// clear rebound (known, or leaned to while the evidence is unknown), so the plan never
  /// presupposes one the decision denies; without a failure, a low scored Step 1 that Step 2
  /// CK clearly answers (212 → 238). Where it applies, the score is not "nothing to explain".
  var showsTurnaround: Bool {
    guard turnaround != nil else { return false }
    if isYes(.anyFailure) { return readsYes(.clearImprovement) }
    return isNo(.anyFailure) && step1NeedsAnswer
      && (profile.step2ck.passingScore ?? 0) >= ScoreThresholds.clearRebound.value
  }
}
