import AdvisorCore
import Outreach
import Testing

/// The draft, the Markdown plan and the triage read the one decision: checked as properties over
/// a spread of profiles.
@Suite("Every outreach surface follows the decision")
struct DecisionSurfacesTests {
  static let profiles: [Profile] = {
    let step1s: [StepResult] = [
      StepResult(outcome: .pass, attempts: 1), StepResult(outcome: .pass, attempts: 2),
      StepResult(outcome: .fail, attempts: 1),
    ]
    let step2s: [StepResult] =
      [205, 219, 225, 238, 255].map { StepResult(outcome: .pass, score: $0, attempts: 1) }
      + [StepResult(outcome: .notTaken)]
    let ties: [Set<Connection>?] = [nil, [], [.facultyAdvocate], [.alumni]]
    var profiles: [Profile] = []
    var index = 0
    for specialty in [Specialty.dermatology, .emergencyMedicine, .internalMedicine, .psychiatry] {
      for step1 in step1s {
        for step2ck in step2s {
          for applicant in [ApplicantType.usMD, .usIMG] {
            for tie in ties {
              for flags in 0..<4 {
                index += 1
                profiles.append(
                  Profile(
                    step1: step1, step2ck: step2ck, specialty: specialty, applicant: applicant,
                    region: index % 2 == 0 ? "Boston" : "anywhere", connections: tie,
                    hook: flags & 1 == 1, cutoffUnmet: flags & 2 == 2,
                    hardship: index % 3 == 0 ? .resolved : Hardship.none,
                    clinicalEvidence: index % 5 == 0 ? nil : index % 2 == 0))
              }
            }
          }
        }
      }
    }
    return profiles
  }()

  @Test("The draft is the kind the decision calls for")
  func draftFollowsDecision() {
    for profile in Self.profiles {
      let decision = Advisor.advise(profile).email.decision
      switch (decision, Drafter.draft(DraftRequest(profile: profile))) {
      case (.staySilent?, .staySilent), (nil, .undecided): break
      case (.facultyContact?, .facultyBrief(let brief)):
        #expect((2...3).contains(brief.sentences.count))
      case (let decision?, .email) where decision.involvesApplicantEmail: break
      case (let decision, let draft):
        Issue.record("\(String(describing: decision)) drafted \(draft) for \(profile)")
      }
    }
  }

  @Test("The Markdown plan holds every reason and item, and an email draft only for an email")
  func markdownSaysItAll() {
    for profile in Self.profiles {
      let advice = Advisor.advise(profile)
      let draft = Drafter.draft(DraftRequest(profile: profile))
      let markdown = PlanDocument.markdown(for: advice, draft: draft)
      for reason in advice.email.reasons + advice.items.map(\.reason)
      where advice.email.decision != nil || reason.rule != EmailAdvice.undecidedRule {
        #expect(markdown.contains(reason.text), "\(reason.rule) missing for \(profile)")
      }
      let involvesEmail = advice.email.decision?.involvesApplicantEmail == true
      #expect(markdown.contains("## Draft email") == involvesEmail)
    }
  }

  @Test("The triage reaches out only where the decision does")
  func triageFollowsDecision() {
    let program = ListedProgram(
      name: "Tie", city: "Omaha", state: "NE", specialty: nil, typicalStep2: 230,
      minimumStep2: nil, acceptsIMGs: true, sponsorsVisas: true, connection: .facultyAdvocate)
    for profile in Self.profiles {
      let decision = Advisor.advise(profile).email.decision
      let result = ProgramTriage.triage([program], profile: profile)
      if decision == .staySilent || decision == nil {
        #expect(result.outreach.isEmpty, "\(profile)")
        #expect(!result.notes.contains { $0.rule == "triage.outreach" })
      }
      // No decision yet is never said as one ("your decision is to stay silent").
      #expect(
        result.notes.contains { $0.rule == "triage.no-outreach" } == (decision == .staySilent),
        "\(profile)")
      #expect(result.notes.contains { $0.rule == "triage.undecided" } == (decision == nil))
    }
  }
}
