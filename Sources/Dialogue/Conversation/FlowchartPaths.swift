import AdvisorCore

/// The decision each of the email article's flowchart paths ends in, as the built-in entries
/// tell them: a path that ends elsewhere than the applicant's own decision is not theirs, and
/// is never shown after their answer as if it were the general case.
enum FlowchartPaths {
  /// The entry of each path, with the decision it ends in (Email article, "Decision flow").
  static let decisionOf: [String: EmailDecision] = [
    "flowchart-above-cutoffs": .staySilent,
    "flowchart-below-cutoffs-no-hook": .staySilent,
    "flowchart-fail-no-improvement": .staySilent,
    "flowchart-below-cutoffs-hook": .hookOnly,
    "flowchart-fail-advocate": .facultyContact,
    "flowchart-fail-no-advocate": .targetedEmail,
  ]

  /// The entries on writing the applicant's own email ("Naming your tie to the area in the
  /// email"): advice for a plan in which the applicant writes, which is not theirs when the
  /// decision is to stay silent or to let a faculty member make the contact.
  static let writingEntries: Set<String> = [
    "email-interest-only", "email-name-your-tie", "good-email-failure-example", "good-email-goal",
    "good-email-hook-example", "good-email-what-to-avoid", "good-email-draft-exercise",
    "mistake-score-subject-line", "when-email-acute-event", "faq-how-many-to-email",
  ]

  /// The entries on what someone who would speak for the applicant does ("You already have
  /// contacts at the program"): advice for a profile with a faculty advocate, said as such to
  /// one without.
  static let advocateEntries: Set<String> = [
    "snapshot-existing-connections", "channel-faculty-advocate-summary", "flowchart-fail-advocate",
  ]

  /// The entries on what to do after a failed attempt, beyond the flowchart's own paths.
  static let afterAFailure: Set<String> = [
    "recovery-pass-retake-first", "programs-view-multiple-failures", "snapshot-fail-then-improved",
    "when-email-fail-rebound",
  ]

  /// Whether the entry is on a failure, for a profile whose results are both known and hold
  /// none.
  static func presumesAFailure(_ entryID: String, _ profile: Profile) -> Bool {
    afterAFailure.contains(entryID)
      && Exam.allCases.allSatisfy { profile[$0].outcome != nil && profile[$0].hasFailure != true }
  }

  /// Whether the entry is on an advocate's part, for a profile with no advocate on record.
  static func needsAnAdvocate(_ entryID: String, _ profile: Profile) -> Bool {
    advocateEntries.contains(entryID) && profile.has(.facultyAdvocate) != true
  }

  /// Whether the entry is on writing an email the applicant's `decision` says not to write.
  static func writesAgainst(_ entryID: String, _ decision: EmailDecision?) -> Bool {
    writingEntries.contains(entryID) && decision.map { !$0.involvesApplicantEmail } == true
  }

  /// The entries on the cases in which an email to programs makes sense (Email article, "When
  /// to consider emailing"): another case than theirs for an applicant whose plan is silence.
  /// (Not the entries on what counts as a hook, or on the programs where one rotated: they
  /// answer those questions for everyone, and say when silence is the advice.)
  static let emailCases: Set<String> = ["when-email-fail-rebound", "when-email-below-range-hook"]

  /// Whether the entry is a case for emailing, shown to an applicant whose `decision` is to stay
  /// silent.
  static func isEmailCase(_ entryID: String, against decision: EmailDecision?) -> Bool {
    emailCases.contains(entryID) && decision == .staySilent
  }

  /// Whether the entry is a path that ends in another decision than `decision`.
  static func contradicts(_ entryID: String, _ decision: EmailDecision?) -> Bool {
    guard let decision, let ends = decisionOf[entryID] else { return false }
    return ends != decision
  }
}
