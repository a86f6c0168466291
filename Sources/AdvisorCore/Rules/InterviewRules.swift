extension AdviceRule {
  /// Interviews and the weeks after them.
  static let interviewRules: [AdviceRule] = [
    AdviceRule(
      "interview.red-flag-answer", .interviews, .action(.interviews, rank: 0), .interviewPrep,
      when: { $0.hasScoreConcern },
      "Prepare a short, honest, confident answer about the score: what you learned (assess "
        + "yourself early, ask for help), what you changed, and what your later results and "
        + "evaluations show."),
    AdviceRule(
      "interview.behavioral", .interviews, .action(.interviews, rank: 1), .interviewPrep,
      when: { $0.decision != nil },
      "Rehearse behavioral questions: a time you took critical feedback, a difficult patient "
        + "interaction, how you handle stress and avoid burnout."),
    AdviceRule(
      "interview.why-region", .interviews, .action(.interviews, rank: 2), .interviewPrep,
      when: { $0.isMassachusetts },
      "Have concrete answers to \"Why Boston?\" and \"Why Massachusetts?\": mentors, family, "
        + "rotations, urban academic medicine, commitment to local communities. Boston programs "
        + "also look for academic curiosity, ease with diversity and complex cases, and "
        + "teamwork under high volume."),
    AdviceRule(
      "interview.img-identity", .interviews, .note, .imgIdentity,
      when: { $0.isUSIMG },
      "Present your path abroad as a deliberate choice: you work well across cultures and "
        + "systems and know US healthcare, an asset for a diverse patient population and proof "
        + "that you handle pressure and complexity."),
    AdviceRule(
      "interview.thank-you", .interviews, .action(.interviews, rank: 3), .afterInterview,
      when: { $0.decision != nil },
      "After each interview, send a sincere thank-you email that names something specific."),
    AdviceRule(
      "interview.letter-of-interest", .interviews, .action(.interviews, rank: 4), .afterInterview,
      when: { $0.decision != nil },
      "Later in the season, send a well-made letter of interest to your top few programs, unless "
        + "they discourage it: your genuine interest, one or two things from the day that "
        + "stayed with you, and any update (a publication, a Step 2 CK score, a new role) in a "
        + "line."),
    AdviceRule(
      "interview.nrmp-rules", .interviews, .note, .afterInterview,
      when: { $0.decision != nil },
      "Follow NRMP rules: never ask a program how it will rank you, and never promise what you "
        + "cannot deliver."),
    AdviceRule(
      "interview.commitments", .interviews, .note, .screening,
      when: { $0.decision != nil },
      "Under NRMP rules programs may not ask you for commitments either, and there is no "
        + "evidence that letters of intent change rank positions."),
  ]
}
