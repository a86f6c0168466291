extension AdviceRule {
  /// The unforced errors that hurt more than the score, where they apply to this profile.
  static let mistakeRules: [AdviceRule] = [
    AdviceRule(
      "mistake.mass-email", .mistakes, .note, .mistakes,
      when: { $0.isReachingOut || $0.isIMG },
      "Copy-paste emails sent to 80+ programs, with the template showing."),
    AdviceRule(
      "mistake.subject-line", .mistakes, .note, .mistakes,
      when: { $0.isEmailing },
      "A subject line that headlines the weakness (\"Explanation of my Step 1 score\")."),
    AdviceRule(
      "mistake.health-details", .mistakes, .note, .mistakes,
      when: { $0.isEmailing || (($0.profile.hardship ?? .none) != .none && $0.hasScoreConcern) },
      "Health or mental-health details in emails: that information is sensitive; do not hand it "
        + "around."),
    AdviceRule(
      "mistake.score-over-strengths", .mistakes, .note, .mistakes,
      when: { $0.hasScoreConcern },
      "More words on the score than on your clinical performance and fit: it is one line of the "
        + "application, not the whole story."),
    AdviceRule(
      "mistake.therapist", .mistakes, .note, .mistakes,
      when: { $0.isEmailing },
      "Writing to program directors as if they were therapists rather than employers."),
    AdviceRule(
      "mistake.empty-promises", .mistakes, .note, .goodEmail,
      when: { $0.isEmailing },
      "Empty promises (\"I know I can do better\"), paragraphs about anxiety or test-day "
        + "disasters, and anything that sounds desperate."),
    AdviceRule(
      "mistake.apology-follow-up", .mistakes, .note, .faqBadEmail,
      when: { $0.hasScoreConcern },
      "If a bad explanation email is already out, do not chase it with an apology: tighten the "
        + "statement, strengthen the letters, finish a broad list, prepare for interviews, and "
        + "let a mentor who knows that program director reframe things positively."),
  ]
}
