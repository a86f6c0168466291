import AdvisorCore
import AdvisorText

/// The answer to a ``PersonalQuestion`` from this applicant's advice: the decision, its reason
/// and its source, read from the advice and never re-derived. Nil when the profile cannot answer
/// it yet (the general entry then answers alone).
enum PersonalAnswer {
  /// The answer for this applicant.
  ///
  /// - Parameter lead: how the entry that follows is introduced; nil when none follows and the
  ///   personal answer stands alone.
  static func document(
    _ question: PersonalQuestion, advice: Advice, lead: Lead? = .general
  ) -> TextDocument? {
    let document: TextDocument? =
      switch question {
      case .shouldEmail: emailDecision(advice, prefix: "For you")
      case .emailCount(let every): emailCount(advice, every: every)
      case .whyDecision: emailDecision(advice, prefix: "Your plan")
      case .isScoreLow(let asked, let named): scoreLevel(asked, specialty: named, advice: advice)
      case .step1Level(let asked): step1Level(asked, advice: advice)
      case .applyCount(let named): applyCount(advice, named: named)
      case .outlook(let named, let other): outlook(advice, named: named, or: other)
      case .didIPass(let asked): result(advice, asked: asked)
      case .statedCutoff(let cutoff): statedCutoff(cutoff, advice: advice)
      case .countsAsConnection(let connection):
        connection.map { counts($0, advice: advice) } ?? whatCounts()
      case .placeAsTie(let place): placeAsTie(place)
      case .tieElsewhere(let family, let programs): tieElsewhere(family: family, programs: programs)
      case .rotationElsewhere(let rotation, let programs):
        rotationElsewhere(rotation: rotation, programs: programs)
      case .observershipAsTie: TextDocument([.paragraph(observershipNote + ".")])
      case .countsAsHook: hookOnRecord(advice)
      case .languageAsHook(let language): languageAsHook(language, advice: advice)
      case .interviewAnswer: interviewAnswer(advice)
      case .mentionEvent: event(advice)
      case .mentionFailure: failureInApplication(advice)
      case .nextSteps: nextSteps(advice)
      case .advocateCall: advocateCall(advice)
      case .backup(let named): backup(advice, named: named)
      case .needBackup: needBackup(advice)
      case .needVisa: visa(advice.profile)
      case .applicationTiming: applicationTiming(advice)
      case .uncovered(let topic): uncovered(topic, advice: advice)
      case .emailContent: emailContent(advice)
      case .estimateMeaning: estimateMeaning(advice)
      case .letterAsAdvocate: letterAsAdvocate()
      case .recall: recall(advice.profile)
      case .sourceOf(let number): source(of: number, advice: advice)
      case .retakeResult(let score, let exam): retakeResult(score, exam: exam, advice: advice)
      }
    guard var document else { return nil }
    if let lead { document.append(.paragraph(lead.text)) }
    return document
  }

  /// The number "that number" points at: the first the advisor said last that its advice uses
  /// and that is not the applicant's own score; "" when none is (the question is asked back).
  static func numberMeant(among said: [String], advice: Advice) -> String {
    let own = Set(Exam.allCases.compactMap { advice.profile[$0].score.map(String.init) })
    return said.first { !own.contains($0) && source(of: $0, advice: advice) != nil } ?? ""
  }

  /// The sentences of the advice that use `number`, each with its source; nil when none does
  /// (the entries are searched instead). With no number ("where does that number come from"
  /// with none said before), which one is asked.
  private static func source(of number: String, advice: Advice) -> TextDocument? {
    if number.isEmpty {
      return TextDocument([
        .paragraph(
          "Which number do you mean? Name it (\"where does the 220 come from?\") and I'll show "
            + "where your plan uses it, with its source.")
      ])
    }
    var seen: Set<String> = []
    let using = (advice.email.reasons + advice.items.map(\.reason)).filter { reason in
      // Numbers as written, decimals kept, a full stop after one dropped ("92.6%", "5."); not a
      // gap worked out from two others ("15 points below"), which is no use of the figure.
      let words = reason.text.split(separator: " ")
      let gaps = zip(words, words.dropFirst()).filter { $1 == "points" }.map(\.0)
      let numbers = reason.text.split { !$0.isNumber && $0 != "." }.map {
        $0.hasSuffix(".") ? $0.dropLast() : $0
      }
      return numbers.contains { $0 == number } && !gaps.contains { $0 == number }
        && seen.insert(reason.text).inserted
    }
    guard !using.isEmpty else { return nil }
    let shown = using.prefix(3).map(cited).joined(separator: " ")
    // A base figure the estimates are made from, with its own source, said first and as what
    // it is: the same number can be another figure in the plan (249 is also EM's matched
    // mean), and each sentence after names the figure it uses.
    // Not when the number is this applicant's specialty's own figure, which the plan names
    // (EM's matched mean is 249 too), unless a sentence of the plan uses the national one as
    // well: otherwise the national one would be read as what the plan meant.
    let specialtyMean = advice.profile.specialty.flatMap {
      ScoreThresholds.benchmarks(for: $0).matchedMean?.value
    }
    let base = baseFigures.first { named in
      String(named.figure.value) == number
        && (specialtyMean.map(String.init) != number
          || using.contains { reason in named.cues.contains { reason.text.contains($0) } })
    }.map { named in
      TextDocument.Block.paragraph(
        "\(named.name.prefix(1).uppercased() + named.name.dropFirst()), around 2023-24, is "
          + "\(number): a public figure from a secondary source "
          + "\(AdviceCard.tag(named.figure.basis.source)).")
    }
    let note = base == nil ? "" : " (each sentence names the figure it means)"
    return TextDocument(
      (base.map { [$0] } ?? []) + [
        .paragraph("Where your plan uses \(number)\(note): \(shown)"),
        .paragraph(
          AdviceCard.legend(for: advice)
            + " \"The advisor's estimate\" is mine, derived from the section named."),
      ])
  }

  /// The public figures the advisor's estimates are derived from, by what they are, each with
  /// the words by which a sentence of the plan names it.
  private static let baseFigures: [(name: String, cues: [String], figure: Figure)] = [
    (
      "the national standard deviation of Step 2 CK scores", ["standard deviation"],
      ScoreThresholds.standardDeviation
    ),
    (
      "the national Step 2 CK mean of all takers", ["national mean", "national Step 2 CK mean"],
      ScoreThresholds.nationalMean
    ),
  ]

  /// What the applicant has told the advisor, as the profile holds it.
  private static func recall(_ profile: Profile) -> TextDocument {
    guard profile != Profile() else {
      return TextDocument([.paragraph("You haven't told me anything about yourself yet.")])
    }
    return TextDocument([
      .paragraph(
        "What I have from you: \(ProfileSummary.line(for: profile)). /profile lists each answer; "
          + "correct any of them at any time.")
    ])
  }

  /// The question to answer, as recognised, with one refinement: "should I email every peds
  /// program in Texas?" asks about emailing every program, which the recogniser takes as
  /// "every" only when nothing else is said; the same phrases decide it here.
  /// And "should I mention that to programs?" after an event was named (in the line or
  /// before) asks about the event, which the recogniser cannot know.
  static func chosen(_ question: PersonalQuestion?, asked text: String, afterEvent: Bool = false)
    -> PersonalQuestion?
  {
    if afterEvent, question == nil || question == .shouldEmail(plain: false),
      Utterance(text).containsAny(PersonalQuestion.mentionItPhrases)
        || endsOnARelative(Utterance(text))
    {
      return .mentionEvent
    }
    guard case .shouldEmail(plain: false)? = question else { return question }
    let utterance = Utterance(text)
    let every = PersonalQuestion.table.filter { $0.0 == .emailCount(every: true) }.flatMap(\.1)
    return every.contains(where: utterance.contains) ? .emailCount(every: true) : question
  }

  /// "is ohio realistic for me": the places a question names that neither source speaks of
  /// (the Boston guide covers Boston and Massachusetts; the public figures are national), said
  /// so; nil when it names none, or only Massachusetts places. `personal` nil: a general
  /// question the knowledge base answers ("do texas programs take non us imgs").
  static func placesNotCovered(in question: String, for personal: PersonalQuestion?) -> String? {
    switch personal {
    case .outlook?, .applyCount?, nil: break
    default: return nil
    }
    let utterance = Utterance(question)
    let names = MentionRecognizer.mentions(in: utterance).compactMap { mention -> String? in
      guard mention.place != nil,
        let place = Gazetteer.places[
          utterance.tokens[mention.tokens].map(\.text).joined(separator: " ")]
      else { return nil }
      let name = Gazetteer.fullName(place)
      return RegionFocus(describing: name).isMassachusetts ? nil : name
    }
    var unique: [String] = []
    for name in names where !unique.contains(name) { unique.append(name) }
    guard !unique.isEmpty else { return nil }
    if case .applyCount? = personal {
      // "how many programs if it's only michigan": the count is not one a place was weighed in.
      return "The sources don't count the programs in \(unique.joinedAsList()), so they can't "
        + "say whether that many are there: the guide's range is for a broad list, and even "
        + "with Boston as the goal it advises applying across several states "
        + "\(AdviceCard.tag(.faqHowManyPrograms))."
    }
    return "The sources have nothing on programs in \(unique.joinedAsList()) in particular: the "
      + "Boston guide covers Boston and Massachusetts, and the public figures are national."
  }

  /// "should i mention my grandpa": a relative named last, after "mention my".
  private static func endsOnARelative(_ utterance: Utterance) -> Bool {
    let words = utterance.words
    guard words.count >= 3, Lexicon.relatives.contains(words[words.count - 1]) else {
      return false
    }
    return words.suffix(3).elementsEqual(["mention", "my", words[words.count - 1]])
  }

  /// Words naming the personal statement as where something is said.
  static let statementWords: Phrases = ["personal statement", "ps", "statement", "my essay"]

  /// The entry that answers the general form of the question for this applicant: how many
  /// programs to apply to, rather than how many to email, when the decision is not to email.
  /// - Parameter asked: the question as typed, for where it asks about ("in my personal
  ///   statement").
  static func entryID(_ question: PersonalQuestion?, advice: Advice, asked: String = "")
    -> String?
  {
    // What an email says: how a score email is built when the plan writes one; else the note
    // that only shows interest, with the score left out.
    if question == .emailContent, let decision = advice.email.decision {
      return switch decision {
      case .targetedEmail, .emailSomeRefocusList: "good-email-goal"
      case .hookOnly: "when-email-below-range-hook"
      case .facultyContact: "channel-advocate-own-email"
      case .staySilent: "email-interest-only"
      }
    }
    // Who reaches out, with an advocate on record: whether to email beside them ("should i
    // email programs now or should she" had found the entry on a bad email's repair).
    if question == .advocateCall, advice.profile.connections?.contains(.facultyAdvocate) == true {
      return "channel-advocate-own-email"
    }
    if case .emailCount(every: false)? = question,
      advice.email.decision.map({ !$0.involvesApplicantEmail }) == true
    {
      return "boston-faq-how-many-programs"
    }
    // An event still going on is kept out of what programs read: the entry on sharing health
    // details, not the one on explaining an event that is over.
    if question == .mentionEvent, advice.profile.hardship == .ongoing {
      return "mistake-oversharing-health"
    }
    // "do i mention my dad in my personal statement": where to say it, not when to email.
    if question == .mentionEvent, Utterance(asked).containsAny(statementWords) {
      return "faq-statement-or-email"
    }
    // The Boston guide's reading of "low" is for its readers, US-citizen IMGs aiming at
    // Massachusetts: anyone else gets the email article's table of how much each specialty
    // weighs scores.
    if case .isScoreLow? = question,
      advice.profile.applicant.map({ $0 != .usIMG }) == true
        || advice.profile.regionFocus.map({ !$0.isMassachusetts }) == true
    {
      return "specialty-sensitivity-overview"
    }
    // A failure still standing, or its retake still to come: passing comes first.
    if question == .mentionFailure,
      Exam.allCases.contains(where: { exam in
        let result = advice.profile[exam]
        return result.outcome == .fail || result.outcome == .pending && result.hasFailure == true
      })
    {
      return "recovery-pass-retake-first"
    }
    // A minimum the applicant meets: how programs read a score above their floor.
    if case .statedCutoff(let cutoff)? = question,
      let score = advice.profile.step2ck.score, score >= cutoff
    {
      return "programs-view-hard-screens"
    }
    return question?.entryID
  }

  /// The chat's pointer to `/why` after the decision: only the chat has the command.
  static let whyPointer = TextDocument.Block.paragraph("/why shows every step.")

  /// How the entry that follows a personal answer is introduced.
  enum Lead {
    /// The general answer to the question.
    case general
    /// A flowchart path that ends in another decision than the applicant's.
    case otherPath
    /// How to write an email the applicant's plan says not to write.
    case notYourPlan
    /// What an advocate does, for an applicant with none on record.
    case ifAdvocate
    /// What to do after a failed attempt, for an applicant whose results hold none.
    case ifFailed
    /// A case in which an email makes sense, for an applicant whose plan is to stay silent.
    case emailCase

    /// How the entry `entryID` is introduced after the answer for this applicant: the same
    /// lead in the chat and in `advisor ask`.
    init(entryID: String, advice: Advice) {
      let decision = advice.email.decision
      self =
        FlowchartPaths.contradicts(entryID, decision)
        ? .otherPath
        : FlowchartPaths.isEmailCase(entryID, against: decision)
          ? .emailCase
          : FlowchartPaths.writesAgainst(entryID, decision)
            ? .notYourPlan
            : FlowchartPaths.needsAnAdvocate(entryID, advice.profile)
              ? .ifAdvocate
              : FlowchartPaths.presumesAFailure(entryID, advice.profile) ? .ifFailed : .general
    }

    var text: String {
      switch self {
      case .general: "In general:"
      case .otherPath: "For comparison, a path of the flowchart that is not yours:"
      case .notYourPlan:
        "If you did write to a program yourself, which your plan does not ask of you:"
      case .ifAdvocate:
        "If someone at a program would speak for you (no faculty advocate is on record yet):"
      case .ifFailed: "If you had failed an attempt (your results on record hold none):"
      case .emailCase: "For comparison, a case in which an email does help, which is not yours:"
      }
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

  /// "I need your clerkship and shelf results first.": what the email decision waits on; nil
  /// once it is made, or when it waits on nothing the advisor can ask.
  static func needsFirst(_ advice: Advice) -> String? {
    guard advice.email.decision == nil else { return nil }
    let needed = Conversation.decisionWaitsOn(advice)
    return needed.isEmpty
      ? nil : "I need \(needed.map { $0.displayName(in: advice.profile) }.joinedAsList()) first."
  }

  private static func emailDecision(_ advice: Advice, prefix: String) -> TextDocument? {
    let email = advice.email
    guard let decision = email.decision else {
      return needsFirst(advice).map {
        TextDocument([.paragraph("For you, that is not decided yet: " + $0)])
      }
    }
    var text = "\(prefix): \(decision.phrase)."
    for reason in email.headline { text += " " + cited(reason) }
    // Which programs, and how many, as the plan itself says it (for an IMG: only where a real
    // connection is).
    if decision.involvesApplicantEmail, let limit = emailLimit(advice) {
      text += " " + cited(limit)
    }
    if let provisional = DecisionWording.provisional(advice) { text += " " + provisional }
    return TextDocument([.paragraph(text), whyPointer])
  }

  /// What "the advisor's estimate" marks, and how many of this plan's sentences rest on one.
  private static func estimateMeaning(_ advice: Advice) -> TextDocument {
    // (A reason the decision and the plan both give is one sentence.)
    let estimated = Set(
      (advice.email.reasons + advice.items.map(\.reason)).filter(\.source.isEstimate).map(\.text))
    let inPlan =
      estimated.isEmpty
      ? " Your plan has none so far."
      : " Your plan has \(estimated.count == 1 ? "one" : "\(estimated.count)"), each saying how "
        + "it is made; ask where a number comes from, naming it, to see how."
    return TextDocument([
      .paragraph(
        "\"The advisor's estimate\" marks a number neither article gives: I work it out from the "
          + "public figures named beside it, and the sentence says how (for example, a "
          + "specialty's matched mean less one national standard deviation). Treat it as a "
          + "guide, not a cutoff: programs' own stated minimums and their residents' scores "
          + "settle it." + inPlan)
    ])
  }

  /// Where a language is a hook, and whether one is counted for this applicant.
  private static func languageAsHook(_ language: String, advice: Advice) -> TextDocument {
    let counted = "A strong hook is already on record for you."
    let open =
      "I haven't counted it as a hook yet. If a program you want serves many patients who "
      + "speak \(language), say so in a sentence (\"a program I want serves many patients who "
      + "speak \(language)\") and I'll count it."
    let held = advice.profile.hook == true ? counted : open
    return TextDocument([
      .paragraph(
        "For you: a language is a hook at a program whose patients speak it; the article's "
          + "example is fluent Spanish where many patients speak Spanish "
          + "\(AdviceCard.tag(Source.whenToEmail)). " + held)
    ])
  }

  /// Whether a letter makes an advocate: it does not; what does, with the sources.
  private static func letterAsAdvocate() -> TextDocument {
    TextDocument([
      .paragraph(
        "No: a letter helps your application, but I count a faculty advocate only when someone "
          + "will contact a program for you, with a call or an email to its program director "
          + "\(AdviceCard.tag(Source.channel)). If she will, tell me. Either way, a strong, "
          + "concrete letter from her is worth having \(AdviceCard.tag(Source.letters)).")
    ])
  }

  /// What this applicant's email says: the plan's own step on it when the plan writes one, or
  /// that the plan writes nothing about the score; nil before the decision.
  private static func emailContent(_ advice: Advice) -> TextDocument? {
    guard let decision = advice.email.decision else { return nil }
    let own = advice.items.filter { $0.rule == "channel.own-email" }.map(\.reason)
    let text =
      decision.involvesApplicantEmail && !own.isEmpty
      ? "Your plan is to \(DecisionWording.action(decision)). "
        + own.map(cited).joined(separator: " ")
      : "Your plan is to \(DecisionWording.action(decision)), so no email of yours speaks of the "
        + "score; a note that only shows interest leaves it out."
    return TextDocument([.paragraph("For you: " + text)])
  }

  /// How many programs: the application count for this profile first (the sources' 60-120+
  /// only where it applies), then emails, counted only when the decision is to email.
  private static func emailCount(_ advice: Advice, every: Bool) -> TextDocument? {
    guard let decision = advice.email.decision else {
      // "Every program" is a no whatever the decision turns out to be.
      let waits = Conversation.decisionWaitsOn(advice)
      guard every, !waits.isEmpty else { return nil }
      let most = ScoreThresholds.emailTargets
      return TextDocument([
        .paragraph(
          "No. Even where an email is advised, it goes to \(most.lowerBound)-\(most.upperBound) "
            + "programs at most, each chosen for a reason. "
            + "\(AdviceCard.tag(ScoreThresholds.emailTargetsBasis.source)) Whether you should "
            + "email at all waits on "
            + waits.map { $0.displayName(in: advice.profile) }.joinedAsList() + ".")
      ])
    }
    var text = every ? "No. " : "For you: "
    if decision.involvesApplicantEmail {
      text += "Your plan is to \(DecisionWording.action(decision))."
      if let limit = emailLimit(advice) { text += " " + cited(limit) }
    } else {
      // Not emailing: none, first; then the count that matters, of applications.
      text +=
        "Your plan is to \(DecisionWording.action(decision)), so no program gets an email about "
        + "the score."
    }
    if let reason = conclusion(advice.email) {
      text += " " + cited(reason)
    }
    if !every, !decision.involvesApplicantEmail { text += " " + applicationCount(advice) }
    return TextDocument([.paragraph(text)])
  }

  /// The number of applications the sources give for this profile, or why they give none.
  private static func applicationCount(_ advice: Advice) -> String {
    let source = AdviceCard.tag(Source.faqHowManyPrograms)
    if let range = advice.applications {
      return "Apply to \(range.min)-\(range.max)\(range.openEnded ? "+" : "") programs, the "
        + "usual range for US-citizen IMGs with low scores in core specialties. \(source)"
    }
    let range = ScoreThresholds.usIMGApplications
    return "The sources give an application count (\(range.lowerBound)-\(range.upperBound)+) "
      + "only for US-citizen IMGs with low "
      + "scores in internal medicine, family medicine or pediatrics, not for your profile: apply "
      + "broadly, and settle the number with your dean's office or an advisor. \(source)"
  }

  /// The plan's own limit on emails ("Keep it to ..."), worded as the card and /why give it.
  private static func emailLimit(_ advice: Advice) -> Reason? {
    advice.items.first { $0.rule == EmailAdvice.limitRule }?.reason
  }

  private static func conclusion(_ email: EmailAdvice) -> Reason? {
    guard let rule = email.rule else { return nil }
    return email.reasons.first { $0.rule == rule }
  }

  // MARK: - Is the score low?

  /// A scored Step 1 asked about: the sources give no figure to place it, so what they say of
  /// a low Step 1 and what answers it, never Step 2 CK's pass marks.
  private static func step1Level(_ asked: Int?, advice: Advice) -> TextDocument {
    let held = advice.profile.step1.score
    let score = asked ?? held
    let subject =
      score.map { ($0 == held ? "your Step 1 of \($0)" : "a Step 1 of \($0)") } ?? "a scored Step 1"
    let text =
      "The sources give no figure to place \(subject): Step 1 has been pass/fail since 2022, and "
      + "the matched means they give are Step 2 CK's. The Boston guide counts a scored Step 1 "
      + "well below the national mean as low \(AdviceCard.tag(Source.situation)), and makes Step 2 "
      + "CK the exam that answers it \(AdviceCard.tag(Source.redemptionExam))."
    return TextDocument([.paragraph("For you: " + text)])
  }

  private static func scoreLevel(_ asked: Int?, specialty named: Specialty?, advice: Advice)
    -> TextDocument?
  {
    let profile = advice.profile
    guard let score = asked ?? profile.step2ck.score else { return nil }
    let own = asked == nil || asked == profile.step2ck.score
    let subject = own ? "Your Step 2 CK of \(score)" : "A Step 2 CK of \(score)"
    let former = ScoreThresholds.step2FormerPassMark
    let current = ScoreThresholds.step2PassMark
    // The applicant's own recorded outcome settles pass or fail; the pass marks only for a
    // number whose outcome is not known.
    let outcome = own ? profile.step2ck.outcome : nil
    var text: String
    if outcome == .fail || (outcome == nil && score < former.value) {
      text =
        "\(subject) is under the pass mark (\(former.value) before July 2025, \(current.value) "
        + "since): it is a fail, not a low pass. \(AdviceCard.tag(current.basis.source))"
      return TextDocument([.paragraph(text)])
    }
    if outcome == nil, score < current.value {
      text =
        "\(subject) passed under the old pass mark (\(former.value)) but not the one used since "
        + "July 2025 (\(current.value)): which one applied to your sitting decides whether it "
        + "counts as a pass. \(AdviceCard.tag(current.basis.source))"
      return TextDocument([.paragraph(text)])
    }
    let passed = outcome == .pass && score < current.value ? ", a pass when you sat it," : ""
    let specialty = named ?? profile.specialty
    if let specialty, let mean = ScoreThresholds.benchmarks(for: specialty).matchedMean {
      let verdict =
        score >= mean.value
        ? "is not low for \(specialty.displayName): it is at or above"
        : "is below"
      text =
        "\(subject)\(passed) \(verdict) the mean of matched US MD seniors in "
        + "\(specialty.displayName) (about \(mean.value), \(ScoreThresholds.matchedMeanSource))."
        + group(profile.applicant, "US MD seniors") + " \(AdviceCard.tag(mean.basis.source))"
        + (score >= mean.value
          ? ""
          : " The sources count a Step 2 CK below average or borderline for "
            + (specialty == profile.specialty ? "your" : "the") + " specialty as low. "
            + AdviceCard.tag(Source.situation))
    } else {
      let mean = ScoreThresholds.matchedMeanAllSpecialties
      let verdict = score >= mean.value ? "at or above" : "below"
      text =
        "\(subject)\(passed) is \(verdict) the mean of matched US MD applicants across all "
        + "specialties (about \(mean.value), NRMP Charting Outcomes 2024 as the AMA reported it in "
        + "2025).\(group(profile.applicant, "US MD applicants")) "
        + "\(AdviceCard.tag(mean.basis.source)) " + byTheSpecialty(specialty)
    }
    // Below the mean, the other half of the answer, as the advice itself puts it: the line the
    // score is placed against for programs' floors ("your 232 is at or above that line").
    let belowMean =
      specialty.flatMap { ScoreThresholds.benchmarks(for: $0).matchedMean }
      .map { score < $0.value } ?? true
    if own, belowMean, specialty == profile.specialty,
      let floor = notes(floorRules, in: advice).first
    {
      text += " " + cited(floor)
    }
    // Bound for Boston: where its programs screen, as the plan says it ("is 222 low for boston
    // internal medicine").
    if own, specialty == profile.specialty {
      for screen in notes(regionalScreenRules, in: advice) { text += " " + cited(screen) }
    }
    // A backup asked about: the plan's own verdict on it ("is realistic", "is a reach").
    if own, let backup = advice.specialty.backups.first(where: { $0.specialty == specialty }) {
      text += " " + cited(backup.reason)
    }
    return TextDocument([.paragraph(text)])
  }

  /// A reason of the advice as it is said in an answer: its text, then its source's tag.
  static func cited(_ reason: Reason) -> String {
    reason.text + " " + AdviceCard.tag(reason.source)
  }

  /// The reasons of the advice's items made by these rules, in the advice's order.
  static func notes(_ rules: Set<String>, in advice: Advice) -> [Reason] {
    advice.items.filter { rules.contains($0.rule) }.map(\.reason)
  }

  /// The advice's notes on where a region's programs screen.
  static let regionalScreenRules: Set<String> = ["programs.boston-im-screen"]

  /// The advice's notes that place a score against where programs' floors sit.
  static let floorRules: Set<String> = [
    "specialty.workable-score", "specialty.estimated-floor",
  ]

  /// What decides whether the score is low when no matched mean compares it: the specialty's
  /// sensitivity, or the specialty itself when none is known.
  private static func byTheSpecialty(_ specialty: Specialty?) -> String {
    guard let specialty else {
      return "Whether it is low depends on the specialty: tell me yours and I'll compare."
    }
    let benchmarks = ScoreThresholds.benchmarks(for: specialty)
    return "The sources give no matched mean for \(specialty.displayName); its sensitivity to "
      + "low scores is \(benchmarks.sensitivityDescription). "
      + AdviceCard.tag(benchmarks.sensitivitySource)
  }

  /// Which group the comparison figure describes, said when the applicant is not in it.
  private static func group(_ applicant: ApplicantType?, _ described: String) -> String {
    let others: String
    switch applicant {
    case .usDO?: others = "US DO graduates"
    case .usIMG?: others = "US-citizen IMGs"
    case .nonUSIMG?: others = "non-US IMGs"
    case .usMD?: return ""
    case nil:
      return " If you are an IMG or a DO graduate, the sources give no figure for your group."
    }
    return " That figure is for \(described); the sources give none for \(others)."
  }
}
