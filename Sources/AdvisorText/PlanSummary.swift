package import AdvisorCore

/// The plan on one screen: the decision with its reason, and the few most important steps.
///
/// The conversation shows this when the profile is complete; the whole card (``AdviceCard``)
/// is a command away, so the decision never scrolls off a 40-row terminal.
package enum PlanSummary {
  /// How many of the plan's steps, in priority order, the summary lists.
  package static let stepCount = 3

  /// The decision, its one reason with its source, and the first ``stepCount`` steps.
  package static func document(for advice: Advice) -> TextDocument {
    var document = TextDocument([.heading(AdviceTopic.email.heading.uppercased())])
    if let decision = advice.email.decision {
      document.append(.emphasis(DecisionWording.action(decision).capitalizedFirst + "."))
    } else {
      document.append(.emphasis(DecisionWording.standing(nil)))
    }
    let said =
      advice.email.rule == nil
      ? advice.email.reasons.filter { $0.rule == EmailAdvice.undecidedRule }.prefix(1)
      : advice.email.headline[...]
    for reason in said {
      document.append(.paragraph(reason.text + " " + AdviceCard.tag(reason.source), indent: 2))
    }
    let steps = advice.plan.prefix(stepCount)
    if !steps.isEmpty {
      document.separate()
      document.append(.heading(steps.count == 1 ? "Your next step" : "Your next steps"))
      for (index, item) in steps.enumerated() {
        document.append(.numbered(index + 1, item.text + " " + AdviceCard.tag(item.source)))
      }
    }
    return document
  }
}
