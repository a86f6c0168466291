/// Everything the advisor recommends for a profile, each piece with its rule and source.
public struct Advice: Sendable, Hashable {
  /// The profile the advice is for.
  public var profile: Profile
  public var email: EmailAdvice
  public var specialty: SpecialtyAdvice
  /// The recommended number of programs to apply to, or nil where the sources give no figure.
  public var applications: ApplicationRange?
  /// The advice on every topic, in rule order.
  public var items: [AdviceItem]
  /// Unknown slots whose answers could still change the advice, most important first.
  public var missing: [Slot]

  /// The items of one topic.
  public func items(_ topic: AdviceTopic) -> [AdviceItem] {
    items.filter { $0.topic == topic }
  }

  /// The prioritised action list: what to do next, first things first, each topic's actions
  /// together (a topic comes where its most urgent action does).
  public var plan: [AdviceItem] {
    let actions = items.compactMap { item in item.place.map { (item, $0) } }
      .enumerated()
      .sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }
      .map(\.element.0)
    var topics: [AdviceTopic] = []
    for item in actions where !topics.contains(item.topic) { topics.append(item.topic) }
    return topics.flatMap { topic in actions.filter { $0.topic == topic } }
  }

  /// The ids of every rule behind this advice: decision steps, conclusion and items.
  public var ruleIDs: [String] {
    email.steps.map(\.rule) + (email.rule.map { [$0] } ?? []) + items.map(\.rule)
  }
}

/// The email decision with its reasoning.
public struct EmailAdvice: Sendable, Hashable {
  /// The decision, or nil while too little is known.
  public var decision: EmailDecision?
  /// The conclusion's rule id, when decided.
  public var rule: String?
  /// The questions answered on the way.
  public var steps: [DecisionStep]
  /// Why: the answered questions, the conclusion and the notes that apply, each with its source.
  public var reasons: [Reason]
  /// How many programs to write to at most, when the applicant writes at all.
  public var programs: ClosedRange<Int>?
  /// While undecided: the slots the decision cannot be made without.
  public var needed: [Slot] = []

  /// The rule id of the reason given while the decision waits for an answer.
  public static let undecidedRule = "email.undecided"
}

/// The specialty and how much it weighs scores.
public struct SpecialtyAdvice: Sendable, Hashable {
  public var specialty: Specialty?
  public var sensitivity: Sensitivity?
  /// The figures behind the judgement, when the specialty is known.
  public var benchmarks: SpecialtyBenchmarks?
}

/// A recommended number of programs to apply to.
public struct ApplicationRange: Sendable, Hashable {
  public var min: Int
  public var max: Int
  /// "or more": the source says the range can go higher for weaker files.
  public var openEnded: Bool
  public var basis: Basis
}
