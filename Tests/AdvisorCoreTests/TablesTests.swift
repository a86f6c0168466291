import AdvisorCore
import Testing

/// The article's communication impact chart and sensitivity table, one test per row.
@Suite("Communication impact hierarchy")
struct ChannelHierarchyTests {
  private func impact(_ id: String) -> Int? {
    Channel.hierarchy.first { $0.id == id }?.impact
  }

  @Test("Program director phone call from trusted faculty: 95")
  func facultyCall() { #expect(impact("faculty-call") == 95) }

  @Test("Personal email from a known faculty advocate: 80")
  func facultyEmail() { #expect(impact("faculty-email") == 80) }

  @Test("Targeted email from the applicant with a clear hook: 40")
  func targetedEmail() { #expect(impact("targeted-email") == 40) }

  @Test("Generic applicant email explaining a low score: 5")
  func genericEmail() { #expect(impact("generic-email") == 5) }

  @Test("The options stand in the article's order of power")
  func orderOfPower() {
    #expect(
      Channel.hierarchy.map(\.id) == [
        "faculty-call", "faculty-email", "targeted-email", "eras-only", "generic-email",
      ])
  }

  @Test("Faculty contact hands the advocate a 2-3 sentence summary")
  func facultyHandoff() {
    let advice = Advisor.advise(
      answered(
        step1: passed(attempts: 2), step2ck: passed(238), connections: [.facultyAdvocate],
        clinicalEvidence: true))
    let channel = advice.items(.channel).first { $0.rule == "channel.faculty" }
    #expect(channel?.text.contains("2-3") == true)
  }
}

@Suite("Specialty sensitivity table")
struct SensitivityTableTests {
  @Test(
    "Dermatology, plastics, ortho: extremely high",
    arguments: [Specialty.dermatology, .plasticSurgery, .orthopedicSurgery])
  func extremelyHigh(_ specialty: Specialty) {
    #expect(ScoreThresholds.benchmarks(for: specialty).sensitivity == .extremelyHigh)
    #expect(ScoreThresholds.benchmarks(for: specialty).sensitivityBasis.kind == .article)
  }

  @Test(
    "Radiology, anesthesia, EM: high but flexible at some programs",
    arguments: [Specialty.radiology, .anesthesiology, .emergencyMedicine])
  func high(_ specialty: Specialty) {
    #expect(ScoreThresholds.benchmarks(for: specialty).sensitivity == .high)
  }

  @Test(
    "IM, general surgery, neurology: moderate, context matters",
    arguments: [Specialty.internalMedicine, .generalSurgery, .neurology])
  func moderate(_ specialty: Specialty) {
    #expect(ScoreThresholds.benchmarks(for: specialty).sensitivity == .moderate)
  }

  @Test(
    "FM, pediatrics, psychiatry, pathology: more flexible",
    arguments: [Specialty.familyMedicine, .pediatrics, .psychiatry, .pathology])
  func flexible(_ specialty: Specialty) {
    #expect(ScoreThresholds.benchmarks(for: specialty).sensitivity == .flexible)
  }

  @Test("Specialties outside the table carry an estimate with its reason")
  func estimatesAreMarked() {
    for specialty in [
      Specialty.otolaryngology, .neurosurgery, .obstetricsGynecology, .transitionalYear,
    ] {
      let basis = ScoreThresholds.benchmarks(for: specialty).sensitivityBasis
      #expect(basis.kind == .estimate)
      #expect(!basis.note.isEmpty)
    }
  }

  @Test("Highly sensitive specialties with a low score get the backup-plan advice")
  func backupPlan() {
    let advice = Advisor.advise(answered(step2ck: passed(215), specialty: .orthopedicSurgery))
    #expect(advice.ruleSet.contains("specialty.backup-plan"))
    let flexibleAdvice = Advisor.advise(answered(step2ck: passed(215), specialty: .psychiatry))
    #expect(!flexibleAdvice.ruleSet.contains("specialty.backup-plan"))
    #expect(flexibleAdvice.ruleSet.contains("specialty.apply-broadly"))
  }
}

@Suite("Boston feasibility lists")
struct BostonFeasibilityTests {
  @Test(
    "More feasible in Boston with a low score",
    arguments: [
      Specialty.internalMedicine, .familyMedicine, .pediatrics, .psychiatry, .transitionalYear,
      .preliminaryMedicine, .preliminarySurgery,
    ])
  func feasible(_ specialty: Specialty) {
    let advice = Advisor.advise(
      answered(step2ck: passed(218), specialty: specialty, region: "Boston"))
    #expect(advice.ruleSet.contains("specialty.boston-feasible"))
    #expect(!advice.ruleSet.contains("specialty.boston-high-risk"))
  }

  @Test(
    "High risk in Boston with a low score",
    arguments: [
      Specialty.dermatology, .orthopedicSurgery, .plasticSurgery, .neurosurgery, .otolaryngology,
      .emergencyMedicine,
    ])
  func highRisk(_ specialty: Specialty) {
    let advice = Advisor.advise(
      answered(step2ck: passed(218), specialty: specialty, region: "Boston"))
    #expect(advice.ruleSet.contains("specialty.boston-high-risk"))
  }

  @Test("A competitive specialty aimed at Boston gets the in-region backup advice")
  func bostonBackup() {
    let advice = Advisor.advise(
      answered(step2ck: passed(218), specialty: .dermatology, region: "Boston"))
    #expect(advice.ruleSet.contains("specialty.boston-backup"))
  }
}
