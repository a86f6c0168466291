/// One piece of advice: when it applies, what it says, and where that comes from.
struct AdviceRule: Sendable {
  /// Notes explain; actions go into the plan, stage by stage, lowest rank first.
  enum Kind: Sendable {
    case note
    case action(PlanStage, rank: Int)
  }

  let id: String
  let topic: AdviceTopic
  let kind: Kind
  let source: Source
  let applies: @Sendable (AdviceContext) -> Bool
  let text: @Sendable (AdviceContext) -> String
  /// Where the text for this profile takes its figure from, when that depends on the profile;
  /// nil for the rule's own ``source``.
  var citing: (@Sendable (AdviceContext) -> Source)? = nil

  init(
    _ id: String, _ topic: AdviceTopic, _ kind: Kind, _ source: Source,
    when applies: @escaping @Sendable (AdviceContext) -> Bool,
    _ text: @escaping @Sendable (AdviceContext) -> String
  ) {
    self.id = id
    self.topic = topic
    self.kind = kind
    self.source = source
    self.applies = applies
    self.text = text
  }

  /// A rule whose text does not depend on the profile.
  init(
    _ id: String, _ topic: AdviceTopic, _ kind: Kind, _ source: Source,
    when applies: @escaping @Sendable (AdviceContext) -> Bool, _ text: String
  ) {
    self.init(id, topic, kind, source, when: applies) { _ in text }
  }

  /// Actions that come before everything else in the plan (academic recovery).
  var isUrgent: Bool {
    if case .action(let stage, _) = kind { return stage.isUrgent }
    return false
  }

  func item(in context: AdviceContext) -> AdviceItem {
    let place: PlanPlace? =
      switch kind {
      case .note: nil
      case .action(let stage, let rank): PlanPlace(stage, rank)
      }
    return AdviceItem(
      reason: Reason(rule: id, text: text(context), source: citing?(context) ?? source),
      topic: topic, place: place)
  }

  /// Every advice rule, in the order they appear within a topic.
  static let catalog: [AdviceRule] =
    emailNotes + channelRules + addressingRules + specialtyRules + programRules
    + recoveryRules + strengtheningRules + interviewRules + mistakeRules

  /// What every rule that applies in `context` says, in catalog order.
  static func items(in context: AdviceContext) -> [AdviceItem] {
    // By index, and only the rules that apply: filtering the catalog copied every rule (its
    // strings and closures) just to test it.
    var items: [AdviceItem] = []
    items.reserveCapacity(catalog.count)
    for index in catalog.indices where catalog[index].applies(context) {
      items.append(catalog[index].item(in: context))
    }
    return items
  }

  /// Where the catalog's urgent actions are, in catalog order.
  static let urgentIndices = catalog.indices.filter { catalog[$0].isUrgent }
}
