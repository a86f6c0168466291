extension Condition {
  /// Why the condition came out as it did for this profile, in a sentence.
  ///
  /// - Parameter assumed: the answer was assumed because the slot is not known yet.
  func explanation(_ answer: Bool, assumed: Bool, facts: ScoreFacts) -> String {
    if assumed { return assumption(answer) }
    let profile = facts.profile
    switch self {
    case .anyFailure:
      guard answer else { return "No failed attempt on record (\(facts.scoreSummary))." }
      // "Step 1, twice": each exam with how many of its sittings failed, when more than one.
      let exams = facts.failedExams.map { exam in
        let failures = facts.failures(of: exam)
        return exam.displayName
          + (failures > 2 ? ", \(failures) times" : failures == 2 ? ", twice" : "")
      }.joined(separator: " and ")
      let attempts = facts.failedExams.contains { facts.failures(of: $0) > 1 }
      return "You have \(attempts ? "failed attempts" : "a failed attempt") on record (\(exams)); "
        + "a failure is the red flag programs look at first."
    case .clearImprovement:
      return improvementExplanation(answer, facts: facts)
    case .scoreOnRecord:
      return answer
        ? "A numeric score is on record (\(facts.numericScoreSummary))."
        : "No numeric score is on record yet: Step 1 reads pass/fail and Step 2 CK is not out."

    case .bigMismatch:
      return mismatchExplanation(answer, facts: facts)
    case .aboveCutoffs:
      return cutoffExplanation(answer, facts: facts)
    case .cutoffUnmet:
      return answer
        ? "A program you are aiming at states a cutoff you do not meet; an email will not get "
          + "you past an automatic screen."
        : "None of your target programs states a cutoff you miss."
    case .facultyAdvocate:
      return advocateExplanation(answer, profile: profile)
    case .imgWithoutTies:
      return answer
        ? "As an IMG, write only where you have a real connection, and none is on record."
        : profile.applicant?.isIMG == true
          ? "As an IMG, you have a real connection on record: short emails to the few programs "
            + "it ties you to can help."
          : "You are not applying as an IMG."
    case .hook:
      return answer
        ? "You have a strong, program-specific reason to be considered despite the score."
        : "No strong program-specific hook."
    case .resolvedHardship:
      return answer
        ? "A concrete event, now resolved, pulled the score down: that is context, not an excuse."
        : "No concrete, resolved event behind the score."
    }
  }

  /// The flowchart's "faculty advocate available?": a tie without such a person is named, with
  /// what would change the answer, so that no one is told to have a mentor call who has none.
  private func advocateExplanation(_ answer: Bool, profile: Profile) -> String {
    if answer { return "A faculty member who knows you is willing to advocate for you." }
    let ties = profile.connectionNames
    guard !ties.isEmpty else { return "No faculty advocate and no tie to a program on record." }
    // What the node says, not what the decision makes of it: the decision may still be to stay
    // silent ("your ties are where an email makes sense" had read as advice to write).
    return "No faculty advocate on record among your ties (\(ties.joinedAsList())). If someone "
      + "there would speak to the program director for you, tell me."
  }

  private func assumption(_ answer: Bool) -> String {
    let what: String
    switch self {
    case .cutoffUnmet: what = "that no target program states a cutoff you miss"
    case .facultyAdvocate: what = "that no one at a program would speak for you"
    case .anyFailure: what = "that the result still to come is a pass"
    case .imgWithoutTies:
      what =
        answer
        ? "that you have no real connection to the programs" : "that you are not applying as an IMG"
    case .hook: what = "that there is no strong program-specific hook"
    case .resolvedHardship: what = "that no concrete, resolved event lies behind the score"
    default: what = answer ? "yes" : "no"
    }
    return "Assuming \(what) until you tell me otherwise."
  }

  private func improvementExplanation(_ answer: Bool, facts: ScoreFacts) -> String {
    if facts.hasStandingFailure {
      return "Your latest result is still a fail, so there is no rebound to point to yet; "
        + "passing comes first."
    }
    if facts.step2Ahead {
      return "Step 2 CK is not in yet, so nothing shows the turnaround so far."
    }
    let band = ScoreThresholds.reboundBand
    let score = facts.profile.step2ck.score ?? 0
    if score < band.lowerBound {
      return "Step 2 CK \(score) is under \(band.lowerBound), the score the email article calls "
        + "workable for \(ScoreThresholds.workableSpecialties), so it does not yet read as a "
        + "clear rebound."
    }
    if score >= band.upperBound {
      return "Step 2 CK \(score) is at or above the national mean of all takers (about "
        + "\(band.upperBound) in 2023-24, public figures from a secondary source): on its own it "
        + "answers the question the failure raises."
    }
    // What was said is that the results are strong, not which: honors are not presumed.
    let evidence = "strong clerkship or shelf results"
    // Inside the band the articles leave it open: the reading is the advisor's, and says so
    // (the band's edges are not this section's numbers, so they are not printed under its tag).
    return answer
      ? "Step 2 CK \(score) backed by \(evidence) reads, in the advisor's judgement, as a clear "
        + "rebound (the articles leave scores like it open); the email article's own example of "
        + "one is a Step 1 fail, then Step 2 CK 238 with strong clerkship comments."
      : "Step 2 CK \(score) without \(evidence) to back it does not yet read as a clear "
        + "rebound in the advisor's judgement (the articles leave scores like it open); strong "
        + "clinical results would change that."
  }

  /// The per-specialty figures are Step 2 CK figures; a scored Step 1 is compared with them
  /// only for want of its own.
  private func stepOneCaveat(_ exam: Exam) -> String {
    exam == .step1
      ? "; those are Step 2 CK figures, the only ones by specialty in the sources, so read this "
        + "as rough" : ""
  }

  private func mismatchExplanation(_ answer: Bool, facts: ScoreFacts) -> String {
    guard case .score(let score, let exam) = facts.relevantScore, let benchmarks = facts.benchmarks
    else {
      return answer
        ? "The score is far below the specialty's norms."
        : "No score far below the "
          + "specialty's norms."
    }
    let name = benchmarks.specialty.displayName
    guard let threshold = benchmarks.mismatchBelow?.value else {
      return "\(name) is not one of the score-driven specialties, so the score is judged "
        + "against program cutoffs instead."
    }
    let mean =
      benchmarks.matchedMean.map {
        "matched US MD seniors average about \($0.value), \(ScoreThresholds.matchedMeanSource); "
      } ?? ""
    let basis =
      "\(mean)the advisor's estimate of a big mismatch is under \(threshold), the matched "
      + "mean less one standard deviation"
    let close = Condition.isClose(score, to: threshold)
    let below =
      (close ? "falls " : "is ") + Condition.belowTheNorms(score, line: threshold)
    let judged =
      answer
      ? "\(exam.displayName) \(score) \(below) the norms of \(name) (\(basis))"
        + "\(stepOneCaveat(exam)): a gap no email fixes."
      : "\(exam.displayName) \(score) is within reach of the norms of \(name) (\(basis))"
        + "\(stepOneCaveat(exam))."
    guard close else { return judged }
    return judged + " Close to the line, though, on an estimate: the scores of current residents "
      + "at the programs you aim at would tip it either way."
  }

  private func cutoffExplanation(_ answer: Bool, facts: ScoreFacts) -> String {
    switch facts.relevantScore {
    case .noneOnRecord:
      return "No numeric score counts against you yet (Step 1 pass/fail, Step 2 CK not out)."
    case .unknown:
      return answer ? "The score clears many screens." : "The score is below many screens."
    case .score(let score, let exam):
      guard let benchmarks = facts.benchmarks else {
        let range = ScoreThresholds.floorRange
        return answer
          ? "\(exam.displayName) \(score) is at or above the score clearing many programs in "
            + "every specialty (\(range.lowerBound)-\(range.upperBound), the advisor's estimates)."
          : "\(exam.displayName) \(score) is below the score clearing many programs in every "
            + "specialty (\(range.lowerBound)-\(range.upperBound), the advisor's estimates)."
      }
      let floor = benchmarks.screeningFloor
      let what = Condition.describe(
        floor, in: benchmarks.specialty, failedSittings: facts.profile.failedSittings)
      let judged =
        answer
        ? "\(exam.displayName) \(score) is at or above \(floor.value), \(what): above the "
          + "programs' floor, the exact number matters less."
        : "\(exam.displayName) \(score) is below \(floor.value), \(what)\(stepOneCaveat(exam))."
      guard Condition.isClose(score, to: floor.value) else { return judged }
      let asked =
        switch facts.profile.cutoffUnmet {
        case nil: "and whether one of yours states one you miss is not known yet"
        case false?: "and you have told me none of yours states one you miss"
        case true?: "and one of yours states one you miss"
        }
      return judged + " Close to the line, though: the articles give no exact cutoff, so what "
        + "tips it is each target program's own stated minimum, \(asked)."
    }
  }
}

extension Condition {
  /// Within this many points of a "clears many programs" figure, the comparison is a judgement
  /// call, said as one: a third of a standard deviation, inside a test's measurement noise.
  static let closeToTheLine = 5

  /// Whether `score` is within ``closeToTheLine`` of `line`: a judgement call, said as one by
  /// every surface that compares a score with a figure.
  static func isClose(_ score: Int, to line: Int) -> Bool {
    abs(score - line) < closeToTheLine
  }

  /// How a score under the big-gap line stands against a specialty's norms, in the words every
  /// surface uses: just under the line is not "far below" (the words follow the distance).
  static func belowTheNorms(_ score: Int, line: Int) -> String {
    isClose(score, to: line) ? "just under the line for a big gap from" : "far below"
  }

  /// What a specialty's "clears many programs" figure is, in words that keep its basis: the
  /// article's "workable" for 220, the advisor's estimate for the others. The article's figure
  /// is for a first-attempt pass: `failedSittings` says how far the applicant's record is not
  /// that case.
  static func describe(_ floor: Figure, in specialty: Specialty, failedSittings: Int) -> String {
    switch floor.basis.kind {
    case .article:
      "the score the email article calls workable for many \(specialty.displayName) programs"
        + (failedSittings > 0
          ? " when passed on the first attempt (your "
            + (failedSittings == 1
              ? "failed attempt weighs on its own" : "failed attempts weigh on their own")
            + ", beyond that figure)" : "")
    case .verified, .secondary:
      "a public figure for \(specialty.displayName)"
    case .estimate:
      "the advisor's estimate of a score that clears many \(specialty.displayName) programs "
        + "(\(floor.basis.note))"
    }
  }

  /// Where the explanation for this profile takes its figures from: the basis of the number it
  /// states, so that a figure is never tagged with a section that does not give it.
  func source(_ facts: ScoreFacts) -> Source {
    switch self {
    case .aboveCutoffs:
      guard case .score = facts.relevantScore else { return source }
      // An estimate is derived from the public figures, and tagged as the estimate it is.
      guard let floor = facts.benchmarks?.screeningFloor else {
        return .estimate(from: .matchedStep2)
      }
      return floor.basis.kind == .article ? floor.basis.source : .estimate(from: floor.basis.source)
    case .bigMismatch:
      guard case .score = facts.relevantScore, facts.benchmarks?.mismatchBelow != nil else {
        return source
      }
      return .estimate(from: .matchedStep2)
    case .clearImprovement:
      guard !facts.hasStandingFailure, !facts.step2Ahead, let score = facts.profile.step2ck.score
      else { return source }
      let band = ScoreThresholds.reboundBand
      if score < band.lowerBound { return .whenNotToEmail }
      if score >= band.upperBound || facts.profile.clinicalEvidence == nil {
        return Source.matchedStep2
      }
      return .whenToEmail
    default:
      return source
    }
  }
}
