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
  /// For actions, lower comes first in the plan; nil for notes.
  public var priority: Int?

  /// Actions below this priority are urgent: the exam itself comes before everything else.
  public static let urgentBelow = 20
  /// Actions below this priority are the early steps, worth announcing when they appear.
  public static let earlyStepBelow = 40

  /// An urgent action (the retake, the redemption exam).
  public var isUrgent: Bool { priority.map { $0 < Self.urgentBelow } ?? false }
  /// One of the plan's early steps (recovery, outreach, specialty choice).
  public var isEarlyStep: Bool { priority.map { $0 < Self.earlyStepBelow } ?? false }

  public var rule: String { reason.rule }
  public var text: String { reason.text }
  public var source: Source { reason.source }
}
