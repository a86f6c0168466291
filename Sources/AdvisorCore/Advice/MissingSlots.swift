/// Which unknown slots could still change the advice, most important first, found by asking the
/// core what each possible answer would do.
///
/// The order: first the slots the email decision cannot be made without (nearest the root of the
/// tree first); then the slots whose answer could change the decision or the headline figures
/// (sensitivity, application count, the Massachusetts strategy); then the slots that would only
/// change the plan. Within the last two groups, slots keep the contract's order, which is also
/// the order a conversation naturally takes.
enum MissingSlots {
  static func compute(_ context: AdviceContext) -> [Slot] {
    let profile = context.profile
    let essential = context.outcome.essentialSlots
    let open = Slot.allCases.filter { !profile.isKnown($0) && !essential.contains($0) }
    let current = Headline(context)

    var headline: [Slot] = []
    var planOnly: [Slot] = []
    for slot in open {
      if context.outcome.pivotalSlots.contains(slot) {
        headline.append(slot)
        continue
      }
      // Headline first, and stop at the first answer that changes it; compare the rules only
      // until two answers are seen to differ.
      var first: RuleReadings?
      var rulesDiffer = false
      var changesHeadline = false
      for candidate in candidates(for: slot, in: profile) {
        let answered = AdviceContext(probing: candidate, from: context)
        if current.differs(in: answered) {
          changesHeadline = true
          break
        }
        guard !rulesDiffer else { continue }
        if first == nil {
          first = RuleReadings(answered)
        } else {
          rulesDiffer = first?.differ(from: answered) == true
        }
      }
      if changesHeadline {
        headline.append(slot)
      } else if rulesDiffer {
        planOnly.append(slot)
      }
    }
    return essential + headline + planOnly
  }

  /// The exams taken and waiting for a result whose result could still change the headline
  /// ("Step 2 CK taken, result pending" after a failed Step 1: a clear rebound would change the
  /// decision). Such an exam is known, so it is not in ``compute(_:)``; it is waited on.
  static func awaiting(_ context: AdviceContext) -> [Exam] {
    let current = Headline(context)
    return Exam.allCases.filter { exam in
      let held = context.profile[exam]
      guard held.outcome == .pending else { return false }
      return candidates(for: exam.slot, in: context.profile).contains { candidate in
        // The result of the sitting on record, not a different number of attempts.
        guard candidate[exam].outcome != .notTaken else { return false }
        var probed = candidate
        probed[exam].attempts = held.attempts
        return current.differs(in: AdviceContext(probing: probed, from: context))
      }
    }
  }

  /// The profile with `slot` set to each representative answer.
  static func candidates(for slot: Slot, in profile: Profile) -> [Profile] {
    func with(_ change: (inout Profile) -> Void) -> Profile {
      var copy = profile
      change(&copy)
      return copy
    }
    switch slot {
    case .step1:
      return [
        StepResult(outcome: .pass, attempts: 1), StepResult(outcome: .pass, attempts: 2),
        StepResult(outcome: .fail, attempts: 1),
        StepResult(outcome: .pass, score: 205, attempts: 1),
        StepResult(outcome: .notTaken),
      ].map { result in with { $0.step1 = result } }
    case .step2ck:
      return [
        StepResult(outcome: .pass, score: 215, attempts: 1),
        StepResult(outcome: .pass, score: 238, attempts: 1),
        StepResult(outcome: .pass, score: 255, attempts: 1),
        StepResult(outcome: .fail, attempts: 1), StepResult(outcome: .notTaken),
      ].map { result in with { $0.step2ck = result } }
    case .specialty: return Specialty.allCases.map { value in with { $0.specialty = value } }
    case .applicant: return ApplicantType.allCases.map { value in with { $0.applicant = value } }
    case .region:
      return probedRegions.map { region in with { $0.region = region.name } }
    case .connections:
      return [[], [.facultyAdvocate], [.rotation]].map { value in with { $0.connections = value } }
    case .hook: return [false, true].map { value in with { $0.hook = value } }
    case .cutoffUnmet: return [false, true].map { value in with { $0.cutoffUnmet = value } }
    case .hardship: return Hardship.allCases.map { value in with { $0.hardship = value } }
    case .clinicalEvidence:
      return [false, true].map { value in with { $0.clinicalEvidence = value } }
    }
  }

  /// The regions a missing region is probed with, each with its reading, read once: reading a
  /// region parses its words.
  private static let probedRegions: [(name: String, focus: RegionFocus)] =
    ["Boston", "Worcester", "Chicago", "anywhere"].map { ($0, RegionFocus(describing: $0)) }

  /// The reading of `region`, without parsing it again when it is one of the regions probed.
  static func regionFocus(of region: String?) -> RegionFocus? {
    guard let region else { return nil }
    return probedRegions.first { $0.name == region }?.focus ?? RegionFocus(describing: region)
  }

  /// What an answer could change first: the headline figures and the plan's urgent actions
  /// (retake, the redemption exam).
  private struct Headline {
    let decision: EmailDecision?
    let sensitivity: Sensitivity?
    let applications: ApplicationRange?
    let massachusetts: Bool
    /// Whether each urgent action applies, in catalog order.
    let urgent: [Bool]

    init(_ context: AdviceContext) {
      decision = context.decision
      sensitivity = context.sensitivity
      applications = AdviceRule.applications(context)
      massachusetts = context.isMassachusetts
      urgent = AdviceRule.urgentIndices.map { AdviceRule.catalog[$0].applies(context) }
    }

    /// Whether `context` has another headline: read piece by piece, cheapest first, up to the
    /// first that differs, with no headline built for it.
    func differs(in context: AdviceContext) -> Bool {
      if context.decision != decision || context.sensitivity != sensitivity
        || context.isMassachusetts != massachusetts
      {
        return true
      }
      let urgentIndices = AdviceRule.urgentIndices
      return AdviceRule.applications(context) != applications
        || urgentIndices.indices.contains {
          AdviceRule.catalog[urgentIndices[$0]].applies(context) != urgent[$0]
        }
    }
  }

  /// Which rules apply for the first answer probed, read only as far as comparisons need them:
  /// two answers differ at the first rule, in catalog order, that they disagree on.
  private struct RuleReadings {
    let context: AdviceContext
    /// Whether each of the catalog's first rules applies, as far as read.
    private var applies: [Bool] = []

    init(_ context: AdviceContext) {
      self.context = context
      applies.reserveCapacity(AdviceRule.catalog.count)
    }

    /// Whether some rule applies for `other` and not for this answer, or the other way round.
    mutating func differ(from other: AdviceContext) -> Bool {
      let catalog = AdviceRule.catalog
      for index in catalog.indices {
        if index == applies.count { applies.append(catalog[index].applies(context)) }
        if catalog[index].applies(other) != applies[index] { return true }
      }
      return false
    }
  }
}
