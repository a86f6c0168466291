import AdvisorCore
import AdvisorText
import Testing

/// The invariants every piece of advice keeps, checked as properties over a spread of the whole
/// profile space: the decision is the single source, and the card says what the core computed.
@Suite("Advice invariants over the profile space")
struct AdviceInvariantTests {
  /// Thousands of profiles: every exam pattern, score band, sensitivity level, applicant type,
  /// kind of tie, hook, cutoff, event and clinical evidence, known or not.
  static let space: [Profile] = {
    let step1s: [StepResult] = [
      StepResult(outcome: .pass, attempts: 1), StepResult(outcome: .pass, attempts: 2),
      StepResult(outcome: .fail, attempts: 1), StepResult(outcome: .pending, attempts: 1),
      StepResult(outcome: .pass, score: 205, attempts: 1), StepResult(),
    ]
    let step2s: [StepResult] =
      [205, 219, 225, 233, 238, 245, 255].map { StepResult(outcome: .pass, score: $0, attempts: 1) }
      + [
        StepResult(score: 216, attempts: 1), StepResult(outcome: .fail, attempts: 1),
        StepResult(outcome: .notTaken), StepResult(outcome: .pending, attempts: 1),
      ]
    let specialties: [Specialty?] = [
      .dermatology, .emergencyMedicine, .internalMedicine, .pediatrics, .transitionalYear, nil,
    ]
    let applicants: [ApplicantType?] = [.usMD, .usIMG, .nonUSIMG, nil]
    let connections: [Set<Connection>?] = [nil, [], [.facultyAdvocate], [.rotation], [.alumni]]
    let maybe: [Bool?] = [nil, false, true]
    let hardships: [Hardship?] = [nil, Hardship.none, .resolved, .ongoing]
    let regions: [String?] = ["Boston", "anywhere"]
    var profiles: [Profile] = []
    var index = 0
    // The full product is about two million profiles; a fixed stride prime to every factor's
    // size keeps a spread of a few thousand that still varies every slot.
    for step1 in step1s {
      for step2ck in step2s {
        for specialty in specialties {
          for applicant in applicants {
            for tie in connections {
              for hook in maybe {
                for cutoff in maybe {
                  for hardship in hardships {
                    for evidence in maybe {
                      for region in regions {
                        index += 1
                        guard index % 331 == 0 else { continue }
                        profiles.append(
                          Profile(
                            step1: step1, step2ck: step2ck, specialty: specialty,
                            applicant: applicant, region: region, connections: tie, hook: hook,
                            cutoffUnmet: cutoff, hardship: hardship, clinicalEvidence: evidence))
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return profiles
  }()

  /// Each profile with its advice, computed once for all the properties.
  static let cases: [(Profile, Advice)] = space.map { ($0, Advisor.advise($0)) }

  private static func ids(_ advice: Advice) -> Set<String> { Set(advice.items.map(\.rule)) }

  @Test("The space is thousands of profiles and reaches every decision")
  func spaceIsWide() {
    #expect(Self.space.count > 5000)
    let decisions = Set(Self.cases.map(\.1.email.decision))
    #expect(decisions == Set(EmailDecision.allCases.map(Optional.some) + [nil]))
  }

  @Test("Stay silent: no email count, no email to write, nothing that says to write one")
  func silenceIsSilent() {
    for (profile, advice) in Self.cases {
      guard advice.email.decision == .staySilent else { continue }
      #expect(advice.email.programs == nil)
      let rules = Self.ids(advice)
      #expect(!rules.contains("channel.own-email"), "\(profile)")
      #expect(!rules.contains("address.draft-exercise"), "\(profile)")
      #expect(!rules.contains("channel.faculty"), "\(profile)")
      let card = AdviceCard.document(for: advice).plainText
      #expect(!card.contains("Write the email yourself"), "\(profile)")
    }
  }

  @Test("An email of one's own: a count, the email item and the drafting exercise")
  func emailHasACount() {
    for (_, advice) in Self.cases {
      guard let decision = advice.email.decision, decision.involvesApplicantEmail else { continue }
      #expect(advice.email.programs == ScoreThresholds.emailTargets)
      let rules = Self.ids(advice)
      #expect(rules.contains("channel.own-email") && rules.contains("address.draft-exercise"))
      #expect(!rules.contains("specialty.apply-broadly") && !rules.contains("channel.eras-only"))
      let own = advice.items.first { $0.rule == "channel.own-email" }
      if decision == .hookOnly {
        #expect(own?.text.contains("only to the programs your hook is about") == true)
      }
      if decision == .emailSomeRefocusList {
        #expect(own?.text.contains("only to the programs your hook or your ties are about") == true)
      }
    }
  }

  @Test("Faculty contact: the advocate's 2-3 sentences, and no email of one's own")
  func facultyContact() {
    for (profile, advice) in Self.cases {
      guard advice.email.decision == .facultyContact else { continue }
      #expect(profile.connections?.isEmpty == false)
      let channel = advice.items.first { $0.rule == "channel.faculty" }
      #expect(channel?.text.contains("2-3 honest sentences") == true)
      #expect(!Self.ids(advice).contains("channel.own-email"))
    }
  }

  @Test("No item asks for what the profile already has")
  func nothingAlreadyHad() {
    for (profile, advice) in Self.cases {
      for item in advice.items {
        if profile.has(.rotation) == true {
          #expect(!item.text.contains("Get hands-on US clinical experience"), "\(profile)")
        }
        if profile.has(.facultyAdvocate) == true {
          #expect(!item.text.contains("get at least one US letter"), "\(profile)")
        }
        if profile.connections?.isEmpty == false {
          #expect(!item.text.contains("none is on record"), "\(profile)")
        }
      }
    }
  }

  @Test("Every note and action the core computes is on the card, each topic's plan in one run")
  func everythingIsRendered() {
    for (profile, advice) in Self.cases {
      let card = AdviceCard.document(for: advice).plainText.replacingNewlines
      for item in advice.items {
        #expect(card.contains(item.text), "\(item.rule) missing for \(profile)")
      }
      for reason in advice.email.reasons {
        #expect(card.contains(reason.text), "\(reason.rule) missing for \(profile)")
      }
      var seen: [AdviceTopic] = []
      for item in advice.plan where seen.last != item.topic {
        #expect(!seen.contains(item.topic), "\(item.topic) split in the plan for \(profile)")
        seen.append(item.topic)
      }
    }
  }

  @Test("A judgement left open is shown as one: the evidence is asked and the step says so")
  func borderlineIsShown() {
    for (profile, advice) in Self.cases {
      let step = advice.email.steps.first { $0.rule == "check.clear-improvement" }
      guard let step, step.assumed else { continue }
      #expect(step.explanation.hasPrefix("Borderline"))
      #expect(profile.clinicalEvidence == nil)
      #expect(advice.missing.contains(.clinicalEvidence))
    }
  }
}

extension String {
  /// The text with line breaks as spaces, so a wrapped sentence still matches.
  fileprivate var replacingNewlines: String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
  }
}
