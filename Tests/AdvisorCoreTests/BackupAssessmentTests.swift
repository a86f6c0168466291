import AdvisorCore
import LocatedJSON
import Testing

@Suite("The backup specialties are judged where the specialties are discussed")
struct BackupAssessmentTests {
  private func advice(_ score: Int, main: Specialty, backups: [Specialty]) -> Advice {
    var profile = answered(step2ck: passed(score), specialty: main)
    profile.backupSpecialties = backups
    return Advisor.advise(profile)
  }

  @Test(
    "Each backup gets the verdict the decision's own questions give it",
    arguments: [
      (226, Specialty.familyMedicine, "realistic"), (226, .dermatology, "far-below-norms"),
      (226, .psychiatry, "realistic"), (215, .familyMedicine, "below-floors"),
      (221, .generalSurgery, "below-floors"), (222, .generalSurgery, "realistic"),
    ])
  func verdicts(score: Int, backup: Specialty, verdict: String) throws {
    let advice = advice(score, main: .orthopedicSurgery, backups: [backup])
    let assessed = try #require(advice.specialty.backups.first)
    #expect(assessed.specialty == backup)
    #expect(assessed.verdict.rawValue == verdict)
    // The same judgement as the backup would get as the main specialty.
    let asMain = Advisor.advise(answered(step2ck: passed(score), specialty: backup))
    let above = asMain.email.steps.first { $0.rule == "check.above-cutoffs" }?.answer
    let mismatch = asMain.email.steps.first { $0.rule == "check.specialty-mismatch" }?.answer
    if mismatch == true {
      #expect(assessed.verdict == .farBelowNorms)
    } else if let above {
      #expect((assessed.verdict == .realistic) == above)
    }
  }

  @Test("Failed sittings are counted as they are: one failure, or several")
  func failuresCounted() throws {
    // Tester Ahmed (2026-12-05): two Step 2 CK failures were written as one.
    for (attempts, weighs) in [
      (2, "failed attempt weighs on its own"), (3, "failed attempts weigh on their own"),
    ] {
      var profile = answered(
        step2ck: StepResult(outcome: .pass, score: 226, attempts: attempts),
        specialty: .internalMedicine)
      profile.backupSpecialties = [.familyMedicine]
      let backup = try #require(Advisor.advise(profile).specialty.backups.first)
      #expect(backup.reason.text.contains(weighs), "\(backup.reason.text)")
    }
  }

  @Test("Backups are notes of the specialty check, tagged with the source of their figure")
  func notesWithTheirSources() {
    let advice = advice(226, main: .generalSurgery, backups: [.familyMedicine, .dermatology])
    let notes = advice.items(.specialty).filter { $0.rule == "specialty.backup" }
    #expect(notes.count == 2)
    #expect(notes.allSatisfy { !$0.isAction })
    #expect(notes[0].text.hasPrefix("Your backup, Family Medicine, is realistic"))
    #expect(notes[0].source == .whenNotToEmail)
    #expect(notes[1].text.hasPrefix("Your backup, Dermatology, is not a realistic backup"))
    #expect(notes[1].text.contains("the advisor's estimate"))
    #expect(notes[1].source.isEstimate)
  }

  @Test("A score within a few points of a backup's line is said to be close to it")
  func closeToTheLine() {
    let near = advice(241, main: .internalMedicine, backups: [.dermatology])
    #expect(near.items.first { $0.rule == "specialty.backup" }?.text.contains("Close to") == true)
    let far = advice(226, main: .internalMedicine, backups: [.dermatology])
    #expect(far.items.first { $0.rule == "specialty.backup" }?.text.contains("Close to") == false)
  }

  @Test("The main specialty is never judged as its own backup; no backups, no notes")
  func mainIsNotABackup() {
    #expect(
      advice(226, main: .familyMedicine, backups: [.familyMedicine]).specialty.backups.isEmpty)
    let plain = Advisor.advise(answered(step2ck: passed(226)))
    #expect(plain.specialty.backups.isEmpty)
    #expect(!plain.ruleSet.contains("specialty.backup"))
    #expect(plain.json["specialty"]?["backups"] == nil)
  }

  @Test("JSON lists the backups under specialty, with verdict, figure and reason")
  func json() {
    let json = advice(226, main: .generalSurgery, backups: [.familyMedicine]).json
    guard case .array(let backups)? = json["specialty"]?["backups"] else {
      Issue.record("no backups array")
      return
    }
    let first = backups.first
    #expect(first?["id"] == .string("family-medicine"))
    #expect(first?["verdict"] == .string("realistic"))
    #expect(first?["figure"]?["value"] == .number(220))
    #expect(first?["reason"]?["rule"] == .string("specialty.backup"))
  }

  @Test("The backup plan names only a backup the same judgement leaves standing")
  func backupPlanNamesTheRealisticOne() {
    let both = advice(226, main: .orthopedicSurgery, backups: [.dermatology, .familyMedicine])
    let plan = both.plan.first { $0.rule == "specialty.backup-plan" }?.text ?? ""
    #expect(plan.contains("your backup, Family Medicine."))
    #expect(!plan.contains("Dermatology"))
    let none = advice(226, main: .orthopedicSurgery, backups: [.dermatology])
    let fallback = none.plan.first { $0.rule == "specialty.backup-plan" }?.text ?? ""
    #expect(fallback.contains("internal medicine or family medicine"))
    #expect(fallback.contains("a reach in Dermatology too"))
  }

  @Test("A failed latest score judges no specialty: the retake's score will, main or backup")
  func failedScoreAwaitsTheRetake() throws {
    // Tester Jake (2026-12-05): a failed 208 was held against the floors as if it were final.
    for main in [Specialty.emergencyMedicine, .internalMedicine] {
      var profile = answered(step2ck: failed(208), specialty: main)
      profile.backupSpecialties = [.familyMedicine, .dermatology]
      let advice = Advisor.advise(profile)
      #expect(advice.specialty.backups.map(\.verdict) == [.awaitsRetake, .awaitsRetake])
      let backup = try #require(advice.specialty.backups.first)
      #expect(backup.reason.text.contains("turns on the retake"), "\(backup.reason.text)")
      #expect(!backup.reason.text.contains("is below"))
      let floor = advice.items(.specialty).first {
        $0.rule == "specialty.estimated-floor" || $0.rule == "specialty.workable-score"
      }
      #expect(floor?.text.contains("turns on the retake") == true, "\(floor?.text ?? "none")")
      // Not ruled out: the JSON says so, and the backup plan names it where it speaks.
      guard case .array(let verdicts)? = advice.json["specialty"]?["backups"] else {
        Issue.record("no backups array")
        return
      }
      #expect(verdicts.first?["verdict"] == .string("awaits-retake"))
      if let plan = advice.plan.first(where: { $0.rule == "specialty.backup-plan" }) {
        #expect(plan.text.contains("your backup, Family Medicine"), "\(plan.text)")
      }
    }
    // A failed scored Step 1 with Step 2 CK ahead is judged as before: Step 1's retake is
    // reported pass/fail, and CK's figures are not its own.
    var step1Failed = answered(
      step2ck: StepResult(outcome: .notTaken), specialty: .internalMedicine)
    step1Failed.step1 = StepResult(outcome: .fail, score: 190, attempts: 1)
    step1Failed.backupSpecialties = [.familyMedicine]
    #expect(Advisor.advise(step1Failed).specialty.backups.first?.verdict != .awaitsRetake)
    // A pass after the failure is judged as before.
    var passedLater = answered(
      step2ck: StepResult(outcome: .pass, score: 226, attempts: 2), specialty: .internalMedicine)
    passedLater.backupSpecialties = [.familyMedicine]
    #expect(Advisor.advise(passedLater).specialty.backups.first?.verdict == .realistic)
  }
}
