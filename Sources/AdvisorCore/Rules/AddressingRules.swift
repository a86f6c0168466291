extension AdviceRule {
  /// Where to address the score when not by email, and how to answer at interview.
  static let addressingRules: [AdviceRule] = [
    AdviceRule(
      "address.nothing-to-explain", .addressing, .note, .whenNotToEmail,
      when: { !$0.hasScoreConcern && $0.decision == .staySilent && !$0.showsTurnaround },
      "Nothing here needs explaining: say nothing about the number and let strengths carry the "
        + "application: letters, clerkship comments, continuity and fit."),
    AdviceRule(
      ScoreInApplication.showClimbRule, .addressing, .note, .redemptionExam,
      when: { !$0.hasScoreConcern && $0.decision == .staySilent && $0.showsTurnaround },
      "No email and no apology for the number: the one thing worth saying about it is the "
        + "climb to Step 2 CK, shown in the personal statement and ERAS experiences as the plan "
        + "says."),
    AdviceRule(
      ScoreInApplication.explainRule, .addressing, .action(.application, rank: 0), .addressing,
      when: { $0.hasScoreConcern }
    ) { context in
      // A rebound needs something to climb from: a failure or a scored Step 1, not a pass/fail
      // Step 1 beside the low score itself.
      let climbed = context.isYes(.anyFailure) || context.profile.step1.score != nil
      let evidence =
        context.isYes(.clearImprovement)
        ? (climbed ? "your Step 2 CK rebound and clerkship results" : "your clerkship results")
        : "later exams, shelf results and clerkship evaluations"
      return "In the personal statement, give the score one tight paragraph of 3-5 sentences, "
        + "placed mid-statement and never as the opening: a brief acknowledgment, the concrete "
        + "change you made, evidence that it held (\(evidence)), then back to your strengths."
    },
    AdviceRule(
      "address.institutional-field", .addressing, .action(.application, rank: 2), .addressing,
      when: { $0.isYes(.anyFailure) },
      "If your school suggests clarifying the failure in the institutional action or "
        + "explanation field, keep that entry factual and brief."),
    AdviceRule(
      "address.mspe", .addressing, .action(.application, rank: 3), .addressing,
      when: { $0.hasScoreConcern },
      "Ask whether your dean's letter (MSPE) already puts the score in context; if it does, you "
        + "need not repeat all of it elsewhere."),
    AdviceRule(
      "address.interview-answer", .addressing, .action(.application, rank: 4), .faqInterview,
      when: { $0.hasScoreConcern },
      "At interview, bring the score up only if they ask or allude to it. Then acknowledge it, "
        + "say what you did about it (new strategies, support, better results), and pivot to "
        + "how you perform now: a minute at most."),
    AdviceRule(
      "address.draft-exercise", .addressing, .action(.outreach, rank: 2), .closingExercise,
      when: { $0.isEmailing },
      "Draft one email of 6-8 sentences to a single realistic program you care about; delete "
        + "whatever reads as an excuse, and check that your strengths fill half of it or more."),
  ]
}
