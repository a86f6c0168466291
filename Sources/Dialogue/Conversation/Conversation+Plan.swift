import AdvisorCore
import AdvisorText

extension Conversation {
  /// What the advisor says once nothing is missing: the plan in short, fitting one screen, and
  /// where the whole of it is. Afterwards only what changes is said (``AdviceChanges``).
  static func planInShort(_ advice: Advice) -> TextDocument {
    var document = TextDocument([.heading("That's everything I need. Here is your plan in short.")])
    document.append(.blank)
    document.append(contentsOf: PlanSummary.document(for: advice))
    document.separate()
    document.append(
      .paragraph(
        "/advice shows the whole plan (\(advice.plan.count) steps, who should reach out, your "
          + "specialty, the program list and the mistakes to avoid); /why the reasoning, rule by "
          + "rule. Ask me anything, correct an answer, or /quit."))
    return document
  }
}
