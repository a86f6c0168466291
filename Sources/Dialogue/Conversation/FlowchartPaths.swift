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

  /// Whether the entry is a path that ends in another decision than `decision`.
  static func contradicts(_ entryID: String, _ decision: EmailDecision?) -> Bool {
    guard let decision, let ends = decisionOf[entryID] else { return false }
    return ends != decision
  }
}
