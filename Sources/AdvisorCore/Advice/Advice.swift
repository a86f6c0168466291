/// Everything the advisor recommends for a profile, each piece with its rule and source.
package struct Advice: Sendable, Hashable {
  /// The profile the advice is for.
  package var profile: Profile
  package var email: EmailAdvice
  package var specialty: SpecialtyAdvice
  /// The recommended number of programs to apply to, or nil where the sources give no figure.
  package var applications: ApplicationRange?
  /// The advice on every topic, in rule order.
  package var items: [AdviceItem]
  /// Unknown slots whose answers could still change the advice, most important first.
  package var missing: [Slot]
  /// Exams taken and waiting for a result that could still change the advice.
  package var awaiting: [Exam] = []

  /// The items of one topic.
  package func items(_ topic: AdviceTopic) -> [AdviceItem] {
    items.filter { $0.topic == topic }
  }

  /// The prioritised action list: what to do next, first things first, each topic's actions
  /// together (a topic comes where its most urgent action does).
  package var plan: [AdviceItem] {
    let actions = items.compactMap { item in item.place.map { (item, $0) } }
      .enumerated()
      .sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }
      .map(\.element.0)
    var topics: [AdviceTopic] = []
    for item in actions where !topics.contains(item.topic) { topics.append(item.topic) }
    return topics.flatMap { topic in actions.filter { $0.topic == topic } }
  }

  /// How the application treats the score, as the advice decides it: the surfaces that draft
  /// for it (the personal-statement paragraph) read this rather than judge again.
  package var scoreInApplication: ScoreInApplication {
    let rules = Set(items.map(\.rule))
    if rules.contains(ScoreInApplication.explainRule) { return .explain }
    if rules.contains(ScoreInApplication.showClimbRule) { return .showClimb }
    return .nothingToExplain
  }

  /// The ids of every rule behind this advice: decision steps, conclusion and items.
  package var ruleIDs: [String] {
    email.steps.map(\.rule) + (email.rule.map { [$0] } ?? []) + items.map(\.rule)
  }
}

/// How the application treats the score.
package enum ScoreInApplication: Sendable, Hashable {
  /// One tight personal-statement paragraph on it (a failure, a score under the screens).
  case explain
  /// No explanation: only the climb from Step 1 to Step 2 CK is shown, as a strength.
  case showClimb
  /// Nothing to say about the number.
  case nothingToExplain

  package static let explainRule = "address.personal-statement"
  package static let showClimbRule = "address.show-the-climb"
}

/// The email decision with its reasoning.
package struct EmailAdvice: Sendable, Hashable {
  /// The decision, or nil while too little is known.
  package var decision: EmailDecision?
  /// The conclusion's rule id, when decided.
  package var rule: String?
  /// The questions answered on the way.
  package var steps: [DecisionStep]
  /// Why: the answered questions, the conclusion and the notes that apply, each with its source.
  package var reasons: [Reason]
  /// How many programs to write to at most, when the applicant writes at all.
  package var programs: ClosedRange<Int>?
  /// While undecided: the slots the decision cannot be made without.
  package var needed: [Slot] = []
  /// While undecided: the question on the flowchart's way that needs them ("Is the score far
  /// below the specialty's norms?"), which says why one profile needs a slot another does not.
  package var waitingOn: String? = nil
  /// Once decided: the slots still unknown whose answers could change the decision (taken as
  /// "none" meanwhile), nearest the flowchart's root first.
  package var openToChange: [Slot] = []

  /// The rule id of the reason given while the decision waits for an answer.
  package static let undecidedRule = "email.undecided"
  /// The rule id of the caveat said with the headline when it turns on an estimate the score
  /// sits close to.
  package static let nearTheLineRule = "email.near-an-estimate"
  /// The rule that says how many programs, and which, an email goes to.
  package static let limitRule = "email.limit"

  /// What the headline says: the conclusion, and the caveat when it rests on an estimate the
  /// score is close to. Every surface that shows the decision shows these, in this order.
  package var headline: [Reason] {
    reasons.filter { $0.rule == rule || $0.rule == Self.nearTheLineRule }
  }
}

/// The specialty and how much it weighs scores.
package struct SpecialtyAdvice: Sendable, Hashable {
  package var specialty: Specialty?
  package var sensitivity: Sensitivity?
  /// The figures behind the judgement, when the specialty is known.
  package var benchmarks: SpecialtyBenchmarks?
  /// The applicant's backup specialties, each judged by the decision's own questions.
  package var backups: [BackupAssessment] = []
}

/// A recommended number of programs to apply to.
package struct ApplicationRange: Sendable, Hashable {
  package var min: Int
  package var max: Int
  /// "or more": the source says the range can go higher for weaker files.
  package var openEnded: Bool
  package var basis: Basis
}
