import AdvisorCore
import Testing

/// Testers' findings on the advice surfaces: each sentence says only what holds for the
/// applicant in front of it.
@Suite("The advice says only what holds for this applicant")
struct SaysOnlyWhatHoldsTests {
  @Test(
    "The turnaround is named as the record shows it; a climb from Step 1 only from a lower Step 1 score",
    arguments: [
      // Step 1 pass/fail, failed once: no score to climb from.
      (passed(attempts: 2), passed(250), "after the Step 1 failure"),
      // A scored Step 1 well under Step 2 CK.
      (passed(205), passed(240), "the climb from your Step 1 score"),
      // Step 2 CK failed once, then passed: the turnaround is within Step 2 CK.
      (passed(), passed(250, attempts: 2), "after the failed sitting"),
      // A scored Step 1 above the later Step 2 CK: no climb from it; the pass after the failed
      // Step 2 CK sitting is the turnaround.
      (passed(255), passed(250, attempts: 2), "after the failed sitting"),
      // A scored Step 1 under a Step 2 CK failed once: the failed sitting is named, not passed
      // over by a climb from Step 1 (a tester's 205, then 211 failed, then 228).
      (passed(205), passed(250, attempts: 2), "after the failed sitting"),
      // A scored Step 1 above a Step 2 CK passed first time: nothing to make visible.
      (passed(255), passed(250), nil),
    ] as [(StepResult, StepResult, String?)])
  func turnaround(step1: StepResult, step2ck: StepResult, says: String?) {
    let advice = Advisor.advise(answered(step1: step1, step2ck: step2ck))
    let item = advice.plan.first { $0.rule == "recovery.document-turnaround" }
    #expect(item?.text.contains(says ?? "") ?? (says == nil), "\(item?.text ?? "none")")
    if says == nil { #expect(item == nil) }
  }

  @Test(
    "The personal statement's evidence names a Step 2 CK rebound only where there was something to climb from",
    arguments: [
      // Tester Tyler: Step 1 pass/fail, the low Step 2 CK itself, strong clerkships.
      (passed(), passed(221), false),
      (passed(attempts: 2), passed(221), true),
      (passed(205), passed(221), true),
    ] as [(StepResult, StepResult, Bool)])
  func reboundOnlyFromSomething(step1: StepResult, step2ck: StepResult, rebound: Bool) {
    let profile = answered(
      step1: step1, step2ck: step2ck, specialty: .emergencyMedicine, clinicalEvidence: true)
    let advice = Advisor.advise(profile)
    let item = advice.plan.first { $0.rule == ScoreInApplication.explainRule }
    #expect(item != nil)
    #expect(item?.text.contains("rebound") == rebound, "\(item?.text ?? "none")")
  }

  @Test("A decision made with connections unknown names them as able to change it; known, nothing")
  func openToChange() {
    var profile = answered(step2ck: passed(221), specialty: .emergencyMedicine)
    profile.connections = nil
    let provisional = Advisor.advise(profile)
    #expect(provisional.email.decision == .staySilent)
    // Exactly the unknowns that could change it: the hook, the cutoff and the event are known
    // (none), so the connections alone.
    #expect(provisional.email.openToChange == [.connections], "\(provisional.email.openToChange)")
    profile.connections = [.facultyAdvocate]
    let settled = Advisor.advise(profile)
    #expect(settled.email.decision != provisional.email.decision)
    #expect(settled.email.openToChange.isEmpty)
  }

  @Test(
    "How the application treats the score is one decision: a climb is shown, never 'nothing to explain' beside it",
    arguments: [
      (passed(205), passed(242), ScoreInApplication.showClimb),
      (passed(attempts: 2), passed(214), .explain),
      (passed(), passed(250), .nothingToExplain),
    ] as [(StepResult, StepResult, ScoreInApplication)])
  func scoreInApplication(step1: StepResult, step2ck: StepResult, expected: ScoreInApplication) {
    let advice = Advisor.advise(answered(step1: step1, step2ck: step2ck))
    #expect(advice.scoreInApplication == expected)
    let rules = Set(advice.items.map(\.rule))
    // The card never says "nothing to explain" where the plan shows a climb.
    #expect(!(rules.contains("address.nothing-to-explain") && expected == .showClimb))
    #expect(rules.contains("address.nothing-to-explain") == (expected == .nothingToExplain))
  }

  @Test(
    "A headline decided on one of the advisor's estimates says so, with the estimate's tag: near it, that it could go either way; far from it, by how much",
    arguments: [(224, "is close to it"), (240, "18 points above it")])
  func nearAnEstimate(score: Int, placed: String) {
    var profile = answered(step2ck: passed(score), specialty: .generalSurgery)
    profile.connections = [.facultyAdvocate]
    let headline = Advisor.advise(profile).email.headline
    let caveat = headline.first { $0.rule == EmailAdvice.nearTheLineRule }
    #expect(caveat != nil, "\(headline.map(\.text))")
    if let caveat {
      #expect(caveat.source.isEstimate)
      #expect(caveat.text.contains("advisor's estimate") && caveat.text.contains("\(score)"))
      #expect(caveat.text.contains(placed), "\(caveat.text)")
    }
  }

  @Test(
    "A rebound judged within a few points of an edge of the band that decides it says the edge is the advisor's estimate; an edge whose other side reads the same is not said",
    arguments: [
      (224, true, "220"), (218, true, "220"), (246, false, "249"), (235, true, nil),
      // Without strong clinical results, 219 and 221 are both no rebound: 220 decides nothing.
      (218, false, nil), (224, false, nil),
    ])
  func nearAReboundEdge(score: Int, evidence: Bool, edge: String?) {
    let profile = answered(
      step1: passed(attempts: 2), step2ck: passed(score), specialty: .familyMedicine,
      clinicalEvidence: evidence)
    let caveat = Advisor.advise(profile).email.headline.first {
      $0.rule == EmailAdvice.nearTheLineRule
    }
    if let edge {
      #expect(caveat?.source.isEstimate == true)
      #expect(
        caveat?.text.contains("advisor's estimate that \(edge)") == true,
        "\(caveat?.text ?? "none")")
      #expect(caveat?.text.contains("\(score) is close to it") == true)
    } else {
      #expect(caveat == nil, "\(caveat?.text ?? "")")
    }
  }

  @Test(
    "An edge whose other side leads to the same decision is not said to decide it",
    arguments: [247, 250])
  func edgeThatDecidesNothing(score: Int) {
    // A non-US IMG without ties stays silent whether or not the score shows a rebound.
    let profile = answered(
      step1: passed(attempts: 2), step2ck: passed(score), specialty: .familyMedicine,
      applicant: .nonUSIMG, clinicalEvidence: false)
    let advice = Advisor.advise(profile)
    #expect(advice.email.decision == .staySilent)
    #expect(!advice.email.headline.contains { $0.rule == EmailAdvice.nearTheLineRule })
  }

  @Test(
    "A Step 2 CK close to the article's example of a workable score says the example is no cutoff, only where the decision differs across it",
    arguments: [(219, true, true), (221, true, true), (219, false, false), (226, true, false)])
  func nearTheArticleExample(score: Int, hook: Bool, said: Bool) {
    var profile = answered(step2ck: passed(score), specialty: .internalMedicine)
    profile.hook = hook
    let caveat = Advisor.advise(profile).email.headline.first {
      $0.rule == EmailAdvice.nearTheLineRule
    }
    #expect((caveat != nil) == said, "\(caveat?.text ?? "none")")
    if let caveat {
      #expect(caveat.source == .whenNotToEmail)
      #expect(caveat.text.contains("no exact cutoff") && caveat.text.contains("\(score)"))
    }
  }

  @Test("Where two estimates decided, the close one is said, not the far one")
  func closeEstimateFirst() {
    // Anesthesiology 238: 18 above its screening estimate, 3 above its big-gap estimate.
    let profile = answered(step2ck: passed(238), specialty: .anesthesiology)
    let caveat = Advisor.advise(profile).email.headline.first {
      $0.rule == EmailAdvice.nearTheLineRule
    }
    #expect(caveat?.text.contains("is close to it") == true, "\(caveat?.text ?? "none")")
  }

  @Test("No estimate caveat where no estimate decided: an article figure or a failure decides")
  func noCaveatWithoutAnEstimate() {
    // Internal Medicine's line is the article's 220, not an estimate.
    let profile = answered(step2ck: passed(240), specialty: .internalMedicine)
    let headline = Advisor.advise(profile).email.headline
    #expect(!headline.contains { $0.rule == EmailAdvice.nearTheLineRule })
  }

  @Test("Over the whole profile space, a climb from Step 1 is said only where Step 2 CK is higher")
  func noClimbWithoutOne() {
    for profile in ExamSpace.profiles {
      let advice = Advisor.advise(profile)
      for item in advice.items where item.text.contains("climb from") {
        let step1 = profile.step1.score ?? Int.max
        let ck = profile.step2ck.passingScore ?? Int.min
        #expect(ck > step1, "\(item.rule) for Step 1 \(profile.step1), CK \(profile.step2ck)")
      }
    }
  }

  @Test("Honors are urged only on someone still in school: the guide's own condition is said")
  func honorsOnlyWhileInSchool() {
    var seen = 0
    for profile in ExamSpace.profiles {
      for item in Advisor.advise(profile).items
      where item.text.lowercased().contains("aim for honors")
        || item.text.lowercased().contains("aim for the top")
      {
        seen += 1
        #expect(item.text.contains("still in school"), "\(item.rule): \(item.text)")
      }
    }
    #expect(seen > 0)
  }

  @Test(
    "The match rate shown is the applicant's own group's, with publisher and year",
    arguments: [
      (ApplicantType.usMD, "93.5% of US MD seniors", ["92.6", "67.8", "58.0"]),
      (.usDO, "92.6% of US DO seniors", ["93.5", "67.8", "58.0"]),
      (.usIMG, "67.8% of US-citizen IMGs", ["93.5", "92.6", "58.0"]),
      (.nonUSIMG, "58.0% of non-US-citizen IMGs", ["93.5", "92.6", "67.8"]),
    ])
  func matchRateOfOwnGroup(applicant: ApplicantType, rate: String, others: [String]) throws {
    let advice = Advisor.advise(answered(step2ck: passed(230), applicant: applicant))
    let note = try #require(advice.items.first { $0.rule == "programs.match-rates" })
    #expect(note.text.contains(rate))
    #expect(note.text.contains("NRMP") && note.text.contains("2025"))
    for other in others { #expect(!note.text.contains(other), "\(note.text)") }
    // The MD and DO figures describe seniors: a graduate is told there is none for them.
    #expect(note.text.contains("give none for") == !applicant.isIMG)
  }
}

/// A spread of profiles over every exam pattern, specialty and applicant type.
enum ExamSpace {
  static let profiles: [Profile] = {
    let step1s: [StepResult] = [
      passed(), passed(attempts: 2), failed(), passed(205), passed(245), passed(255),
    ]
    let step2s: [StepResult] =
      [205, 219, 225, 238, 250].map { passed($0) } + [
        passed(240, attempts: 2), failed(210), StepResult(score: 216, attempts: 1), notTaken,
      ]
    var profiles: [Profile] = []
    for specialty in Specialty.allCases {
      for step1 in step1s {
        for step2ck in step2s {
          for applicant in ApplicantType.allCases {
            for evidence in [true, nil] as [Bool?] {
              profiles.append(
                answered(
                  step1: step1, step2ck: step2ck, specialty: specialty, applicant: applicant,
                  clinicalEvidence: evidence))
            }
          }
        }
      }
    }
    return profiles
  }()
}

@Suite("Failures are counted as the record holds them")
struct FailureCountTests {
  @Test(
    "The note on more than one failure needs two failed sittings: a retake still pending is none",
    arguments: [
      (StepResult(outcome: .pending, attempts: 2), false),
      (StepResult(outcome: .pending, attempts: 3), true),
      (StepResult(outcome: .fail, attempts: 2), true),
      (StepResult(outcome: .pass, score: 230, attempts: 2), false),
      (StepResult(outcome: .pass, score: 230, attempts: 3), true),
    ])
  func multipleFailures(step2ck: StepResult, noted: Bool) {
    let advice = Advisor.advise(answered(step2ck: step2ck, specialty: .familyMedicine))
    #expect(advice.items.contains { $0.rule == "email.multiple-failures" } == noted)
  }

  @Test(
    "The failure on record is counted as the record holds it",
    arguments: [
      (StepResult(outcome: .pass, attempts: 2), "You have a failed attempt on record (Step 1);"),
      (
        StepResult(outcome: .pass, attempts: 3),
        "You have failed attempts on record (Step 1, twice);"
      ),
      (StepResult(outcome: .fail, attempts: 3), "(Step 1, 3 times);"),
      (StepResult(outcome: .pending, attempts: 3), "(Step 1, twice);"),
    ])
  func failuresSaid(step1: StepResult, said: String) {
    let advice = Advisor.advise(answered(step1: step1, step2ck: passed(230)))
    #expect(advice.email.steps.contains { $0.explanation.contains(said) }, "\(advice.email.steps)")
  }

  @Test("Strong clinical work is not assumed where the applicant said there was none")
  func noStrongWorkAssumed() {
    let advice = Advisor.advise(
      answered(
        step1: passed(attempts: 2), step2ck: passed(222), specialty: .pediatrics,
        clinicalEvidence: false))
    let item = advice.items.first { $0.rule == "specialty.apply-broadly" }
    #expect(item != nil)
    #expect(item?.text.contains("make yours visible") == false, "\(item?.text ?? "")")
  }
}
