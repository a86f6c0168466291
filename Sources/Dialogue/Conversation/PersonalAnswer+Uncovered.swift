import AdvisorCore
import AdvisorText

/// The answers to questions on topics the sources do not cover ("what if I don't match?",
/// "should I take Step 3?"): that they don't, said first and plainly, then what this applicant's
/// plan does say beside it, each with its source.
extension PersonalAnswer {
  static func uncovered(_ topic: UncoveredTopic, advice: Advice) -> TextDocument {
    var lines: [String]
    switch topic {
    case .notMatching:
      lines = [topic.statement]
      let lowering = notes(riskRules, in: advice).map(cited)
      lines +=
        lowering.isEmpty
        ? [
          "What they do say lowers the risk depends on your results: answer my questions and "
            + "/advice shows the plan."
        ] : ["What your plan does to lower that risk:"] + lowering
    case .unnamedNumber:
      // (`advisor ask`'s case: the chat reads "that number" as the one it said last.)
      lines = [topic.statement]
    case .stepThree, .graduationYear:
      lines = [
        topic.statement,
        "What your plan rests on is Step 1, Step 2 CK and the rest of your application; /advice "
          + "shows it.",
      ]
    }
    return TextDocument([.paragraph("For you: " + lines.joined(separator: " "))])
  }

  /// The plan's notes that lower the risk of not matching: how many programs, the backup
  /// plan, and how often applicants of this kind match.
  private static let riskRules: Set<String> = [
    "programs.count", "programs.count-unsourced", "specialty.backup-plan",
    "specialty.boston-backup", "programs.match-rates",
  ]
}
