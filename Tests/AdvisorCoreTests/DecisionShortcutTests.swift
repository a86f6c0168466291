import Testing

@testable import AdvisorCore

@Suite("The decision without its explanation")
struct DecisionShortcutTests {
  /// The sample profiles, and each with one slot forgotten again: known, assumed and unknown
  /// answers all on the way.
  static let profiles: [Profile] = ProfileSpace.sample().flatMap { profile in
    [profile]
      + Slot.allCases.map(profile.clearing)
  }

  @Test("conclusion(_:) reaches the rule evaluate(_:) reaches, for every sample profile")
  func sameConclusion() {
    var concluded = 0
    for profile in Self.profiles {
      let facts = ScoreFacts(profile)
      let full = DecisionEvaluator.evaluate(facts).rule
      #expect(DecisionEvaluator.conclusion(facts)?.id == full?.id, "\(profile)")
      if full != nil { concluded += 1 }
    }
    // Both outcomes are exercised: concluded and stopped at an essential unknown.
    #expect(concluded > 0 && concluded < Self.profiles.count)
  }
}
