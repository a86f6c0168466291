import AdvisorCore
import AdvisorText
import Testing

@testable import Dialogue

/// What the advice changes say when only the rule behind a decision moved.
@Suite("Advice changes")
struct AdviceChangeWordingTests {
  @Test(
    "The same decision for the same reason, in the same words, is not said again as 'still …, now because'"
  )
  func sameReasonNotRepeated() throws {
    let profile = Profile(
      step1: StepResult(outcome: .fail, attempts: 1), step2ck: StepResult(outcome: .notTaken),
      specialty: .internalMedicine, applicant: .usMD, region: "anywhere", connections: [],
      hook: false, cutoffUnmet: false, hardship: Hardship.none, clinicalEvidence: false)
    let new = Advisor.advise(profile)
    try #require(new.email.decision != nil)
    var old = new
    old.profile.region = "Ohio"
    // Another rule behind the same decision, with the same reason in the same words.
    old.email.rule = "another.rule"
    old.email.reasons = new.email.headline.map { reason in
      var reason = reason
      reason.rule = "another.rule"
      return reason
    }
    let said = TextDocument(AdviceChanges.describe(from: old, to: new)).plainText
    #expect(!said.contains("now because"), "\(said)")
    // With another reason, the change is still said.
    old.email.reasons = old.email.reasons.map { reason in
      var reason = reason
      reason.text = "Another reason."
      return reason
    }
    let changed = TextDocument(AdviceChanges.describe(from: old, to: new)).plainText
    #expect(changed.contains("now because"), "\(changed)")
  }
}
