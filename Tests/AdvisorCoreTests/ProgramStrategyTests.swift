import AdvisorCore
import Testing

@Suite("Program list and application count")
struct ProgramStrategyTests {
  @Test(
    "US-citizen IMGs with low scores in core specialties: 60-120+ programs",
    arguments: [Specialty.internalMedicine, .familyMedicine, .pediatrics])
  func usIMGCoreSpecialties(_ specialty: Specialty) throws {
    let advice = Advisor.advise(
      answered(step2ck: passed(222), specialty: specialty, applicant: .usIMG))
    let range = try #require(advice.applications)
    #expect(range.min == 60 && range.max == 120 && range.openEnded)
    #expect(range.basis.kind == .article)
  }

  @Test(
    "No figure in the sources → applications is null",
    arguments: [
      (ApplicantType.nonUSIMG, Specialty.internalMedicine), (.usMD, .internalMedicine),
      (.usIMG, .obstetricsGynecology), (.usIMG, .dermatology),
    ])
  func noSourcedFigure(applicant: ApplicantType, specialty: Specialty) {
    let advice = Advisor.advise(
      answered(step2ck: passed(222), specialty: specialty, applicant: applicant))
    #expect(advice.applications == nil)
    #expect(advice.ruleSet.contains("programs.count-unsourced"))
  }

  @Test("A minimum the applicant said they miss is named on the failure branch too")
  func statedCutoffMissed() throws {
    var failed = answered(
      step1: StepResult(outcome: .pass, attempts: 2), step2ck: passed(228),
      specialty: .pediatrics, applicant: .nonUSIMG, cutoffUnmet: true, clinicalEvidence: false)
    let filters = try #require(Advisor.advise(failed).items.first { $0.rule == "email.filters" })
    #expect(filters.text.contains("a minimum you miss"))
    failed.cutoffUnmet = false
    #expect(Advisor.advise(failed).items.first { $0.rule == "email.filters" } == nil)
  }

  @Test("A score at or above the specialty's average is not low: no low-score count")
  func notLowScore() {
    let advice = Advisor.advise(answered(step2ck: passed(252), applicant: .usIMG))
    #expect(advice.applications == nil)
  }

  @Test("An IMG aiming at Boston or Massachusetts → Massachusetts first, Boston later")
  func massachusettsFirst() {
    for region in ["Boston", "Worcester, MA", "somewhere in Massachusetts", "near MGH"] {
      let advice = Advisor.advise(answered(step2ck: passed(222), applicant: .usIMG, region: region))
      #expect(advice.ruleSet.contains("programs.massachusetts-first"), "\(region)")
      #expect(advice.ruleSet.contains("programs.spread-states"), "\(region)")
    }
    let elsewhere = Advisor.advise(
      answered(step2ck: passed(222), applicant: .usIMG, region: "Chicago"))
    #expect(!elsewhere.ruleSet.contains("programs.massachusetts-first"))
    // The guide's strategy is written for IMGs; a US MD aiming at Boston gets the screens and
    // the spread across states, not the IMG route.
    let usMD = Advisor.advise(answered(step2ck: passed(222), applicant: .usMD, region: "Boston"))
    #expect(!usMD.ruleSet.contains("programs.massachusetts-first"))
    #expect(usMD.ruleSet.contains("programs.spread-states"))
  }

  @Test("Boston IM: the 220-230 screen band is compared with the applicant's score")
  func bostonIMScreen() throws {
    let advice = Advisor.advise(answered(step2ck: passed(225), region: "Boston"))
    let note = try #require(
      advice.items(.programs).first { $0.rule == "programs.boston-im-screen" })
    #expect(note.text.contains("220-230"))
    #expect(note.text.contains("225"))
  }

  @Test("IMGs get the ways to find IMG-friendly programs; non-US IMGs also the visa filter")
  func imgFriendly() {
    let usIMG = Advisor.advise(answered(step2ck: passed(222), applicant: .usIMG))
    #expect(usIMG.ruleSet.contains("programs.img-friendly"))
    #expect(!usIMG.ruleSet.contains("programs.visa"))
    let nonUS = Advisor.advise(answered(step2ck: passed(222), applicant: .nonUSIMG))
    #expect(
      nonUS.ruleSet.isSuperset(of: [
        "programs.img-friendly", "programs.visa", "email.img-discipline",
      ]))
    let usMD = Advisor.advise(answered(step2ck: passed(222), applicant: .usMD))
    #expect(!usMD.ruleSet.contains("programs.img-friendly"))
  }

  @Test("Only an applicant who needs a visa is told the Boston guide was written for citizens")
  func guideAudience() {
    for applicant in ApplicantType.allCases {
      let advice = Advisor.advise(answered(step2ck: passed(222), applicant: applicant))
      #expect(advice.ruleSet.contains("programs.guide-audience") == (applicant == .nonUSIMG))
    }
  }

  @Test("Tiers name Boston's academic centers as the reach when Boston is the goal")
  func tiers() throws {
    let advice = Advisor.advise(answered(step2ck: passed(222), region: "Boston"))
    let tiers = try #require(advice.items(.programs).first { $0.rule == "programs.tiers" })
    #expect(
      tiers.text.contains("Reach") && tiers.text.contains("Target") && tiers.text.contains("Safety")
    )
    #expect(tiers.text.contains("Boston"))
  }
}

@Suite("Academic recovery, strengthening, interviews and mistakes")
struct PlanTests {
  @Test("Step 2 CK still ahead after a weak Step 1 → redemption exam, delay, study plan first")
  func recoveryWhenStep2Ahead() {
    let advice = Advisor.advise(answered(step1: passed(attempts: 2), step2ck: notTaken))
    let first = advice.plan.prefix(3).map(\.rule)
    #expect(
      first == ["recovery.redemption-exam", "recovery.delay-until-ready", "recovery.study-plan"])
  }

  @Test(
    "The turnaround is documented in the statement and ERAS only where the decision reads a clear rebound",
    arguments: [
      (240, true, true), (239, false, false), (249, nil, true), (219, true, false),
      (238, nil, false), (226, nil, false),
    ] as [(Int, Bool?, Bool)])
  func documentTurnaround(score: Int, evidence: Bool?, documented: Bool) {
    let advice = Advisor.advise(
      answered(step1: passed(attempts: 2), step2ck: passed(score), clinicalEvidence: evidence))
    let rebound = advice.email.steps.first { $0.rule == "check.clear-improvement" }?.answer
    #expect((rebound ?? false) == documented)
    #expect(advice.ruleSet.contains("recovery.document-turnaround") == documented)
    #expect(advice.plan.contains { $0.text.contains("Make the turnaround visible") } == documented)
  }

  @Test("A mentor's outreach is not counted as emails: no 5-15 limit among its reasons")
  func facultyContactHasNoEmailCount() {
    let advice = Advisor.advise(
      answered(
        step1: passed(attempts: 2), step2ck: passed(240), connections: [.facultyAdvocate],
        clinicalEvidence: true))
    #expect(advice.decision == .facultyContact)
    #expect(advice.email.programs == nil)
    #expect(!advice.email.reasons.contains { $0.rule == "email.limit" || $0.text.contains("5-15") })
    let emailing = Advisor.advise(
      answered(step1: passed(attempts: 2), step2ck: passed(240), clinicalEvidence: true))
    #expect(emailing.decision == .targetedEmail)
    #expect(emailing.email.programs == 5...15)
    #expect(emailing.email.reasons.contains { $0.rule == "email.limit" })
  }

  @Test("Hands-on USCE and letters for IMGs; observerships count for less")
  func strengthening() {
    let advice = Advisor.advise(answered(step2ck: passed(222), applicant: .usIMG))
    #expect(
      advice.ruleSet.isSuperset(of: [
        "strengthen.usce", "strengthen.observerships", "strengthen.letters",
      ]))
  }

  @Test(
    "A US MD or DO graduate is not told to find US clinical experience or a US letter, nor that observerships count for less"
  )
  func strengtheningForUSGraduates() {
    for applicant in [ApplicantType.usMD, .usDO] {
      for connections: Set<Connection> in [[], [.rotation]] {
        let advice = Advisor.advise(
          answered(
            step1: passed(attempts: 2), step2ck: passed(222), applicant: applicant,
            connections: connections))
        let texts = advice.items.filter { $0.rule.hasPrefix("strengthen.") }.map(\.text)
        #expect(!texts.isEmpty)
        #expect(!texts.contains { $0.contains("US clinical experience") })
        #expect(!texts.contains { $0.contains("US letter") })
        #expect(!texts.contains { $0.contains("observership") })
      }
    }
    // An international graduate still is.
    let img = Advisor.advise(answered(step2ck: passed(222), applicant: .nonUSIMG))
    #expect(img.items.contains { $0.text.contains("no hands-on US clinical experience yet") })
  }

  @Test("Interviews: the red-flag answer, thank-you notes, letters of interest, NRMP rules")
  func interviews() {
    let advice = Advisor.advise(
      answered(step1: passed(attempts: 2), step2ck: passed(240), clinicalEvidence: true))
    #expect(
      advice.ruleSet.isSuperset(of: [
        "interview.red-flag-answer", "interview.thank-you", "interview.letter-of-interest",
        "interview.nrmp-rules", "address.interview-answer",
      ]))
  }

  @Test("Mistakes that apply when the applicant writes: mass emails, subject line, oversharing")
  func mistakesWhenEmailing() {
    let advice = Advisor.advise(
      answered(step1: passed(attempts: 2), step2ck: passed(240), clinicalEvidence: true))
    #expect(
      Set(advice.items(.mistakes).map(\.rule)).isSuperset(of: [
        "mistake.mass-email", "mistake.subject-line", "mistake.health-details",
        "mistake.score-over-strengths", "mistake.therapist", "mistake.empty-promises",
        "mistake.apology-follow-up",
      ]))
  }

  @Test("No score concern → nothing to explain, and no email mistakes listed")
  func noConcern() {
    let advice = Advisor.advise(answered(step2ck: passed(245)))
    #expect(advice.ruleSet.contains("address.nothing-to-explain"))
    #expect(advice.items(.mistakes).isEmpty)
  }

  @Test("An ongoing situation is never to be raised with programs")
  func ongoingHardship() {
    let advice = Advisor.advise(answered(step2ck: passed(215), hardship: .ongoing))
    #expect(advice.ruleSet.contains("email.ongoing-situation"))
    #expect(advice.decision == .staySilent)
  }

  @Test("Where an email is advised, it goes to 5-15 programs at most")
  func emailLimit() {
    for profile in ProfileSpace.sample() {
      let advice = Advisor.advise(profile)
      if advice.decision?.involvesApplicantEmail == true {
        #expect(advice.email.programs == 5...15)
        #expect(advice.ruleSet.contains("email.limit"))
      }
    }
  }

  @Test(
    "The personal statement's rule for the score is stated once (US DO, EM, Boston, a rotation)",
    arguments: [StepOutcome.pass, .fail])
  func oneStatementRule(outcome: StepOutcome) {
    let profile = answered(
      step2ck: StepResult(outcome: outcome, score: 214, attempts: 1),
      specialty: .emergencyMedicine, applicant: .usDO, region: "Boston", connections: [.rotation])
    let statements = Advisor.advise(profile).plan.filter {
      $0.text.contains("personal statement") && $0.text.contains("score")
    }
    #expect(statements.map(\.rule) == ["address.personal-statement"])
    let massachusetts = Advisor.advise(profile).plan.first {
      $0.rule == "strengthen.personal-statement"
    }
    #expect(massachusetts?.text.contains("Massachusetts") == true)
    #expect(massachusetts?.text.contains("score") == false)
  }
}
