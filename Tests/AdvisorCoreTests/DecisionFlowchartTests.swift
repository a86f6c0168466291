import AdvisorCore
import Testing

/// Every path of the article's flowchart, plus the refinements the table and lists add.
@Suite("Decision flowchart")
struct DecisionFlowchartTests {
  @Test("Failed → no clear improvement → do not email, work on the overall strategy")
  func failureWithoutClearImprovement() {
    for step2ck in [passed(226), notTaken, pending, failed()] {
      let advice = Advisor.advise(
        answered(step1: passed(attempts: 2), step2ck: step2ck, clinicalEvidence: false))
      #expect(advice.decision == .staySilent, "\(step2ck)")
      #expect(advice.email.rule == "email.fail-no-rebound", "\(step2ck)")
    }
  }

  @Test("Failed, latest attempt still a fail → stay silent and retake first")
  func standingFailure() {
    let advice = Advisor.advise(answered(step1: failed(), step2ck: notTaken))
    #expect(advice.decision == .staySilent)
    #expect(advice.plan.first?.rule == "recovery.retake")
  }

  @Test("Failed → clear improvement → faculty advocate → faculty contacts the PD")
  func failureReboundWithFaculty() {
    let profile = answered(
      step1: passed(attempts: 2), step2ck: passed(238), connections: [.facultyAdvocate],
      clinicalEvidence: true)
    #expect(Advisor.advise(profile).email.rule == "email.fail-rebound-faculty")
  }

  @Test("Failed → clear improvement → no advocate → brief, targeted email to select programs")
  func failureReboundWithoutFaculty() {
    let advice = Advisor.advise(
      answered(step1: passed(attempts: 2), step2ck: passed(238), clinicalEvidence: true))
    #expect(advice.email.rule == "email.fail-rebound-email")
  }

  @Test("No failure → above many cutoffs → do not email, focus on strengths")
  func aboveManyCutoffs() {
    let advice = Advisor.advise(answered(step2ck: passed(232)))
    #expect(advice.email.rule == "email.above-cutoffs")
    #expect(advice.decision == .staySilent)
  }

  @Test("No failure → below many cutoffs → strong hook → consider a short, targeted email")
  func belowCutoffsWithHook() {
    let advice = Advisor.advise(answered(step2ck: passed(215), hook: true))
    #expect(advice.email.rule == "email.below-cutoffs-hook")
    #expect(advice.decision == .hookOnly)
  }

  @Test("No failure → below many cutoffs → no hook → silence, apply broadly")
  func belowCutoffsWithoutHook() {
    let advice = Advisor.advise(answered(step2ck: passed(215)))
    #expect(advice.email.rule == "email.below-cutoffs-silent")
  }

  @Test("A concrete, resolved event behind a low score → brief context to a few programs")
  func resolvedEvent() {
    let advice = Advisor.advise(answered(step2ck: passed(215), hardship: .resolved))
    #expect(advice.email.rule == "email.resolved-event")
    #expect(advice.decision == .targetedEmail)
  }

  @Test("A rebound that still leaves a big specialty mismatch, with a hook → email some, refocus")
  func reboundButMismatch() {
    let profile = answered(
      step1: passed(attempts: 2), step2ck: passed(236), specialty: .dermatology, hook: true,
      clinicalEvidence: true)
    #expect(Advisor.advise(profile).email.rule == "email.fail-rebound-mismatch")
  }

  @Test("A big mismatch with no tie and no hook → stay silent and refocus: no one to write to")
  func mismatchWithoutTies() {
    let advice = Advisor.advise(answered(step2ck: passed(225), specialty: .dermatology))
    #expect(advice.email.rule == "email.mismatch-no-ties")
    #expect(advice.decision == .staySilent)
    #expect(advice.email.programs == nil)
  }

  @Test("An IMG without a connection is not told to email; with a tie, a targeted email")
  func imgWithoutTies() {
    let rebound = answered(
      step1: passed(attempts: 2), step2ck: passed(245), applicant: .usIMG, clinicalEvidence: true)
    #expect(Advisor.advise(rebound).email.rule == "email.img-no-ties")
    var withTie = rebound
    withTie.connections = [.rotation]
    #expect(Advisor.advise(withTie).decision == .targetedEmail)
  }

  /// The flowchart asks whether a faculty advocate is available: a tie alone is not someone who
  /// will call the program director, so it never makes the headline "let a mentor signal".
  @Test("Only a faculty advocate leads to faculty contact; another tie leads to the own email")
  func onlyAnAdvocateSignals() {
    for tie in [Connection.rotation, .alumni, .geographicTie] {
      let advice = Advisor.advise(
        answered(
          step1: passed(attempts: 2), step2ck: passed(245), connections: [tie],
          clinicalEvidence: true))
      #expect(advice.decision == .targetedEmail, "\(tie)")
      #expect(!advice.ruleSet.contains("channel.faculty"), "\(tie)")
    }
    let advocate = Advisor.advise(
      answered(
        step1: passed(attempts: 2), step2ck: passed(245),
        connections: [.geographicTie, .facultyAdvocate],
        clinicalEvidence: true))
    #expect(advocate.decision == .facultyContact)
    #expect(advocate.ruleSet.contains("channel.faculty"))
  }

  @Test("A pending exam is not treated as settled: the pass is assumed, and said so")
  func pendingIsAssumed() {
    let advice = Advisor.advise(answered(step1: pending, step2ck: passed(230)))
    let first = advice.email.steps.first
    #expect(first?.rule == "check.any-failure")
    #expect(first?.assumed == true)
  }

  @Test("Step 1 pass/fail with a solid Step 2 CK needs no email explanation")
  func passFailStep1WithSolidStep2() {
    let advice = Advisor.advise(answered(step2ck: passed(240)))
    #expect(advice.decision == .staySilent)
    #expect(advice.ruleSet.contains("email.step1-pass-fail"))
  }

  @Test("The answered questions are listed in the flowchart's order")
  func stepsFollowTheTree() {
    let advice = Advisor.advise(
      answered(step1: passed(attempts: 2), step2ck: passed(238), clinicalEvidence: true))
    #expect(
      advice.email.steps.map(\.rule) == [
        "check.any-failure", "check.clear-improvement", "check.specialty-mismatch",
        "check.faculty-advocate", "check.img-without-ties",
      ])
  }

  @Test("Every conclusion of the tree is reachable")
  func everyConclusionIsReachable() {
    var reached: Set<String> = []
    for profile in ProfileSpace.sample() {
      if let rule = Advisor.advise(profile).email.rule { reached.insert(rule) }
    }
    #expect(reached == Set(DecisionRule.all.map(\.id)))
  }
}

/// A spread of profiles covering every branch of the tree.
enum ProfileSpace {
  static func sample() -> [Profile] {
    let step1s = [passed(), passed(attempts: 2), failed()]
    let step2s = [passed(205), passed(215), passed(228), passed(236), passed(250), notTaken]
    let specialties: [Specialty] = [.dermatology, .internalMedicine, .emergencyMedicine]
    var profiles: [Profile] = []
    for step1 in step1s {
      for step2ck in step2s {
        for specialty in specialties {
          for connections: Set<Connection> in [[], [.facultyAdvocate]] {
            for (hook, cutoff) in [(false, false), (true, false), (false, true), (true, true)] {
              for hardship in Hardship.allCases {
                for applicant in [ApplicantType.usMD, .usIMG] {
                  for evidence in [true, false] {
                    profiles.append(
                      answered(
                        step1: step1, step2ck: step2ck, specialty: specialty, applicant: applicant,
                        connections: connections, hook: hook, cutoffUnmet: cutoff,
                        hardship: hardship, clinicalEvidence: evidence))
                  }
                }
              }
            }
          }
        }
      }
    }
    return profiles
  }
}
