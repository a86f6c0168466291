import AdvisorCore
import Testing

@Suite("What is still missing")
struct MissingSlotsTests {
  @Test("With nothing known, the decision is null and the exams come first")
  func nothingKnown() {
    let advice = Advisor.advise(Profile())
    #expect(advice.decision == nil)
    #expect(Array(advice.missing.prefix(3)) == [.step1, .step2ck, .specialty])
    // Clinical evidence matters only once a failure and a middling Step 2 CK are known.
    #expect(Set(advice.missing) == Set(Slot.allCases).subtracting([.clinicalEvidence]))
  }

  @Test("A fully answered profile has nothing missing")
  func everythingKnown() {
    let profile = answered(step2ck: passed(232), applicant: .usIMG, region: "Boston")
    #expect(Advisor.advise(profile).missing.isEmpty)
  }

  @Test("A result still to come is awaited when it could change the advice, not asked again")
  func awaitedResult() {
    let pending = answered(step1: passed(attempts: 2), step2ck: StepResult(outcome: .pending))
    let advice = Advisor.advise(pending)
    #expect(advice.awaiting == [.step2ck])
    #expect(!advice.missing.contains(.step2ck))
    // Sat already: the plan speaks of acting on its score, not of preparing for it.
    let redemption = advice.items.first { $0.reason.rule == "recovery.redemption-exam" }
    #expect(redemption?.reason.text.contains("awaiting its score") == true)
    #expect(
      Advisor.advise(answered(step1: passed(attempts: 2), step2ck: passed(241))).awaiting
        .isEmpty)
  }

  @Test("No stated cutoff is asked about before there is a Step 2 CK score or a failure to miss it")
  func noCutoffBeforeAScore() {
    let notYet = Profile(
      step1: passed(), step2ck: StepResult(outcome: .notTaken), specialty: .anesthesiology)
    #expect(!Advisor.advise(notYet).missing.contains(.cutoffUnmet))
    // A failure can miss a program's cap on attempts; a score can miss its minimum.
    let failed = Profile(
      step1: StepResult(outcome: .pass, attempts: 2), step2ck: StepResult(outcome: .notTaken),
      specialty: .anesthesiology)
    #expect(Advisor.advise(failed).missing.contains(.cutoffUnmet))
  }

  @Test("A stated cutoff is missed only with a score or a failure to miss it with")
  func missesStatedCutoff() {
    var profile = Profile(step1: passed(), step2ck: StepResult(outcome: .notTaken))
    profile.cutoffUnmet = true
    #expect(!profile.missesStatedCutoff)
    profile.step2ck = passed(224)
    #expect(profile.missesStatedCutoff)
    profile.step2ck = StepResult(outcome: .notTaken)
    profile.step1 = StepResult(outcome: .pass, attempts: 2)
    #expect(profile.missesStatedCutoff)
    profile.cutoffUnmet = false
    #expect(!profile.missesStatedCutoff)
  }

  @Test("A pass without the number of attempts keeps Step 1 missing")
  func attemptsMatter() {
    let profile = Profile(step1: StepResult(outcome: .pass), step2ck: passed(238))
    let advice = Advisor.advise(profile)
    #expect(advice.decision == nil)
    #expect(advice.missing.first == .step1)
  }

  @Test("A Step 2 CK pass without its score keeps Step 2 CK missing")
  func scoreMatters() {
    let profile = Profile(step1: passed(), step2ck: StepResult(outcome: .pass, attempts: 1))
    #expect(Advisor.advise(profile).missing.first == .step2ck)
  }

  @Test("A score that clears every specialty's screen does not need the specialty to decide")
  func highScoreDecidesWithoutSpecialty() {
    let advice = Advisor.advise(Profile(step1: passed(), step2ck: passed(246)))
    #expect(advice.decision == .staySilent)
    #expect(advice.missing.contains(.specialty))
  }

  @Test("A score in the band where specialties disagree needs the specialty first")
  func specialtyDecides() {
    let advice = Advisor.advise(Profile(step1: passed(), step2ck: passed(224)))
    #expect(advice.decision == nil)
    #expect(advice.missing.first == .specialty)
  }

  @Test("Slots that cannot change anything are not asked (computed, not a fixed list)")
  func irrelevantSlotsAreNotMissing() {
    // Standing failure: the decision is fixed, so the hook cannot change it.
    let profile = Profile(step1: failed(), step2ck: notTaken, specialty: .internalMedicine)
    let advice = Advisor.advise(profile)
    #expect(advice.decision == .staySilent)
    #expect(!advice.missing.contains(.hook))
    #expect(advice.missing.contains(.applicant))
  }

  @Test("Connections are asked when a faculty advocate could change the decision")
  func connectionsPivotal() {
    let profile = Profile(
      step1: passed(attempts: 2), step2ck: passed(238), specialty: .internalMedicine,
      clinicalEvidence: true)
    let advice = Advisor.advise(profile)
    #expect(advice.decision == .targetedEmail)
    #expect(advice.missing.contains(.connections))
    var answeredProfile = profile
    answeredProfile.connections = [.facultyAdvocate]
    #expect(Advisor.advise(answeredProfile).decision == .facultyContact)
  }

  @Test("Once the specialty is known, the applicant type moves ahead of the circumstances")
  func applicantBeforeCircumstances() {
    let profile = Profile(step1: passed(), step2ck: passed(218), specialty: .internalMedicine)
    #expect(Advisor.advise(profile).missing.first == .applicant)
  }

  @Test(
    "Without the specialty, a failure decides alone when there is no rebound; after one the reason says which question needs the specialty"
  )
  func specialtyNeededOnlyAfterARebound() {
    var noRebound = Profile(
      step1: passed(attempts: 2), step2ck: passed(229), clinicalEvidence: false)
    noRebound.applicant = .usMD
    #expect(Advisor.advise(noRebound).decision == .staySilent)
    var rebound = noRebound
    rebound.step2ck = passed(239)
    rebound.clinicalEvidence = true
    let advice = Advisor.advise(rebound)
    #expect(advice.decision == nil && advice.email.needed == [.specialty])
    #expect(advice.email.waitingOn == "Is the score far below the specialty's norms?")
    let reason = advice.email.reasons.last { $0.rule == EmailAdvice.undecidedRule }
    #expect(
      reason?.text.hasSuffix("needs it: Is the score far below the specialty's norms?") == true)
  }
}
