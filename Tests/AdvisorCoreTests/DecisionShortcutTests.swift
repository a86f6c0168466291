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

  @Test("conclusion(_:) reaches the rule evaluate(_:_:) reaches, for every sample profile")
  func sameConclusion() {
    var concluded = 0
    for profile in Self.profiles {
      let facts = ScoreFacts(profile)
      let truths = Truths(facts)
      let full = DecisionEvaluator.evaluate(facts, truths).rule
      #expect(DecisionEvaluator.conclusion(truths)?.id == full?.id, "\(profile)")
      if full != nil { concluded += 1 }
    }
    // Both outcomes are exercised: concluded and stopped at an essential unknown.
    #expect(concluded > 0 && concluded < Self.profiles.count)
  }

  @Test("Truths holds each condition's answer as the condition gives it, for every sample profile")
  func truthsAsEvaluated() {
    for profile in Self.profiles {
      let facts = ScoreFacts(profile)
      let truths = Truths(facts)
      for condition in Condition.allCases {
        #expect(truths[condition] == condition.evaluate(facts), "\(condition) \(profile)")
      }
    }
  }

  @Test("A slot set lists its slots in contract order")
  func slotSetOrder() {
    var slots = SlotSet(.clinicalEvidence)
    slots.insert(.step2ck)
    slots.insert(.step1)
    #expect(slots.ordered == [.step1, .step2ck, .clinicalEvidence])
    #expect(SlotSet().isEmpty && !slots.contains(.hook))
  }
}

@Suite("The plan's stages")
struct PlanStageTests {
  @Test("The plan starts with the exam, and each topic's actions keep their stage and rank order")
  func stagesInOrder() {
    let advice = Advisor.advise(
      answered(step1: failed(), step2ck: notTaken, applicant: .usIMG, region: "Boston"))
    let places = advice.plan.compactMap(\.place)
    #expect(places.first?.stage == .examFirst)
    #expect(advice.plan.first?.isUrgent == true)
    for topic in AdviceTopic.allCases {
      let ordered = advice.plan.filter { $0.topic == topic }.compactMap(\.place)
      #expect(ordered == ordered.sorted(), "\(topic)")
    }
    #expect(advice.plan.filter(\.isUrgent).allSatisfy { $0.topic == .recovery })
    #expect(advice.items.filter { !$0.isAction }.allSatisfy { !$0.isUrgent && !$0.isEarlyStep })
  }
}
