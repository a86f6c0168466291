import AdvisorCore
import Testing

@Suite("A profile file's Step 2 CK outcome against its score")
struct StatedOutcomeTests {
  @Test(
    "An outcome the score contradicts under both pass marks is refused; one between them is not",
    arguments: [
      (StepOutcome.fail, 219, false), (.pass, 210, false), (.pass, 230, true), (.fail, 205, true),
      (.pass, 216, true), (.fail, 216, true),
    ])
  func contradiction(outcome: StepOutcome, score: Int, accepted: Bool) {
    let profile = Profile(step2ck: StepResult(outcome: outcome, score: score, attempts: 1))
    #expect(((try? profile.checkStatedOutcomes()) != nil) == accepted)
  }
}
