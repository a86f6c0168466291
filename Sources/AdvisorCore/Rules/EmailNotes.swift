extension AdviceRule {
  /// Notes that qualify the email decision: limits, exceptions and the FAQs that bear on it.
  static let emailNotes: [AdviceRule] = [
    AdviceRule(
      "email.retake-first", .email, .note, .redemptionExam,
      when: { $0.facts.hasStandingFailure },
      "Your most recent attempt is a fail, so the first job is passing the retake, fully "
        + "prepared; outreach can wait until there is a pass to show."),
    AdviceRule(
      "email.step2-pending", .email, .note, .redemptionExam,
      when: { $0.isYes(.anyFailure) && $0.facts.step2Ahead && !$0.facts.hasStandingFailure },
      "Once Step 2 CK is in, a clear rebound would turn this into a brief targeted email, or a "
        + "call from someone who knows you where you have ties."),
    AdviceRule(
      "email.trajectory", .email, .note, .programsRead,
      when: { $0.isYes(.anyFailure) && $0.isYes(.clearImprovement) },
      "Programs weigh the pattern and direction of your scores more than any single result: a "
        + "failure followed by a clear improvement on a later exam reads as a red flag that has been "
        + "answered."),
    AdviceRule(
      "email.program-questions", .email, .note, .programsRead,
      when: { $0.hasScoreConcern },
      "Behind a low score, program directors wonder three things: will you pass boards on time, "
        + "will in-training exams (and their accreditation numbers) suffer, and does the score "
        + "point to work habits or to one bad day. Whatever you write should answer those."),
    AdviceRule(
      "email.filters", .email, .note, .programsRead,
      when: { $0.profile.missesStatedCutoff || $0.isNo(.aboveCutoffs) }
    ) { context in
      // A minimum the applicant said they miss is named: on a failure's branch the decision
      // never reads it, and this note is where the advice takes it up.
      (context.profile.missesStatedCutoff
        ? "A program that states a minimum you miss may screen you out automatically, as many "
          + "programs screen on Step 2 CK or a combined threshold; "
        : "Many programs screen automatically on Step 2 CK or a combined threshold; ")
        + "no email gets an application past that filter."
    },
    AdviceRule(
      "email.step1-pass-fail", .email, .note, .faqPassFail,
      when: { context in
        let step1 = context.profile.step1
        return step1.outcome == .pass && step1.score == nil && step1.attempts == 1
          && context.isNo(.anyFailure) && context.isYes(.aboveCutoffs)
          && !context.isYes(.bigMismatch) && !context.profile.missesStatedCutoff
          && context.profile.step2ck.passingScore != nil
      },
      "With a pass-only Step 1 and a Step 2 CK above many programs' floors there is nothing to "
        + "explain by email: the "
        + "weight has moved to Step 2 CK, to clerkship grades and to the narrative comments."),
    AdviceRule(
      "email.multiple-failures", .email, .note, .snapshot,
      when: { context in
        // A retake still pending is no failure yet: failed once, awaiting the second, is one.
        Exam.allCases.contains { context.profile[$0].failedAttempts >= 2 }
      },
      "The sources speak of a single failed attempt. With more than one, take this advice as "
        + "the closest fit, expect programs to weigh the pattern more heavily, and lean hardest "
        + "on what shows the turnaround: the later scores, clinical work and a faculty advocate."),
    AdviceRule(
      "email.nothing-new", .email, .note, .whenNotToEmail,
      when: { $0.decision == .staySilent },
      "An email earns its place only with something new. \"I studied hard but the exam was "
        + "tough\", a plea to make them feel better, or a rerun of your personal statement adds "
        + "nothing."),
    AdviceRule(
      "email.hypercompetitive", .email, .note, .whenNotToEmail,
      when: { $0.sensitivity == .extremelyHigh },
      "Programs that draw 3000+ applications do not decide on whether you wrote to them; the "
        + "numbers and filters do. Spend the energy on realistic targets."),
    AdviceRule(
      EmailAdvice.limitRule, .email, .note, .faqHowManyEmails,
      // The count is of emails the applicant sends; a mentor's calls are not counted so.
      when: { $0.isEmailing }
    ) { context in
      let range = ScoreThresholds.emailTargets
      // An IMG writes only where a real connection is: the count is an upper bound, not a goal.
      let which =
        context.isIMG
        ? "only the programs where you have a real connection, and never more than "
          + "\(range.lowerBound)-\(range.upperBound), never 50"
        : "\(range.lowerBound)-\(range.upperBound) programs at most, never 50: places with a "
          + "geographic tie, a rotation, realistic odds or a genuine program-specific reason"
      return "Keep it to \(which). Each extra email makes every one of them read as more generic."
    },
    AdviceRule(
      "email.cutoff-skip", .email, .note, .snapshot,
      when: { context in
        context.profile.missesStatedCutoff
          && (context.decision == .targetedEmail || context.decision == .facultyContact)
          && context.isYes(.anyFailure)
      },
      "Leave out programs whose stated cutoff you miss unless you have a strong hook there."),
    AdviceRule(
      "email.img-discipline", .email, .note, .faqIMG,
      when: { $0.isIMG }
    ) { context in
      // The FAQ's "a few emails can help" is said only where the decision leaves emails to the
      // applicant: beside "stay silent" it read as a way around the decision (tester Priya).
      let emails =
        context.decision.map { $0.involvesApplicantEmail } != false
        ? "; a few emails where you have a real connection can help." : "."
      return "As an IMG, write less, not more: programs that screen out IMGs will not change "
        + "their filters for an email. Your levers are IMG-friendly programs, hands-on US "
        + "clinical experience, strong letters and faculty advocates" + emails
    },
    AdviceRule(
      "email.resolved-context", .email, .note, .whenToEmail,
      when: { $0.profile.hardship == .resolved && $0.hasScoreConcern },
      "Give the event one factual sentence that shows it is over: context, not an excuse, and "
        + "no medical or family detail."),
    AdviceRule(
      "email.ongoing-situation", .email, .note, .whenToEmail,
      when: { $0.profile.hardship == .ongoing && $0.hasScoreConcern },
      "While the situation behind the score is still going on, do not raise it with programs; "
        + "ask your dean's office how the MSPE should present it, and keep health details "
        + "private."),
    AdviceRule(
      "email.statement-first", .email, .note, .faqStatementOrEmail,
      when: { $0.decision == .staySilent && $0.hasScoreConcern },
      "When unsure, explain in the personal statement rather than by email: it is safer, you "
        + "control it, and reviewers will read it with the file."),
  ]
}
