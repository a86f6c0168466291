/// One piece of advice or reasoning, traceable to its rule and source.
public struct Reason: Sendable, Hashable, Codable {
  /// The rule id (`email.fail-rebound-email`, `check.any-failure`, `programs.tiers`).
  public var rule: String
  /// The explanation, in the project's own words.
  public var text: String
  public var source: Source

  public init(rule: String, text: String, source: Source) {
    self.rule = rule
    self.text = text
    self.source = source
  }
}

/// A piece of advice on one topic; actions carry a priority for the plan.
public struct AdviceItem: Sendable, Hashable {
  public var reason: Reason
  public var topic: AdviceTopic
  /// For actions, the place in the plan; nil for notes.
  public var place: PlanPlace?

  /// Whether this is an action for the plan rather than a note.
  public var isAction: Bool { place != nil }
  /// An urgent action (the retake, the redemption exam).
  public var isUrgent: Bool { place?.stage.isUrgent == true }
  /// One of the plan's early steps (the exam, outreach, the specialty).
  public var isEarlyStep: Bool { place?.stage.isEarlyStep == true }

  public var rule: String { reason.rule }
  public var text: String { reason.text }
  public var source: Source { reason.source }
}
