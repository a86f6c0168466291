/// How realistic one of the applicant's backup specialties is, judged by the decision's own
/// questions (is the score far below its norms, does it clear many of its programs' floors)
/// asked of the same profile with the backup in the main specialty's place.
package struct BackupAssessment: Sendable, Hashable {
  /// What the decision's questions say about the backup.
  package enum Verdict: String, Sendable, Hashable {
    /// The score clears many of its programs' floors and is not far below its norms.
    case realistic
    /// The score is under many of its programs' floors: a reach.
    case belowFloors = "below-floors"
    /// The score is far below its norms (a score-driven specialty): not a backup.
    case farBelowNorms = "far-below-norms"
    /// The score on record is a failed latest attempt: the retake's score will tell.
    case awaitsRetake = "awaits-retake"
    /// Too little is known about the scores to tell.
    case unknown
  }

  package var specialty: Specialty
  package var sensitivity: Sensitivity
  package var verdict: Verdict
  /// The figure the score was held to: the floor, or the mismatch line where that decided.
  package var figure: Figure?
  /// The sentence for the applicant, with its source.
  package var reason: Reason

  /// The rule id of every backup's reason.
  package static let rule = "specialty.backup"

  /// The assessments of `profile`'s backups, in the order the applicant named them.
  /// The backups the same judgement as the main choice's leaves open (not below the floors,
  /// not far below the norms): the ones the plan names as a place to apply.
  static func viable(_ profile: Profile) -> [BackupAssessment] {
    assess(profile).filter { $0.verdict != .farBelowNorms && $0.verdict != .belowFloors }
  }

  static func assess(_ profile: Profile) -> [BackupAssessment] {
    profile.backupSpecialties.filter { $0 != profile.specialty }.map { backup in
      var asBackup = profile
      asBackup.specialty = backup
      let facts = ScoreFacts(asBackup)
      let benchmarks = ScoreThresholds.benchmarks(for: backup)
      let verdict: Verdict
      let figure: Figure?
      if facts.judgedScoreIsAFail {
        (verdict, figure) = (.awaitsRetake, benchmarks.screeningFloor)
      } else if Condition.bigMismatch.evaluate(facts) == .yes {
        (verdict, figure) = (.farBelowNorms, benchmarks.mismatchBelow)
      } else {
        switch Condition.aboveCutoffs.evaluate(facts) {
        case .yes: (verdict, figure) = (.realistic, benchmarks.screeningFloor)
        case .no: (verdict, figure) = (.belowFloors, benchmarks.screeningFloor)
        case .unknown: (verdict, figure) = (.unknown, nil)
        }
      }
      return BackupAssessment(
        specialty: backup, sensitivity: benchmarks.sensitivity, verdict: verdict, figure: figure,
        reason: reason(
          backup, verdict, figure, facts.relevantScore, failedSittings: profile.failedSittings))
    }
  }

  /// One sentence: the backup, the verdict, and the figure it rests on with its own kind; the
  /// tag is that figure's section, or the estimate's where the advisor derived it.
  private static func reason(
    _ backup: Specialty, _ verdict: Verdict, _ figure: Figure?, _ score: RelevantScore,
    failedSittings: Int
  ) -> Reason {
    let name = backup.displayName
    guard let figure, case .score(let value, let exam) = score else {
      return Reason(
        rule: rule,
        text: "Your backup, \(name): how realistic it is turns on a score not known yet.",
        source: .realityCheck)
    }
    let yours = "your \(exam.displayName) \(value)"
    // The figure with what it is: "220, the score the email article calls workable ...".
    let line =
      "\(figure.value), " + Condition.describe(figure, in: backup, failedSittings: failedSittings)
    let text: String
    switch verdict {
    case .realistic:
      text = "Your backup, \(name), is realistic: \(yours) is at or above \(line)."
    case .belowFloors:
      text = "Your backup, \(name), is a reach, not a safe fallback: \(yours) is below \(line)."
    case .awaitsRetake:
      text =
        "Your backup, \(name): \(yours) was a fail, so how realistic it is turns on the retake. "
        + "A pass at or above \(line), would clear many of its programs' floors."
    case .farBelowNorms, .unknown:
      text =
        "Your backup, \(name), is not a realistic backup: \(yours) is "
        + Condition.belowTheNorms(value, line: figure.value) + " its norms "
        + "(under \(figure.value), the advisor's estimate of a big mismatch: \(figure.basis.note))."
    }
    // As for the main specialty: within a few points of the line the verdict is a judgement.
    let close =
      verdict != .awaitsRetake && Condition.isClose(value, to: figure.value)
      ? " Close to the line, though: each program's own minimum tips it." : ""
    let source =
      figure.basis.kind == .estimate
      ? Source.estimate(from: figure.basis.source) : figure.basis.source
    return Reason(rule: rule, text: text + close, source: source)
  }
}
