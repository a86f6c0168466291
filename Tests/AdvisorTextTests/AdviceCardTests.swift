import AdvisorCore
import AdvisorText
import Foundation
import Testing

@Suite("The advice card")
struct AdviceCardTests {
  private let rebound = Profile(
    step1: StepResult(outcome: .pass, attempts: 2),
    step2ck: StepResult(outcome: .pass, score: 238, attempts: 1), specialty: .internalMedicine,
    applicant: .usIMG, region: "Boston")

  @Test("The decision comes first, then why, then the plan")
  func order() throws {
    var usMD = rebound  // an IMG with no tie on record is told to stay silent
    usMD.applicant = .usMD
    usMD.clinicalEvidence = true  // the rebound the decision waits for
    let text = AdviceCard.document(for: Advisor.advise(usMD)).plainText
    let decision = try #require(text.range(of: "Brief targeted email to a few programs"))
    let why = try #require(text.range(of: "\nWhy\n"))
    let plan = try #require(text.range(of: "Plan: what to do next"))
    #expect(decision.lowerBound < why.lowerBound && why.lowerBound < plan.lowerBound)
  }

  @Test("Every reason and plan item carries its source tag")
  func sources() {
    let advice = Advisor.advise(rebound)
    let text = AdviceCard.document(for: advice).plainText
    for item in advice.plan {
      #expect(text.contains(item.text + " " + AdviceCard.tag(item.source)))
    }
    #expect(text.contains("[E: Decision flowchart]"))
    #expect(text.contains("[B: Massachusetts first, Boston later]"))
  }

  @Test("An undecided card says what it needs")
  func undecided() {
    let text = AdviceCard.document(for: Advisor.advise(Profile())).plainText
    #expect(text.contains("Not decided yet"))
    #expect(text.contains("your Step 1 result and your Step 2 CK result"))
    #expect(text.contains("Still unknown, and able to change this advice"))
  }

  @Test("The profile line summarises what is known")
  func profileLine() {
    #expect(
      ProfileSummary.line(for: rebound)
        == "Step 1 passed on attempt 2 · Step 2 CK 238, first attempt · Internal Medicine · "
        + "US-citizen IMG · Boston")
    #expect(ProfileSummary.line(for: Profile()) == "nothing known yet")
  }
}
