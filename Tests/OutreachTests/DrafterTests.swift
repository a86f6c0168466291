import AdvisorCore
import Outreach
import Testing

@Suite("Drafting")
struct DrafterTests {
  private let rebound = Profile(
    step1: StepResult(outcome: .pass, attempts: 2),
    step2ck: StepResult(outcome: .pass, score: 238, attempts: 1),
    specialty: .internalMedicine, applicant: .usMD, connections: [], hook: false,
    cutoffUnmet: false, hardship: Hardship.none)

  private func email(_ profile: Profile, program: String? = "Example General") -> EmailDraft? {
    guard case .email(let email) = Drafter.draft(DraftRequest(profile: profile, program: program))
    else { return nil }
    return email
  }

  @Test("A targeted email: at most 8 sentences, the score once, at least half about strengths")
  func targetedEmail() throws {
    let draft = try #require(email(rebound))
    #expect(draft.sentences.count <= 8)
    let scoreSentences = draft.sentences.filter { $0.topic == .score }
    #expect(scoreSentences.count == 1)
    #expect(draft.sentences.count - scoreSentences.count >= draft.sentences.count / 2)
    #expect(draft.text.contains("238"))
    #expect(draft.text.contains("Example General"))
  }

  @Test("The subject line never names the weakness")
  func subjectLine() throws {
    let draft = try #require(email(rebound))
    let words = Set(
      draft.subject.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    for word in ["score", "fail", "failed", "step", "low", "exam", "usmle", "ck"] {
      #expect(!words.contains(word), "\(word)")
    }
  }

  @Test("A filled-in draft passes the checker except for the slots left for the user")
  func draftPassesTheChecker() throws {
    let draft = try #require(email(rebound))
    let findings = DraftChecker.check(draft.text)
    #expect(findings.allSatisfy { $0.check == "placeholder" }, "\(findings.map(\.check))")
  }

  @Test("The check counts a drafted email as its heading does, and one more strength fits")
  func countsAsDrafted() throws {
    let draft = try #require(email(rebound))
    #expect(DraftChecker.review(draft.text).sentences.count == draft.sentences.count)
    let longer = draft.text.replacingOccurrences(
      of: "My clinical evaluations",
      with: "I led our free clinic's diabetes project. My clinical evaluations")
    let review = DraftChecker.review(longer)
    #expect(review.sentences.count == draft.sentences.count + 1)
    #expect(review.sentences.count <= 8)
    #expect(!review.findings.contains { $0.check == "length" })
  }

  @Test("Faculty contact drafts the 2-3 sentences for the advocate instead")
  func facultyBrief() throws {
    var profile = rebound
    profile.connections = [.facultyAdvocate]
    guard case .facultyBrief(let brief) = Drafter.draft(DraftRequest(profile: profile)) else {
      Issue.record("expected a faculty brief")
      return
    }
    #expect((2...3).contains(brief.sentences.count))
    #expect(brief.text.contains("238"))
  }

  @Test("Staying silent gives the personal-statement paragraph instead, 3-5 sentences")
  func staySilent() throws {
    var profile = rebound
    profile.step2ck.score = 226  // no clear rebound: stay silent
    guard case .staySilent(let paragraph?) = Drafter.draft(DraftRequest(profile: profile)) else {
      Issue.record("expected the statement paragraph")
      return
    }
    #expect((3...5).contains(paragraph.sentences.count))
    var clean = profile
    clean.step1 = StepResult(outcome: .pass, attempts: 1)
    clean.step2ck.score = 248
    guard case .staySilent(nil) = Drafter.draft(DraftRequest(profile: clean)) else {
      Issue.record("expected nothing to explain")
      return
    }
  }

  @Test("With too little known there is nothing to draft yet")
  func undecided() {
    guard case .undecided(let missing) = Drafter.draft(DraftRequest(profile: Profile())) else {
      Issue.record("expected undecided")
      return
    }
    #expect(missing.first == .step1)
  }

  @Test("Hardship appears only as a resolved event, never with details")
  func hardship() throws {
    let profile = Profile(
      step1: StepResult(outcome: .pass, attempts: 1),
      step2ck: StepResult(outcome: .pass, score: 215, attempts: 1),
      specialty: .internalMedicine, applicant: .usMD, connections: [], hook: false,
      cutoffUnmet: false,
      hardship: .resolved)
    let draft = try #require(email(profile))
    #expect(draft.text.contains("that is now fully resolved"))
    #expect(DraftChecker.check(draft.text).allSatisfy { $0.check == "placeholder" })
  }
}
