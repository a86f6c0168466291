import Foundation
import Outreach
import Testing

@Suite("Checking a draft")
struct DraftCheckerTests {
  private let clean = """
    Subject: Application to Example General: Sam Lee, internal medicine applicant

    Dear Dr Rivera,

    I am a US MD student applying in internal medicine, drawn to Example General by its clinic for refugee families.
    My application shows that I did not pass Step 1 on my first attempt; I passed on my next attempt and scored 238 on Step 2 CK.
    I worked with our learning specialist and have kept that approach all year.
    I earned honors in my medicine clerkship and led our student-run clinic's diabetes project.
    My evaluations describe steady, reliable work with complex patients.
    I would be grateful for your consideration of my application.

    Sincerely,
    Sam Lee
    """

  private func checks(_ text: String) -> Set<String> {
    Set(DraftChecker.check(text).map(\.check))
  }

  @Test("A sound draft has no findings")
  func cleanDraft() {
    #expect(DraftChecker.check(clean).isEmpty, "\(DraftChecker.check(clean).map(\.check))")
  }

  @Test(
    "Each check trips on what it is for",
    arguments: [
      ("placeholder", "I am very interested in [Program Name]."),
      ("placeholder", "Dear Dr <last name>,"),
      ("apology", "I am so sorry about my score."),
      ("apology", "I apologize for my Step 1 result."),
      ("excuses", "The exam was difficult and I had a bad day."),
      ("excuses", "I studied hard but the questions were unfair."),
      ("empty-promise", "I know I can do better; please let me show you."),
      ("empty-promise", "I promise to work harder than anyone."),
      ("health-details", "I was diagnosed with depression that year."),
      ("health-details", "My grandmother passed away the week before."),
      ("desperation", "I am desperate for any opportunity!!"),
      ("therapist", "I feel devastated every time I think of it."),
      ("mass-email", "To whom it may concern,"),
      ("mass-email", "Dear Program Director,"),
    ])
  func trips(check: String, line: String) {
    let draft = clean.replacingOccurrences(
      of: "My evaluations describe steady, reliable work with complex patients.", with: line)
    let findings = DraftChecker.check(draft)
    let finding = findings.first { $0.check == check }
    #expect(finding != nil, "\(check) did not trip on: \(line); got \(findings.map(\.check))")
    // The replaced sentence is on line 9; a greeting is matched wherever it is.
    #expect(finding?.line == 9 || line.hasPrefix("Dear") || line.hasPrefix("To whom"))
    #expect(finding?.fix.isEmpty == false)
    #expect(finding?.why.isEmpty == false)
  }

  @Test("A subject line that names the score or failure is an error; a neutral one is not")
  func subjectLine() {
    let bad = clean.replacingOccurrences(
      of: "Subject: Application to Example General: Sam Lee, internal medicine applicant",
      with: "Subject: Explanation of my Step 1 failure")
    let finding = DraftChecker.check(bad).first { $0.check == "subject-line" }
    #expect(finding?.line == 1)
    #expect(finding?.severity == .error)
    #expect(!checks(clean).contains("subject-line"))
  }

  @Test("More than 8 sentences is too long; 8 is fine")
  func length() {
    let extra = " I also volunteer. I also tutor. I also run."
    let long = clean.replacingOccurrences(
      of: "led our student-run clinic's diabetes project.", with: "led a project." + extra)
    #expect(checks(long).contains("length"))
    let eight = clean.replacingOccurrences(
      of: "led our student-run clinic's diabetes project.", with: "led a project. I also tutor.")
    #expect(!checks(eight).contains("length"))
  }

  @Test("More sentences about the score than about strengths is an error")
  func scoreOverStrengths() {
    let heavy = """
      Subject: Application to Example General

      Dear Dr Rivera,

      My Step 1 score was low. I failed Step 1 once. My Step 2 CK score is 215.
      My exam results do not show my ability. I am applying in medicine.

      Sincerely,
      Sam
      """
    #expect(checks(heavy).contains("score-over-strengths"))
    #expect(!checks(clean).contains("score-over-strengths"))
  }

  @Test("Health words about patients or training are not the applicant's health")
  func noFalsePositives() {
    let text = clean.replacingOccurrences(
      of: "My evaluations describe steady, reliable work with complex patients.",
      with: "I care for patients with anxiety disorders in our psychiatry clinic as a volunteer.")
    #expect(!checks(text).contains("health-details"))
    let own = clean.replacingOccurrences(
      of: "My evaluations describe steady, reliable work with complex patients.",
      with: "I have anxiety and take medication for it.")
    #expect(DraftChecker.check(own).first { $0.check == "health-details" }?.line == 9)
    #expect(!checks(clean).contains("desperation"))
    #expect(
      !checks(
        "Subject: Hi\n\nDear Dr X,\n\nI would welcome the chance to interview.\n\nThanks,\nSam"
      ).contains("desperation"))
  }
}
