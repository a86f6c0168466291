/// One piece of advice or reasoning, traceable to its rule and source.
package struct Reason: Sendable, Hashable, Codable {
  /// The rule id (`email.fail-rebound-email`, `check.any-failure`, `programs.tiers`).
  package var rule: String
  /// The explanation, in the project's own words.
  package var text: String
  package var source: Source

  package init(rule: String, text: String, source: Source) {
    self.rule = rule
    self.text = text
    self.source = source
  }
}

/// A piece of advice on one topic; actions carry a priority for the plan.
package struct AdviceItem: Sendable, Hashable {
  package var reason: Reason
  package var topic: AdviceTopic
  /// For actions, the place in the plan; nil for notes.
  package var place: PlanPlace?

  /// Whether this is an action for the plan rather than a note.
  package var isAction: Bool { place != nil }
  /// An urgent action (the retake, the redemption exam).
  package var isUrgent: Bool { place?.stage.isUrgent == true }
  /// One of the plan's early steps (the exam, outreach, the specialty).
  package var isEarlyStep: Bool { place?.stage.isEarlyStep == true }

  package var rule: String { reason.rule }
  package var text: String { reason.text }
  package var source: Source { reason.source }
}
