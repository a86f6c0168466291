import AdvisorCore
import AdvisorText

/// The answers to "how many programs should I apply to?", "am I screwed?" and "did I fail?",
/// from this applicant's advice and profile.
extension PersonalAnswer {
  /// The program count in this applicant's plan, or that the sources give none for them; for a
  /// specialty the question names other than their own, the count the core gives this profile
  /// in that specialty, said as such ("If you applied in Dermatology").
  static func applyCount(_ advice: Advice, named: Specialty? = nil) -> TextDocument? {
    let (shown, lead) = inSpecialty(named, advice)
    guard
      let item = shown.items(.programs).first(where: {
        $0.rule == "programs.count" || $0.rule == "programs.count-unsourced"
      })
    else { return nil }
    return TextDocument([.paragraph(lead + "\(item.text) \(AdviceCard.tag(item.source))")])
  }

  /// The advice the core gives this profile in the specialty a question names, when it is not
  /// the applicant's own, with the lead that says so ("For you, if you applied in Pediatrics: ");
  /// otherwise the applicant's own advice and "For you: ". Never stored.
  private static func inSpecialty(_ named: Specialty?, _ advice: Advice) -> (Advice, String) {
    guard let named, named != advice.profile.specialty else { return (advice, "For you: ") }
    return (
      advice.whatIf { $0.specialty = named }, "For you, if you applied in \(named.displayName): "
    )
  }

  /// The outlook in each specialty a question weighs ("is obgyn realistic or should i switch to
  /// fm"), in the order named.
  static func outlook(_ advice: Advice, named: Specialty?, or other: Specialty?) -> TextDocument? {
    guard let other else { return outlook(advice, named: named) }
    let blocks = [named, other].compactMap { outlook(advice, named: $0) }.flatMap(\.blocks)
    return blocks.isEmpty ? nil : TextDocument(blocks)
  }

  /// When to submit the application: not in the sources, said plainly; then what the plan says
  /// while a result is awaited, or the plan's decision.
  static func applicationTiming(_ advice: Advice) -> TextDocument {
    var lines = [
      "The sources don't cover when to apply (this cycle or a later one), when to submit, or "
        + "whether to wait for a score first; settle that with your dean's office or an advisor "
        + "who knows the cycle."
    ]
    if let exam = advice.awaiting.first {
      lines.append(
        "What they do say while your \(exam.displayName) result is awaited is about emailing "
          + "programs, not applying: every branch of the email decision waits on it "
          + "\(AdviceCard.tag(.flowchart)).")
    } else if let decision = advice.email.decision {
      lines.append("On emailing programs, your plan is to \(DecisionWording.action(decision)).")
    }
    return TextDocument([.paragraph("For you: " + lines.joined(separator: " "))])
  }

  /// Whether this applicant needs a visa, as the applicant type on record says: an
  /// international graduate who needs one can match only where a program sponsors it; a
  /// US-citizen IMG needs none. Nil for a US MD or DO graduate or an unknown type, where the
  /// profile does not say.
  static func visa(_ profile: Profile) -> TextDocument? {
    let source = AdviceCard.tag(.usIMGAdvantages)
    let text: String
    switch profile.applicant {
    case .nonUSIMG?:
      text =
        "For you: yes. You're on record as an international graduate who needs a visa, which "
        + "narrows the programs you can realistically target to those that sponsor one (J-1 or "
        + "H-1B): check sponsorship first when you build the list. \(source)"
    case .usIMG?:
      text =
        "For you: no. You're on record as a US citizen or permanent resident, so no program "
        + "has to sponsor you, which the Boston guide counts among US-citizen IMGs' advantages. "
        + "\(source)"
    default: return nil
    }
    return TextDocument([.paragraph(text)])
  }

  /// Where this applicant stands: the specialty's sensitivity to low scores, where the score
  /// sits against programs' floors, the backups, and the email decision, each with its source;
  /// nil until any is known. A specialty the question names other than the applicant's own is
  /// answered from the advice for this profile in that specialty, said as such ("If you applied
  /// in Pediatrics"), without the plan, which stays the applicant's own.
  static func outlook(_ advice: Advice, named: Specialty? = nil) -> TextDocument? {
    let (shown, lead) = inSpecialty(named, advice)
    let isOwn = named == nil || named == advice.profile.specialty
    var lines: [String] = []
    // A failure on record comes first: programs look at it before any score.
    if let failure = shown.email.steps.first(where: {
      $0.rule == "check.any-failure" && $0.answer && !$0.assumed
    }) {
      lines.append(failure.explanation + " " + AdviceCard.tag(failure.source))
    }
    if let specialty = shown.specialty.specialty {
      let benchmarks = ScoreThresholds.benchmarks(for: specialty)
      lines.append(
        "In \(specialty.displayName), sensitivity to low scores is "
          + "\(benchmarks.sensitivityDescription). "
          + AdviceCard.tag(benchmarks.sensitivitySource))
    }
    // Where the score stands against programs' floors, and each backup, as the advice says it.
    let standing = notes(floorRules, in: shown) + shown.specialty.backups.map(\.reason)
    lines += standing.map(cited)
    // Bound for Boston or Massachusetts ("is boston realistic"): the plan's own way in.
    if isOwn { lines += notes(regionRules, in: advice).map(cited) }
    // "What are my chances": how often applicants of this one's own kind match (the table
    // beside it has every kind); not for a specialty asked about, which the rate is not.
    if named == nil { lines += notes(["programs.match-rates"], in: advice).map(cited) }
    if isOwn, let decision = advice.email.decision {
      lines.append("Your plan is to \(DecisionWording.action(decision)); /advice shows every step.")
    }
    guard !lines.isEmpty else { return nil }
    return TextDocument([.paragraph(lead + lines.joined(separator: " "))])
  }

  /// The decision the core makes for this profile with the retake's result as asked (a score,
  /// read against the pass mark in force, which is said with its source; no score for a fail),
  /// beside the plan as it stands; nil when no exam awaits its result or needs a retake.
  ///
  /// - Parameter named: the exam the question names, when it is one awaiting a retake.
  static func retakeResult(_ score: Int?, exam named: Exam?, advice: Advice) -> TextDocument? {
    let profile = advice.profile
    // An exam to retake, or one sat and awaiting its score ("what if ck comes back 232").
    let retaken = Exam.allCases.filter {
      profile[$0].outcome == .fail || profile[$0].outcome == .pending
    }
    // An exam named that awaits nothing is no other exam's question ("what if ck comes back
    // 240" with Step 1 failed and Step 2 CK not taken).
    guard let exam = named.map({ retaken.contains($0) ? $0 : nil }) ?? retaken.first else {
      return nil
    }
    let held = profile[exam]
    let mark = ScoreThresholds.step2PassMark
    let passes = score.map { exam == .step1 || $0 >= mark.value } ?? false
    let retake = StepResult(
      outcome: passes ? .pass : .fail, score: score,
      attempts: held.outcome == .fail
        ? (held.attempts ?? 1) + 1 : held.attempts ?? (held.hasFailure == true ? 2 : 1))
    let then = advice.whatIf { $0[exam] = retake }
    let result =
      score.map { score in
        exam == .step1
          ? "with \(score)"
          : "with \(score) (a \(passes ? "pass" : "fail") against the \(mark.value) pass mark "
            + "\(AdviceCard.tag(mark.basis.source)))"
      } ?? "as a fail"
    let sitting = held.hasFailure == true ? "retake" : "result"
    var lines = ["If your \(exam.displayName) \(sitting) comes back \(result),"]
    if let decision = then.email.decision {
      lines.append("your plan would be to \(DecisionWording.action(decision)).")
      lines += then.email.headline.map(cited)
    } else {
      lines.append(
        "the decision would then wait on "
          + then.email.needed.map { $0.displayName(in: then.profile) }.joinedAsList()
          + ".")
    }
    if let decision = advice.email.decision {
      lines.append("As things stand, your plan is to \(DecisionWording.action(decision)).")
    }
    return TextDocument([.paragraph("For you: " + lines.joined(separator: " "))])
  }

  /// The first steps of this applicant's plan, in its order, each with its source; while the
  /// plan has none, that they follow from the answers still to come.
  static func nextSteps(_ advice: Advice) -> TextDocument {
    let steps = advice.plan.prefix(PlanSummary.stepCount)
    guard !steps.isEmpty else {
      return TextDocument([
        .paragraph(
          "Your next steps follow from your results, and I don't have enough of them yet: "
            + "answer my questions and the plan builds as you go (/advice shows it).")
      ])
    }
    var document = TextDocument([.paragraph("For you, first:")])
    for (index, item) in steps.enumerated() {
      document.append(.numbered(index + 1, item.text + " " + AdviceCard.tag(item.source)))
    }
    document.append(.paragraph("/advice shows the whole plan, in order."))
    return document
  }

  /// How realistic a backup is for this applicant, as the advice judges its backups: the one
  /// named (judged as if added to the backups, said as such), else those on record; nil when
  /// none is named or known.
  static func backup(_ advice: Advice, named: Specialty?) -> TextDocument? {
    let profile = advice.profile
    let asked = named.map { [$0] } ?? profile.backupSpecialties
    guard !asked.isEmpty, named != profile.specialty || named == nil else { return nil }
    let added = asked.filter { !profile.backupSpecialties.contains($0) }
    let judged = added.isEmpty ? advice : advice.whatIf { $0.backupSpecialties += added }
    let reasons = judged.specialty.backups.filter { asked.contains($0.specialty) }.map(\.reason)
    guard !reasons.isEmpty else { return nil }
    let lead = added.isEmpty ? "For you: " : "For you, if you added it as a backup: "
    return TextDocument([.paragraph(lead + reasons.map(cited).joined(separator: " "))])
  }

  /// Where this applicant's plan addresses a failure: the application's own steps on the score,
  /// then what the email decision makes of an email; nil without a failure on record or before
  /// the decision.
  static func failureInApplication(_ advice: Advice) -> TextDocument? {
    guard let decision = advice.email.decision,
      Exam.allCases.contains(where: { advice.profile[$0].hasFailure == true })
    else { return nil }
    var lines = notes(applicationRules, in: advice).map(cited)
    lines.append(
      decision.involvesApplicantEmail
        ? "In an email, your plan is to \(DecisionWording.action(decision)): the failure is said "
          + "once, plainly, then the evidence that answers it. "
          + AdviceCard.tag(Source.goodEmail)
        : "In emails, nothing: your plan is to \(DecisionWording.action(decision)).")
    return TextDocument([.paragraph("For you: " + lines.joined(separator: " "))])
  }

  /// The plan's steps on addressing the score inside the application.
  private static let applicationRules: Set<String> = [
    ScoreInApplication.explainRule, ScoreInApplication.showClimbRule,
    "address.institutional-field", "address.mspe",
  ]

  /// Whether this applicant's plan calls for a backup specialty: the decision's own reason
  /// when it asks for one, the specialty's backup steps, and the backups on record as judged;
  /// or, once the specialty and score are known, that nothing in the plan calls for one.
  static func needBackup(_ advice: Advice) -> TextDocument? {
    let profile = advice.profile
    guard let specialty = profile.specialty, profile.step2ck.score != nil else { return nil }
    let reasons =
      advice.email.reasons.filter { DecisionRule.bigGapRules.contains($0.rule) }
      + notes(backupRules, in: advice)
    // The backups on record, as the advice judges them.
    let judged = advice.specialty.backups.filter {
      profile.backupSpecialties.contains($0.specialty)
    }
    .map(\.reason)
    var lines: [String]
    if !reasons.isEmpty {
      lines = ["Yes: your plan calls for one."] + reasons.map(cited)
    } else if advice.email.decision == nil {
      // Before the decision, a big gap that calls for one may still come.
      guard let needs = needsFirst(advice) else { return nil }
      lines = [
        "that is not decided yet: whether your plan calls for a backup turns on the same "
          + "answers as the email decision, and " + needs
      ]
    } else if advice.email.steps.first(where: { $0.rule == Condition.bigMismatch.rawValue })?
      .answer == false
    {
      // "Neither" only where the decision weighed the gap to the specialty's norms.
      lines = [
        "Nothing in your plan calls for one. The sources ask for a backup plan when a score "
          + "sits far below a specialty's norms, or in the fields that weigh scores most, and "
          + "\(specialty.displayName) with your score is neither. "
          + AdviceCard.tag(Source.snapshot) + " " + AdviceCard.tag(Source.realityCheck)
          + " A backup is still yours to choose."
      ]
    } else {
      // A path that never weighed the gap (a failure without a rebound) leaves it unsettled.
      lines =
        [
          "Nothing in your plan calls for one, but that is no verdict on your score: the plan's "
            + "decision turns on the failure and never weighs how far your score sits from "
            + "\(specialty.displayName)'s norms. Where it stands:"
        ] + notes(floorRules, in: advice).map(cited) + ["A backup is yours to weigh with that."]
    }
    lines += judged.map(cited)
    let lead = advice.email.decision == nil && reasons.isEmpty ? "For you, " : "For you: "
    return TextDocument([.paragraph(lead + lines.joined(separator: " "))])
  }

  /// The plan's steps on getting into a region the guide writes for (Massachusetts), after
  /// where the score stands against Boston's academic screens ("is boston realistic for me":
  /// "below that band: those programs are reaches at best").
  private static let regionRules: Set<String> = regionalScreenRules.union([
    "programs.massachusetts-first", "specialty.boston-backup",
  ])

  /// The plan's steps on a backup specialty.
  private static let backupRules: Set<String> = [
    "specialty.backup-plan", "specialty.boston-backup",
  ]

  /// What this applicant's plan says of a faculty member reaching out: the decision, then the
  /// plan's own step or note on an advocate, each with its source; nil before a decision.
  static func advocateCall(_ advice: Advice) -> TextDocument? {
    guard let decision = advice.email.decision else {
      // Who reaches out follows the email decision: what it waits on, and who is on record.
      guard let needs = needsFirst(advice) else { return nil }
      let advocate =
        switch advice.profile.has(.facultyAdvocate) {
        case true?: " A faculty advocate is on record for you."
        case false?:
          " No faculty advocate is on record for you; tell me if someone has offered to speak up."
        case nil: ""
        }
      return TextDocument([
        .paragraph(
          "For you, that is not decided yet: who reaches out follows the email decision, and "
            + needs + advocate)
      ])
    }
    var lines = ["Your plan is to \(DecisionWording.action(decision))."]
    // When: what the decision waits on, as its own reasons say ("now or after the retake").
    lines += advice.email.reasons.filter { timingRules.contains($0.rule) }.map(cited)
    let said = notes(advocateRules, in: advice)
    if said.isEmpty {
      lines.append(
        "No faculty advocate is on record for you, so any email is yours to write. The "
          + "sources' advocate is an influential faculty member who knows your work "
          + "\(AdviceCard.tag(Source.whenToEmail)); I don't count a relative's or a resident's "
          + "word as one. Tell me if a faculty member has offered to speak up.")
    }
    // "Call or email?": the channels' relative impact, as the plan gives it.
    lines += (said + notes([channelImpactRule], in: advice)).map(cited)
    return TextDocument([.paragraph("For you: " + lines.joined(separator: " "))])
  }

  /// The advice's steps and notes on a faculty member speaking for the applicant.
  private static let advocateRules: Set<String> = [
    "channel.faculty", "channel.advocate-support",
  ]
  /// The decision's reasons that say when outreach may start.
  private static let timingRules: Set<String> = ["email.retake-first", "email.step2-pending"]
  /// The advice's note on how much each channel weighs (a call, an email, whose).
  private static let channelImpactRule = "channel.hierarchy"

  /// What to say of the event behind the score, as this applicant's advice says it: nil until
  /// the event is on record as resolved or ongoing.
  static func event(_ advice: Advice) -> TextDocument? {
    let said = notes(eventRules, in: advice)
    guard !said.isEmpty else {
      // No event on record: what the plan would say either way, from the core, and whether it
      // is behind them asked, rather than the entry for a resolved event read as theirs.
      if let (resolved, ongoing) = eventEitherWay(advice) {
        return TextDocument([
          .paragraph(
            "For you, that depends on whether it is behind you. If it is: "
              + resolved.map(cited).joined(separator: " ") + " If it is still going on: "
              + ongoing.map(cited).joined(separator: " "))
        ])
      }
      // No event on record, and a plan in which the applicant writes nothing: nothing to tell.
      guard let decision = advice.email.decision, !decision.involvesApplicantEmail else {
        return nil
      }
      return TextDocument([
        .paragraph(
          "For you: your plan is to \(DecisionWording.action(decision)), so you send programs no "
            + "email in which to explain an event. Keep health and family details out of "
            + "everything you send \(AdviceCard.tag(.mistakes)).")
      ])
    }
    return TextDocument([
      .paragraph(
        "For you, as the email article puts it for what programs read: "
          + said.map(cited).joined(separator: " "))
    ])
  }

  /// With no event on record, the plan's notes on one if it were resolved and if it were still
  /// going on, when the plan has an email that either would shape; nil otherwise. (Whether it
  /// is behind them is then asked.)
  static func eventEitherWay(_ advice: Advice) -> (resolved: [Reason], ongoing: [Reason])? {
    guard advice.profile.hardship == nil,
      advice.email.decision.map(\.involvesApplicantEmail) != false
    else { return nil }
    let resolved = notes(eventRules, in: advice.whatIf { $0.hardship = .resolved })
    let ongoing = notes(eventRules, in: advice.whatIf { $0.hardship = .ongoing })
    return resolved.isEmpty || ongoing.isEmpty ? nil : (resolved, ongoing)
  }

  /// The advice's notes on the event behind the score.
  private static let eventRules: Set<String> = [
    "email.resolved-context", "email.ongoing-situation",
  ]

  /// The Step 2 CK result on record, or what the pass marks make of the number asked about
  /// (one on record included): a pass from 218, a fail under 214, and in between, the date of
  /// the sitting decides.
  /// A program's stated minimum set against the applicant's Step 2 CK; nil while it is not
  /// known (the entry on stated cutoffs then answers alone).
  static func statedCutoff(_ cutoff: Int, advice: Advice) -> TextDocument? {
    guard let score = advice.profile.step2ck.score else { return nil }
    let text =
      score < cutoff
      ? "Your Step 2 CK \(score) is below \(cutoff): a program that states \(cutoff) as its "
        + "minimum is one whose cutoff you don't meet \(AdviceCard.tag(.snapshot))."
      : "Your Step 2 CK \(score) meets a stated minimum of \(cutoff), so that cutoff is no reason "
        + "to email: above a program's floor, the exact number matters less than people think, "
        + "outside the most competitive specialties \(AdviceCard.tag(.programsRead))."
    // Heard of, not yet on record: what would put it there, since it can change the plan.
    let open =
      score < cutoff && advice.profile.cutoffUnmet == nil
      ? " I haven't recorded a missed cutoff: if a program you are applying to states it, say "
        + "\"yes, a program I'm applying to requires \(cutoff)\"." : ""
    return TextDocument([.paragraph(text + open)])
  }

  /// Whether a connection asked about counts, and what the sources make of that kind.
  static func counts(_ connection: Connection, advice: Advice) -> TextDocument {
    let named =
      "a geographic tie, a rotation or a faculty connection at a program is what the email "
      + "article names as making an email there worth considering \(AdviceCard.tag(.whenToEmail))"
    let text =
      switch connection {
      case .geographicTie:
        "Yes: family or a partner in the area, or where you grew up or studied, is what I count "
          + "as a geographic tie, and \(named). The Boston guide also lists family among the concrete reasons to give for wanting to train "
          + "in a region \(AdviceCard.tag(.interviewPrep))."
      case .rotation:
        "Yes: a rotation at a program is a connection to that program (it helps where you "
          + "apply there); \(named)."
      case .facultyAdvocate:
        "Yes: a faculty member who would speak up for you is a connection, and the strongest "
          + "channel: a call or email from them counts for more than one from you "
          + "\(AdviceCard.tag(.channel))."
      case .alumni:
        "I note alumni at a program as a connection, but the sources do not count them: \(named)."
      }
    // "Worth considering" is the article's general word; with the connection already on record,
    // this applicant's own plan is said beside it, so the two do not read as contradicting.
    guard advice.profile.connections?.contains(connection) == true, let plan = withPlan(advice)
    else { return TextDocument([.paragraph(text)]) }
    return TextDocument([.paragraph(text + " It is on record for you" + plan + ".")])
  }

  /// Family in one place, asked about programs in another: a tie where the family is, and for
  /// the other place only if it is the same area, which the sources give no distance for.
  static func tieElsewhere(family: String, programs: String) -> TextDocument {
    TextDocument([
      .paragraph(
        "Family in \(family) is a tie for programs in and around \(family): family in the "
          + "area is what the email article names \(AdviceCard.tag(.whenToEmail)). "
          + elsewhere(family, programs, what: "family there"))
    ])
  }

  /// A rotation in one place, asked about programs in another: a connection to the program
  /// where it was, not to programs elsewhere.
  static func rotationElsewhere(rotation: String, programs: String) -> TextDocument {
    TextDocument([
      .paragraph(
        "A rotation is a connection to the program where you did it: your \(rotation) rotation "
          + "counts with that program \(AdviceCard.tag(.whenToEmail)), not with a program in "
          + "\(programs), where you did not rotate, however near the two are. What it can give you "
          + "for every program is a letter from the attendings who saw your work, and letters "
          + "weigh more when scores are weaker \(AdviceCard.tag(.letters)).")
    ])
  }

  /// What a tie in `place` is for programs in `programs`, as plainly as the gazetteer allows:
  /// a city in another state than the one asked about is said to be so; otherwise whether the
  /// two are one area is left to the user, as the sources give no distance.
  private static func elsewhere(_ place: String, _ programs: String, what: String) -> String {
    let state = Gazetteer.state(of: place)
    if let state, Gazetteer.states.contains(programs), state != programs {
      return "\(place) is in \(state), not \(programs): \(what) is no tie to \(programs) "
        + "programs unless one is close to \(place), so do not name it there."
    }
    return "For programs in \(programs) \(what) counts only if \(programs) is the same area, "
      + "and the sources give no distance to judge that by: name it in an email only where it "
      + "is true; it does not count for \(programs) by itself."
  }

  /// ", and your plan with that is to …", said beside what is on record; nil before a decision.
  private static func withPlan(_ advice: Advice) -> String? {
    advice.email.decision.map { ", and your plan with that is to " + DecisionWording.action($0) }
  }

  /// Whether a hook is on record, and the plan with it; nil until the hook is known (the entry
  /// on what makes a hook then answers alone).
  static func hookOnRecord(_ advice: Advice) -> TextDocument? {
    guard let hook = advice.profile.hook else {
      // A rotation on record with the hook still open: what would make it one.
      guard advice.profile.has(.rotation) == true else { return nil }
      return TextDocument([
        .paragraph(
          "For you: a rotation is on record, and it is a hook there when the program gave you "
            + "strong informal feedback \(AdviceCard.tag(.whenToEmail)). If it did (the PD or "
            + "the team praised your work), tell me and I'll count it.")
      ])
    }
    let held =
      hook
      ? "a strong program-specific hook is on record for you"
      : "no strong program-specific hook is on record for you"
    return TextDocument([
      .paragraph("For you: " + held + (withPlan(advice) ?? "") + ". Tell me if that is wrong.")
    ])
  }

  /// The plan's answer about the score at interview, with the results on record it can rest
  /// on (the exams, and strong clinical results when said); nil when the plan has none.
  static func interviewAnswer(_ advice: Advice) -> TextDocument? {
    let said = notes(interviewRules, in: advice)
    guard !said.isEmpty else { return nil }
    let profile = advice.profile
    var facts = Exam.allCases.map(\.slot).filter(profile.isKnown).map {
      ProfileSummary.value(of: $0, in: profile)
    }
    if profile.clinicalEvidence == true {
      facts.append(ProfileSummary.value(of: .clinicalEvidence, in: profile))
    }
    let onRecord =
      facts.isEmpty
      ? "" : " What you told me that it can rest on: " + facts.joined(separator: "; ") + "."
    return TextDocument([
      .paragraph("For you: " + said.map(cited).joined(separator: " ") + onRecord)
    ])
  }

  /// The plan's steps on answering about the score at interview.
  private static let interviewRules: Set<String> = [
    "address.interview-answer", "interview.red-flag-answer",
  ]

  /// What counts as a connection, for a question that names no one kind the advisor can tell
  /// ("does my college roommate being a resident there count?", "is that a tie?").
  static func whatCounts() -> TextDocument {
    TextDocument([
      .paragraph(
        "I count four kinds of connection to a program: family in the area (a geographic tie), "
          + "a rotation there, a faculty member there who would speak for you, and alumni. The "
          + "first three are what the email article names as making an email there worth "
          + "considering \(AdviceCard.tag(.whenToEmail)). Someone you know there in another "
          + "role, a friend who is a resident say, is none of these by itself, though they can "
          + "tell you how the program views applicants like you, which the Boston guide "
          + "suggests asking \(AdviceCard.tag(.imgFriendly)).")
    ])
  }

  /// An observership is no tie by itself (said to the connections question and when asked).
  static let observershipNote =
    "An observership is not hands-on, so I don't count it as a tie by itself, though it can "
    + "lead to a letter and contacts \(AdviceCard.tag(.faqObservership))"

  /// A place is no tie by itself: what links the applicant to it is.
  static func placeAsTie(_ place: String) -> TextDocument {
    TextDocument([
      .paragraph(
        "\(place) is a tie through what links you to it: family or a partner there, or having "
          + "grown up or studied there (what I count as a geographic tie), a rotation there, or a "
          + "faculty member there who would speak for you. Those are the connections the email "
          + "article names as making an email worth "
          + "considering \(AdviceCard.tag(.whenToEmail)).")
    ])
  }

  static func result(_ advice: Advice, asked: Int? = nil) -> TextDocument? {
    let step = advice.profile.step2ck
    let former = ScoreThresholds.step2FormerPassMark
    let current = ScoreThresholds.step2PassMark
    let tag = AdviceCard.tag(current.basis.source)
    let own = asked == nil || asked == step.score
    // Where a score stands against the two pass marks, with their source.
    func marks(_ score: Int, _ subject: String) -> String {
      switch ScoreThresholds.step2Outcome(ofBareScore: score) {
      case .pass?:
        "\(subject) is a pass under both pass marks (\(current.value) since July 2025, "
          + "\(former.value) before). \(tag)"
      case nil:
        "\(subject) passed under the pass mark used until July 2025 (\(former.value)) but not "
          + "under the one since (\(current.value)): it depends on when you sat it. \(tag)"
      default:
        "\(subject) is under both pass marks (\(former.value) before July 2025, "
          + "\(current.value) since): a fail. \(tag)"
      }
    }
    let text: String
    if own, let outcome = step.outcome, outcome == .pass || outcome == .fail {
      let verdict = outcome == .pass ? "a pass" : "a fail"
      // The result on record, and what the pass marks make of its score, said with their source.
      let standing = step.score.map { " " + marks($0, "A Step 2 CK of \($0)") } ?? ""
      text =
        "What I have: Step 2 CK "
        + ProfileSummary.bareValue(of: .step2ck, in: advice.profile)
        + ": \(verdict).\(standing) Tell me if that is wrong."
    } else if let score = asked ?? step.score {
      text = marks(score, own ? "Your Step 2 CK of \(score)" : "A Step 2 CK of \(score)")
    } else {
      return nil
    }
    return TextDocument([.paragraph(text)])
  }

}
