import AdvisorCore
import AdvisorText
import Testing

@Suite("The profile as /profile lists it")
struct ProfileSummaryTests {
  @Test(
    "A scored result says whether it passed or failed when the outcome is known",
    arguments: [
      (StepResult(outcome: .pass, score: 214, attempts: 1), "passed with 214, first attempt"),
      (StepResult(outcome: .pass, score: 236, attempts: 2), "passed with 236 on attempt 2"),
      (StepResult(outcome: .pass, score: 240), "passed with 240"),
      (StepResult(outcome: .fail, score: 214, attempts: 1), "failed with 214"),
      (StepResult(score: 215), "215"),
      (StepResult(outcome: .pass, attempts: 2), "passed on attempt 2"),
    ])
  func outcomeIsSaid(result: StepResult, listed: String) {
    let profile = Profile(step2ck: result)
    let line = ProfileSummary.lines(for: profile).first { $0.label == "Step 2 CK" }
    #expect(line?.value == listed)
  }
}
