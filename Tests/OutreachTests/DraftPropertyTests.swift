import AdvisorCore
import Outreach
import Testing

/// Every draft the advisor can write, over decisions and profiles, passes its own check.
@Suite("Every draft passes its own check")
struct DraftPropertyTests {
  private static let step1: [StepResult] = [
    StepResult(), StepResult(outcome: .pass, attempts: 1), StepResult(outcome: .pass, attempts: 2),
    StepResult(outcome: .pass, attempts: 3), StepResult(outcome: .fail, attempts: 1),
    StepResult(outcome: .fail, attempts: 2), StepResult(outcome: .pending),
    StepResult(outcome: .notTaken), StepResult(outcome: .pass, score: 205, attempts: 1),
  ]
  private static let step2ck: [StepResult] = [
    StepResult(), StepResult(outcome: .pass, score: 214, attempts: 1),
    StepResult(outcome: .pass, score: 221, attempts: 1),
    StepResult(outcome: .pass, score: 230, attempts: 1),
    StepResult(outcome: .pass, score: 238, attempts: 1),
    StepResult(outcome: .pass, score: 250, attempts: 1),
    StepResult(outcome: .pass, score: 262, attempts: 1),
    StepResult(outcome: .pass, score: 238, attempts: 2), StepResult(outcome: .fail, attempts: 1),
    StepResult(outcome: .notTaken), StepResult(outcome: .pending),
  ]
  private static let connections: [Set<Connection>?] = [
    nil, [], [.rotation], [.facultyAdvocate], [.geographicTie], [.alumni],
    [.rotation, .facultyAdvocate],
  ]
  private static let flags: [Bool?] = [nil, true, false]
  private static let hardships: [Hardship?] = [nil, Hardship.none, .resolved, .ongoing]
  private static let specialties: [Specialty?] = Specialty.allCases + [nil]
  private static let applicants: [ApplicantType?] = ApplicantType.allCases + [nil]
  /// What draws the applicant, with the health words a program's own features hold.
  private static let features = [
    "its continuity clinic for underserved patients", "its ICU curriculum",
    "your medical ICU", "its cancer center's survivorship clinic",
    "its surgery and ICU rotations", "its chemotherapy infusion clinic for veterans",
    "the depression screening project in its clinics",
  ]
  private static let programs = [
    "Lakeside Internal Medicine", "Mercy IM", "Riverside Surgery", "Cancer Institute Hospital",
  ]

  /// Every combination of the exams, connections, hook and cutoff; hardship, specialty,
  /// applicant and the program details cycle through theirs along the way, so each meets
  /// every decision many times.
  static let requests: [DraftRequest] = {
    var requests: [DraftRequest] = []
    var index = 0
    for step1 in step1 {
      for step2ck in step2ck {
        for connections in connections {
          for hook in flags {
            for cutoffUnmet in flags {
              let profile = Profile(
                step1: step1, step2ck: step2ck, specialty: specialties[index % specialties.count],
                applicant: applicants[(index / 3) % applicants.count],
                region: index % 2 == 0 ? "Boston" : nil, connections: connections, hook: hook,
                cutoffUnmet: cutoffUnmet, hardship: hardships[(index / 2) % hardships.count])
              let named = index % 4 != 0
              requests.append(
                DraftRequest(
                  profile: profile, program: named ? programs[index % programs.count] : nil,
                  director: named ? "Patel" : nil,
                  feature: named ? features[index % features.count] : nil,
                  name: named ? "Sam Rivera" : nil))
              index += 1
            }
          }
        }
      }
    }
    return requests
  }()

  @Test("Every draft, over all decisions and profiles, passes its own check")
  func everyDraft() {
    var decisions: Set<EmailDecision> = []
    var kinds: Set<String> = []
    for request in Self.requests {
      switch Drafter.draft(request) {
      case .email(let email):
        kinds.insert("email")
        decisions.insert(Advisor.advise(request.profile).email.decision ?? .staySilent)
        guard checkEmail(email) else { return }
      case .facultyBrief(let brief):
        kinds.insert("brief")
        guard checkPassage(brief.sentences, lengths: 2...3) else { return }
      case .staySilent(let paragraph?):
        kinds.insert("statement")
        guard checkPassage(paragraph.sentences, lengths: 3...5) else { return }
      case .staySilent(nil), .undecided: continue
      }
    }
    #expect(decisions == [.targetedEmail, .hookOnly, .emailSomeRefocusList])
    #expect(kinds == ["email", "brief", "statement"])
  }

  /// An email: 6-8 body sentences, the score once, at least half strengths, nothing flagged
  /// but the slots left for the user. False after the first failure, to keep the report short.
  private func checkEmail(_ email: EmailDraft) -> Bool {
    let review = DraftChecker.review(email.text)
    let problems = review.findings.filter { $0.check != "placeholder" }
    #expect(problems.isEmpty, "\(problems.map(\.check)) in:\n\(email.text)")
    #expect((6...8).contains(review.sentences.count), "\(email.text)")
    #expect(review.sentences.count == email.sentences.count, "\(email.text)")
    let weighed = review.sentences.count { $0.kind != .courtesy }
    #expect(review.count(.strength) * 2 >= weighed, "\(email.text)")
    #expect(review.count(.score) == 1, "\(review.sentences)")
    // The check reads each sentence as the drafter meant it; the interest sentence holds the
    // user's own words for the program, which may well read as fit ("its ICU rotations").
    let meant = email.sentences.map { sentence -> Set<SentenceKind> in
      switch sentence.topic {
      case .strength: [.strength]
      case .score: [.score]
      case .interest: [.other, .strength]
      case .context: [.other]
      case .closing: [.courtesy]
      }
    }
    let read = zip(review.sentences, meant).allSatisfy { $1.contains($0.kind) }
    #expect(read, "\(review.sentences)")
    return problems.isEmpty && (6...8).contains(review.sentences.count)
      && read && review.count(.score) == 1
      && review.count(.strength) * 2 >= weighed
  }

  /// The advocate's brief or the statement paragraph: its length, and nothing flagged but the
  /// slots and the balance, which is an email's rule.
  private func checkPassage(_ sentences: [String], lengths: ClosedRange<Int>) -> Bool {
    let text = sentences.joined(separator: " ")
    let review = DraftChecker.review(text)
    let problems = review.findings.filter {
      $0.check != "placeholder" && $0.check != "score-over-strengths"
    }
    #expect(lengths.contains(review.sentences.count), "\(text)")
    #expect(problems.isEmpty, "\(problems.map(\.check)): \(text)")
    return lengths.contains(review.sentences.count) && problems.isEmpty
  }

  @Test("The applicant type is named as the profile says, or left out")
  func applicantType() throws {
    let phrases: [ApplicantType?: String] = [
      .usMD: "from a US MD school", .usDO: "from a US DO school",
      .usIMG: "as a US citizen from an international medical school",
      .nonUSIMG: "as an international medical graduate",
    ]
    for applicant in Self.applicants {
      // The decision decides whether there is an email at all (an IMG with no tie stays
      // silent): take the first of a few profiles whose decision calls for one.
      let results = [
        (
          StepResult(outcome: .pass, attempts: 2),
          StepResult(outcome: .pass, score: 238, attempts: 1)
        ),
        (
          StepResult(outcome: .pass, attempts: 1),
          StepResult(outcome: .pass, score: 219, attempts: 1)
        ),
      ]
      let candidates = results.flatMap { step1, step2ck in
        [false, true].map { hook in
          Profile(
            step1: step1, step2ck: step2ck, specialty: .internalMedicine, applicant: applicant,
            connections: [], hook: hook, cutoffUnmet: false, hardship: Hardship.none,
            clinicalEvidence: true)
        }
      }
      let emails = candidates.compactMap { profile -> EmailDraft? in
        if case .email(let email) = Drafter.draft(DraftRequest(profile: profile)) { return email }
        return nil
      }
      guard let email = emails.first else {
        Issue.record("expected an email for \(String(describing: applicant))")
        continue
      }
      let first = try #require(email.sentences.first).text
      for (type, phrase) in phrases {
        #expect(first.contains(phrase) == (type == applicant), "\(first)")
      }
      #expect(!email.text.contains("an applicant applying"))
    }
  }
}
