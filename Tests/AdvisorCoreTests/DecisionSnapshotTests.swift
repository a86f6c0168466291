import AdvisorCore
import Testing

/// The article's decision snapshot table, one test per row.
@Suite("Decision snapshot table")
struct DecisionSnapshotTests {
  @Test("Row 1: a single low Step (214), passed on the first try → stay silent")
  func singleLowScoreFirstTry() {
    let advice = Advisor.advise(answered(step2ck: passed(214)))
    #expect(advice.decision == .staySilent)
    #expect(advice.email.rule == "email.below-cutoffs-silent")
  }

  @Test("Row 1 holds before the circumstances are asked: they are assumed absent")
  func singleLowScoreWithCircumstancesUnknown() {
    let advice = Advisor.advise(
      Profile(step1: passed(), step2ck: passed(214), specialty: .internalMedicine))
    #expect(advice.decision == .staySilent)
    #expect(advice.missing.contains(.hook))
    #expect(advice.email.steps.contains { $0.assumed })
  }

  @Test("Row 2: failed once, now passed with clear improvement → targeted outreach")
  func failedOnceThenClearImprovement() {
    let advice = Advisor.advise(
      answered(step1: passed(attempts: 2), step2ck: passed(238), clinicalEvidence: true))
    #expect(advice.decision == .targetedEmail)
    #expect(advice.email.programs == 5...15)
  }

  @Test("Row 3: big mismatch with specialty norms (205 for dermatology) → email some, refocus")
  func bigMismatchWithSpecialtyNorms() {
    let advice = Advisor.advise(answered(step2ck: passed(205), specialty: .dermatology, hook: true))
    #expect(advice.decision == .emailSomeRefocusList)
    #expect(advice.ruleSet.contains("specialty.backup-plan"))
  }

  @Test("Row 4: connections at the program → a mentor signals (faculty contact)")
  func existingConnectionsAtTheProgram() {
    let afterRebound = answered(
      step1: passed(attempts: 2), step2ck: passed(240), connections: [.facultyAdvocate],
      clinicalEvidence: true)
    #expect(Advisor.advise(afterRebound).decision == .facultyContact)
    let belowScreens = answered(step2ck: passed(214), connections: [.facultyAdvocate, .rotation])
    #expect(Advisor.advise(belowScreens).decision == .facultyContact)
    #expect(Advisor.advise(belowScreens).ruleSet.contains("channel.faculty"))
  }

  @Test("Row 5: a stated cutoff you miss → email only with a strong, specific hook")
  func statedCutoffNotMet() {
    let withHook = Advisor.advise(answered(step2ck: passed(228), hook: true, cutoffUnmet: true))
    #expect(withHook.decision == .hookOnly)
    let withoutHook = Advisor.advise(answered(step2ck: passed(228), cutoffUnmet: true))
    #expect(withoutHook.decision == .staySilent)
    #expect(withoutHook.email.rule == "email.cutoff-unmet-no-hook")
  }
}
