/// What advice rules read: the profile, its derived facts and the email decision.
///
/// A value: what it derives sits behind one immutable reference. The rules are closures kept in
/// arrays, which take their argument indirectly; a context of many fields was copied and
/// retained field by field at each of the thousands of calls per piece of advice, one reference
/// is not.
struct AdviceContext: Sendable {
  private let derived: Derived
  /// The exams whose pending result could still change the advice (``MissingSlots/awaiting(_:)``),
  /// worked out once by ``Advisor/advise(_:)`` for the rules and the advice alike; empty in a
  /// probe.
  var awaiting: [Exam] = []

  /// What is derived from the profile, once.
  private final class Derived: Sendable {
    let facts: ScoreFacts
    /// Every condition answered once: the rules ask the same few many times.
    let truths: Truths
    let outcome: DecisionOutcome
    /// Read once: rules ask about the region many times per piece of advice.
    let regionFocus: RegionFocus?

    init(_ facts: ScoreFacts, _ truths: Truths, _ outcome: DecisionOutcome, _ region: RegionFocus?)
    {
      self.facts = facts
      self.truths = truths
      self.outcome = outcome
      self.regionFocus = region
    }
  }

  init(_ profile: Profile) {
    let facts = ScoreFacts(profile)
    let truths = Truths(facts)
    derived = Derived(
      facts, truths, DecisionEvaluator.evaluate(facts, truths), profile.regionFocus)
  }

  /// A context for probing what an answer would change: the decision without its steps or
  /// pivots, which no rule reads.
  ///
  /// - Parameter known: the context probed from; its region reading is reused when the probe
  ///   leaves the region as it was (every probe but the region's own), and so are its
  ///   benchmarks when the specialty is the same.
  init(probing profile: Profile, from known: AdviceContext) {
    let facts = ScoreFacts(profile, reusing: known.facts)
    let truths = Truths(facts)
    let outcome = DecisionOutcome(
      rule: DecisionEvaluator.conclusion(truths), steps: [], pivotalSlots: [], essentialSlots: [])
    derived = Derived(
      facts, truths, outcome,
      profile.region == known.profile.region
        ? known.regionFocus : MissingSlots.regionFocus(of: profile.region))
  }

  var facts: ScoreFacts { derived.facts }
  var outcome: DecisionOutcome { derived.outcome }
  var regionFocus: RegionFocus? { derived.regionFocus }

  var profile: Profile { facts.profile }
  var decision: EmailDecision? { outcome.rule?.decision }
  var specialty: Specialty? { profile.specialty }
  var sensitivity: Sensitivity? { facts.benchmarks?.sensitivity }
  var specialtyName: String { specialty?.displayName ?? "your specialty" }

  /// The decision has the applicant writing to programs.
  var isEmailing: Bool { decision?.involvesApplicantEmail == true }
  /// Someone contacts programs about the score (applicant or faculty).
  var isReachingOut: Bool { decision != nil && decision != .staySilent }

  var isIMG: Bool { profile.applicant?.isIMG == true }
  var isUSIMG: Bool { profile.applicant == .usIMG }
  var isMassachusetts: Bool { regionFocus?.isMassachusetts == true }
  var isBoston: Bool { regionFocus == .boston }
  var hasFacultyAdvocate: Bool { profile.has(.facultyAdvocate) == true }

  /// Where the applicant wants to train, for sentences ("Boston", "your region").
  var regionName: String {
    switch regionFocus {
    case .boston?: "Boston"
    case .massachusetts?: "Massachusetts"
    case .elsewhere?: profile.region ?? "your region"
    case .anywhere?, nil: "the US"
    }
  }

  func truth(_ condition: Condition) -> Truth { derived.truths[condition] }
  func isYes(_ condition: Condition) -> Bool { truth(condition) == .yes }
  func isNo(_ condition: Condition) -> Bool { truth(condition) == .no }
  /// The answer the decision followed: a known yes, or a yes it leaned to while the slot is open.
  func readsYes(_ condition: Condition) -> Bool {
    switch truth(condition) {
    case .yes, .unknown(_, assume: true?): true
    case .no, .unknown: false
    }
  }

  /// Something about the scores needs handling: a failure, a score under the screens, or a
  /// mismatch with the specialty.
  var hasScoreConcern: Bool {
    isYes(.anyFailure) || isNo(.aboveCutoffs) || isYes(.bigMismatch)
  }

  /// Step 1 was failed or its numeric score is under the screens; Step 2 CK has to answer it.
  var step1NeedsAnswer: Bool {
    let step1 = profile.step1
    if step1.hasFailure == true { return true }
    guard let score = step1.score else { return false }
    let floor = facts.benchmarks?.screeningFloor.value ?? ScoreThresholds.floorRange.upperBound
    return score < floor
  }
}
