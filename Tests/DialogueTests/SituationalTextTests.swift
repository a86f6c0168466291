import AdvisorCore
import Testing

@testable import Dialogue

/// Entries written for one situation are not given as the answer to an applicant in another.
@Suite("Entries for one situation only")
struct SituationalTextTests {
  /// A conversation holding `profile`, asked `question`: the entry its answer gives.
  private func answerID(_ question: String, _ profile: Profile) -> String? {
    var state = ConversationState()
    state.profile = profile
    let conversation = Conversation(knowledge: Knowledge.base, state: state)
    return conversation.knowledgeAnswer(question).1?.id
  }

  @Test("Every row names an entry of the knowledge base")
  func rowsNameEntries() {
    for id in SituationalText.fits.keys {
      #expect(Knowledge.base.entry(id: id) != nil, "\(id)")
    }
  }

  @Test("What citizenship gives an IMG is not the answer for a non-US IMG")
  func citizenAdvantages() {
    let question = "Does being a US citizen help me as an IMG?"
    #expect(answerID(question, Profile(applicant: .usIMG)) == "img-citizen-advantages")
    #expect(answerID(question, Profile(applicant: .nonUSIMG)) != "img-citizen-advantages")
  }

  @Test("A first-try pass is not the answer for a failure; pass/fail Step 1 not for a number")
  func failureAndScoredStepOne() {
    let failed = Profile(
      step1: StepResult(outcome: .pass, score: 205, attempts: 1),
      step2ck: StepResult(outcome: .pass, score: 228, attempts: 2))
    let firstTry = [
      "snapshot-single-low-pass", "no-email-modest-first-pass", "flowchart-above-cutoffs",
    ]
    #expect(
      !firstTry.contains(answerID("will programs see my 211 from the first attempt", failed) ?? ""))
    #expect(answerID("does my step 1 205 matter", failed) != "faq-step1-pass-fail")
    // Positive control: the same first-try question finds such an entry for a first-try pass.
    let firstTryPass = Profile(step2ck: StepResult(outcome: .pass, score: 221, attempts: 1))
    #expect(
      firstTry.contains(answerID("one low score, passed on the first try", firstTryPass) ?? ""))
    let passFail = Profile(step1: StepResult(outcome: .pass, attempts: 1))
    #expect(answerID("Does Step 1 pass/fail still matter?", passFail) == "faq-step1-pass-fail")
  }

  @Test("Step 2 CK as the exam to redeem the record: not once its result is in")
  func redemptionBeforeTheResult() {
    let question = "Can a good Step 2 CK make up for a bad Step 1?"
    let failed = StepResult(outcome: .pass, attempts: 2)
    #expect(
      answerID(question, Profile(step1: failed, step2ck: StepResult(outcome: .notTaken)))
        == "recovery-step2-redemption")
    #expect(
      answerID(question, Profile(step1: failed, step2ck: StepResult(outcome: .pass, score: 232)))
        != "recovery-step2-redemption")
  }
}
