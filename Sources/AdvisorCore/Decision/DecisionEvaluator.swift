/// One answered question on the way to the decision.
package struct DecisionStep: Sendable, Hashable {
  /// The rule id of the question (`check.any-failure`).
  package let rule: String
  package let question: String
  package let answer: Bool
  /// The answer was assumed because the slot is not known yet.
  package let assumed: Bool
  /// Why, for this profile.
  package let explanation: String
  package let source: Source
}

/// The tree evaluated on a profile.
struct DecisionOutcome: Sendable {
  /// The conclusion, or nil while an essential slot is unknown.
  var rule: DecisionRule?
  /// The questions answered on the way, in order.
  var steps: [DecisionStep]
  /// Unknown slots whose answers could still change the decision, nearest the root first.
  var pivotalSlots: [Slot]
  /// The subset of ``pivotalSlots`` the decision cannot be made without.
  var essentialSlots: [Slot]
  /// While undecided: the question on the way that the missing answer is needed for.
  var waitingOn: Condition? = nil
  /// Once decided: the unknown slots whose answer alone, the others taken as assumed, would
  /// change the decision ("your connections could change it").
  var decisiveSlots: [Slot] = []
}

/// Evaluates the decision tree under partial knowledge.
///
/// Known answers are followed. An unknown slot that defaults to "none" (connections, hook,
/// cutoff, hardship) is assumed absent for the decision; an unknown exam or specialty stops it.
/// Both branches of every unknown are explored to find which slots could still change the result.
enum DecisionEvaluator {
  /// - Parameter truths: the answers of `facts`' profile, worked out once.
  static func evaluate(_ facts: ScoreFacts, _ truths: Truths, tree: DecisionNode = .root)
    -> DecisionOutcome
  {
    let (rule, steps, waitingOn) = trace(tree, facts, truths)
    var pivots: [(depth: Int, slots: SlotSet, essential: Bool)] = []
    _ = reachableDecisions(tree, truths, depth: 0, pivots: &pivots)
    var ordered: [Slot] = []
    var essential: [Slot] = []
    for pivot in pivots.sorted(by: { $0.depth < $1.depth }) {
      for slot in pivot.slots.ordered where !ordered.contains(slot) {
        ordered.append(slot)
        if pivot.essential { essential.append(slot) }
      }
    }
    // Only a slot whose answer alone changes the decision: "a cutoff you miss" and "a hook"
    // may matter only together, and the hook alone changes nothing.
    let decisive =
      rule == nil
      ? []
      : ordered.filter { slot in
        conclusion(truths, flipping: slot, tree: tree)?.decision != rule?.decision
      }
    return DecisionOutcome(
      rule: rule, steps: steps, pivotalSlots: ordered, essentialSlots: essential,
      waitingOn: waitingOn, decisiveSlots: decisive)
  }

  /// The conclusion alone, as ``evaluate(_:_:tree:)`` reaches it, without the explanations or
  /// the pivots: what probing a hypothetical answer needs. With `slot`, the answers assumed for
  /// it are taken the other way, every other unknown as assumed.
  static func conclusion(_ truths: Truths, flipping slot: Slot? = nil, tree: DecisionNode = .root)
    -> DecisionRule?
  {
    var current = tree
    while true {
      switch current {
      case .conclude(let rule):
        return rule
      case .ask(let condition, let yes, let no):
        switch truths[condition] {
        case .yes: current = yes
        case .no: current = no
        case .unknown(let slots, let assume?):
          let flipped = slot.map(slots.contains) == true
          current = assume != flipped ? yes : no
        case .unknown(_, nil): return nil
        }
      }
    }
  }

  /// Follows known and assumed answers; stops at the first essential unknown.
  private static func trace(_ node: DecisionNode, _ facts: ScoreFacts, _ truths: Truths) -> (
    DecisionRule?, [DecisionStep], Condition?
  ) {
    var steps: [DecisionStep] = []
    var current = node
    while true {
      switch current {
      case .conclude(let rule):
        return (rule, steps, nil)
      case .ask(let condition, let yes, let no):
        let answer: Bool
        let assumed: Bool
        switch truths[condition] {
        case .yes: (answer, assumed) = (true, false)
        case .no: (answer, assumed) = (false, false)
        case .unknown(_, let assume?): (answer, assumed) = (assume, true)
        case .unknown(_, nil): return (nil, steps, condition)
        }
        steps.append(
          DecisionStep(
            rule: condition.rawValue, question: condition.question, answer: answer,
            assumed: assumed,
            explanation: condition.explanation(answer, assumed: assumed, facts: facts),
            source: condition.source(facts)))
        current = answer ? yes : no
      }
    }
  }

  /// The decisions reachable from `node`; records unknown slots whose branches differ.
  private static func reachableDecisions(
    _ node: DecisionNode, _ truths: Truths, depth: Int,
    pivots: inout [(depth: Int, slots: SlotSet, essential: Bool)]
  ) -> ReachableDecisions {
    switch node {
    case .conclude(let rule):
      return ReachableDecisions(rule.decision)
    case .ask(let condition, let yes, let no):
      switch truths[condition] {
      case .yes: return reachableDecisions(yes, truths, depth: depth + 1, pivots: &pivots)
      case .no: return reachableDecisions(no, truths, depth: depth + 1, pivots: &pivots)
      case .unknown(let slots, let assume):
        let ifYes = reachableDecisions(yes, truths, depth: depth + 1, pivots: &pivots)
        let ifNo = reachableDecisions(no, truths, depth: depth + 1, pivots: &pivots)
        // An essential unknown is always pivotal: even when both branches end in the same
        // decision, the reasons (and the rule) depend on it.
        if ifYes != ifNo || assume == nil { pivots.append((depth, slots, assume == nil)) }
        return ifYes.union(ifNo)
      }
    }
  }
}

/// A set of email decisions, a bit each: the tree is walked under every unknown for each piece of
/// advice, and a `Set<EmailDecision>` hashed each decision's name at every node.
private struct ReachableDecisions: Equatable {
  private var bits: UInt8

  init(_ decision: EmailDecision) {
    bits = decision.bit
  }

  func union(_ other: ReachableDecisions) -> ReachableDecisions {
    var union = self
    union.bits |= other.bits
    return union
  }
}

extension EmailDecision {
  /// The decision's bit in ``ReachableDecisions``.
  fileprivate var bit: UInt8 {
    switch self {
    case .staySilent: 1 << 0
    case .targetedEmail: 1 << 1
    case .facultyContact: 1 << 2
    case .emailSomeRefocusList: 1 << 3
    case .hookOnly: 1 << 4
    }
  }
}
