/// A question of the decision tree, answered from the profile.
package enum Condition: String, Sendable, Hashable, CaseIterable {
  case anyFailure = "check.any-failure"
  case scoreOnRecord = "check.score-on-record"
  case clearImprovement = "check.clear-improvement"
  case bigMismatch = "check.specialty-mismatch"
  case cutoffUnmet = "check.cutoff-unmet"
  case aboveCutoffs = "check.above-cutoffs"
  case facultyAdvocate = "check.faculty-advocate"
  case imgWithoutTies = "check.img-without-ties"
  case hook = "check.hook"
  case resolvedHardship = "check.resolved-event"

  /// The question as the flowchart or table asks it.
  var question: String {
    switch self {
    case .anyFailure: "Did you fail any Step?"
    case .scoreOnRecord: "Is there a numeric score to explain?"
    case .clearImprovement: "Does a later exam show a clear improvement?"
    case .bigMismatch: "Is the score far below the specialty's norms?"
    case .cutoffUnmet: "Does a target program state a cutoff you miss?"
    case .aboveCutoffs: "Is the score above many programs' cutoffs?"
    case .facultyAdvocate:
      "Is a faculty advocate available?"
    case .imgWithoutTies: "Are you an IMG with no real connection to the programs?"
    case .hook: "Is there a strong hook to the program?"
    case .resolvedHardship: "Was the score pulled down by a concrete event now resolved?"
    }
  }

  var source: Source {
    switch self {
    case .anyFailure, .clearImprovement, .aboveCutoffs, .facultyAdvocate, .hook: .flowchart
    case .bigMismatch, .cutoffUnmet: .snapshot
    case .imgWithoutTies: .faqIMG
    case .scoreOnRecord: .faqPassFail
    case .resolvedHardship: .whenToEmail
    }
  }

  func evaluate(_ facts: ScoreFacts) -> Truth {
    let profile = facts.profile
    switch self {
    case .anyFailure:
      var open = SlotSet()
      var pending = SlotSet()
      for exam in Exam.allCases {
        let result = profile[exam]
        switch result.hasFailure {
        case true?: return .yes
        case false?: break
        case nil: open.insert(exam.slot)
        }
        if result.outcome == .pending { pending.insert(exam.slot) }
      }
      if !open.isEmpty { return .essential(open) }
      // A result still to come could be a fail: assume a pass, and say so.
      return pending.isEmpty ? .no : .unknown(slots: pending, assume: false)

    case .clearImprovement:
      if facts.hasStandingFailure { return .no }
      let ck = profile.step2ck
      switch ck.outcome {
      case .pass?:
        guard let score = ck.score else { return .essential(.step2ck) }
        return Condition.rebound(score, evidence: profile.clinicalEvidence)
      case .notTaken?, .pending?: return .no
      case .fail?: return .no
      case nil: return .essential(.step2ck)
      }

    case .bigMismatch:
      return compare(
        facts, noScore: false,
        test: { score, benchmarks in
          guard let threshold = benchmarks.mismatchBelow?.value else { return false }
          return score < threshold
        },
        whenUnknownSpecialty: { score in
          score >= ScoreThresholds.mismatchRange.upperBound ? false : nil
        })

    case .aboveCutoffs:
      return compare(
        facts, noScore: true,
        test: { score, benchmarks in score >= benchmarks.screeningFloor.value },
        whenUnknownSpecialty: { score in
          let range = ScoreThresholds.floorRange
          if score >= range.upperBound { return true }
          if score < range.lowerBound { return false }
          return nil
        })

    case .scoreOnRecord:
      switch facts.relevantScore {
      case .unknown(let slot): return .essential(slot)
      case .noneOnRecord: return .no
      case .score: return .yes
      }
    case .cutoffUnmet: return .circumstantial(profile.cutoffUnmet, .cutoffUnmet)
    case .facultyAdvocate:
      // Only a faculty member who will speak for the applicant counts: a rotation, family in
      // the area or alumni are ties (they make a targeted email of the applicant's own
      // sensible), not someone who can call the program director.
      return .circumstantial(profile.has(.facultyAdvocate), .connections)
    case .imgWithoutTies:
      guard let isIMG = profile.applicant?.isIMG else { return .circumstantial(nil, .applicant) }
      guard isIMG else { return .no }
      // Until the connections are known, an IMG is taken to have none: the cautious reading.
      return profile.connections.map { Truth($0.isEmpty) }
        ?? .unknown(slots: SlotSet(.connections), assume: true)
    case .hook: return .circumstantial(profile.hook, .hook)
    case .resolvedHardship:
      return .circumstantial(profile.hardship.map { $0 == .resolved }, .hardship)
    }
  }

  /// Whether a passing Step 2 CK after a failure reads as a clear rebound: below the band it
  /// does not, at or above the national mean it does, and in between the clinical evidence
  /// decides. While that is unknown the decision waits for it, as for any undecided input: no
  /// estimate alone decides the headline.
  static func rebound(_ score: Int, evidence: Bool?) -> Truth {
    let band = ScoreThresholds.reboundBand
    if score < band.lowerBound { return .no }
    if score >= band.upperBound { return .yes }
    return evidence.map(Truth.init) ?? .essential(.clinicalEvidence)
  }

  /// Compares the relevant score with the specialty's figure; with the specialty unknown, decides
  /// only when every specialty would agree.
  private func compare(
    _ facts: ScoreFacts,
    noScore: Bool,
    test: (Int, SpecialtyBenchmarks) -> Bool,
    whenUnknownSpecialty: (Int) -> Bool?
  ) -> Truth {
    switch facts.relevantScore {
    case .unknown(let slot): return .essential(slot)
    case .noneOnRecord: return Truth(noScore)
    case .score(let score, _):
      if let benchmarks = facts.benchmarks { return Truth(test(score, benchmarks)) }
      return whenUnknownSpecialty(score).map(Truth.init) ?? .essential(.specialty)
    }
  }
}
