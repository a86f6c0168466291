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
      let exams = facts.failedExams.map(\.displayName).joined(separator: " and ")
      return "You have a failed attempt on record (\(exams)); a failure is the red flag "
        + "programs look at first."
    case .clearImprovement:
      return improvementExplanation(answer, facts: facts)
    case .scoreOnRecord:
      return answer
        ? "A numeric score is on record (\(facts.scoreSummary))."
        : "No numeric score is on record yet: Step 1 reads pass/fail and Step 2 CK is not out."

    case .bigMismatch:
      return mismatchExplanation(answer, facts: facts)
    case .aboveCutoffs:
      return cutoffExplanation(answer, facts: facts)
    case .cutoffUnmet:
      return answer
        ? "A program you are aiming at states a score cutoff you do not meet; an email will "
          + "not get you past an automatic screen."
        : "None of your target programs states a cutoff you miss."
    case .facultyAdvocate:
      return answer
        ? "A faculty member who knows you is willing to advocate for you."
        : "No faculty advocate is available"
          + (profile.connections?.isEmpty == false
            ? " (your other ties still help choose where to write)." : ".")
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

  private func assumption(_ answer: Bool) -> String {
    let what: String
    switch self {
    case .cutoffUnmet: what = "that no target program states a cutoff you miss"
    case .facultyAdvocate: what = "that no faculty advocate is available"
    case .hook: what = "that there is no strong program-specific hook"
    case .resolvedHardship: what = "that no concrete, resolved event lies behind the score"
    default: what = answer ? "yes" : "no"
    }
    return "Assuming \(what) until you tell me otherwise."
  }

  private func improvementExplanation(_ answer: Bool, facts: ScoreFacts) -> String {
    let bar = ScoreThresholds.clearRebound.value
    if facts.hasStandingFailure {
      return "Your latest result is still a fail, so there is no rebound to point to yet; "
        + "passing comes first."
    }
    if facts.step2Ahead {
      return "Step 2 CK is not in yet, so nothing shows the turnaround so far."
    }
    let score = facts.profile.step2ck.score.map(String.init) ?? "?"
    return answer
      ? "Step 2 CK \(score) is at or above \(bar), the advisor's estimate of a clear rebound "
        + "(about one standard deviation below the national mean): it answers the question the "
        + "failure raises."
      : "Step 2 CK \(score) is below \(bar), the advisor's estimate of a clear rebound (about one "
        + "standard deviation below the national mean), so it does not yet read as one."
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
      benchmarks.matchedMean.map { "matched applicants average about \($0.value); " } ?? ""
    let basis = "\(mean)the advisor's estimate of a big mismatch is \(threshold) or lower"
    return answer
      ? "\(exam.displayName) \(score) is far below the norms of \(name) (\(basis))\(stepOneCaveat(exam)): "
        + "a gap no email fixes."
      : "\(exam.displayName) \(score) is within reach of the norms of \(name) (\(basis))"
        + "\(stepOneCaveat(exam))."
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
          ? "\(exam.displayName) \(score) clears the usual screens in every specialty "
            + "(\(range.lowerBound)-\(range.upperBound))."
          : "\(exam.displayName) \(score) is below the usual screens in every specialty "
            + "(\(range.lowerBound)-\(range.upperBound))."
      }
      let floor = benchmarks.screeningFloor.value
      let name = benchmarks.specialty.displayName
      return answer
        ? "\(exam.displayName) \(score) is at or above \(floor), where many \(name) programs "
          + "screen: above the floor, the exact number matters less."
        : "\(exam.displayName) \(score) is below \(floor), where many \(name) programs screen"
          + "\(stepOneCaveat(exam))."
    }
  }
}
