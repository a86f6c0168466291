import AdvisorCore
import AdvisorText
import Testing

@testable import Dialogue

@Suite("Answers for the person: counts, score levels, no empty 'in general'")
struct PersonalAnswerTests {
  private func profile(
    step2ck: StepResult, specialty: Specialty = .psychiatry, applicant: ApplicantType = .usIMG,
    connections: Set<Connection> = [], evidence: Bool? = nil
  ) -> Profile {
    Profile(
      step1: StepResult(outcome: .pass, attempts: 1), step2ck: step2ck, specialty: specialty,
      applicant: applicant, region: "anywhere", connections: connections, hook: false,
      cutoffUnmet: false, hardship: Hardship.none, clinicalEvidence: evidence)
  }

  private func text(_ question: PersonalQuestion, _ profile: Profile, general: Bool = true)
    -> String
  {
    let advice = Advisor.advise(profile)
    return PersonalAnswer.document(question, advice: advice, lead: general ? .general : nil)?
      .plainText ?? ""
  }

  @Test("Not emailing: none first, then the count of applications, said honestly")
  func countWhenSilent() {
    let silent = profile(step2ck: StepResult(outcome: .pass, score: 215, attempts: 1))
    #expect(Advisor.advise(silent).email.decision == .staySilent)
    let answer = text(.emailCount(every: false), silent)
    #expect(answer.hasPrefix("For you: Your plan is to stay silent about the score, so no program"))
    #expect(answer.contains("The sources give an application count (60-120+) only for"))
    #expect(!answer.contains("5-15"))
    #expect(
      PersonalAnswer.entryID(.emailCount(every: false), advice: Advisor.advise(silent))
        == "boston-faq-how-many-programs")
  }

  @Test(
    "A program's minimum is set against the applicant's own Step 2 CK, in a question or hearsay",
    arguments: [
      ("what if a program lists 230 as a minimum", 230),
      ("i heard most programs want 230 minimum", 230),
      ("should i still email the program with the 245 minimum", 245),
    ])
  func statedCutoff(line: String, cutoff: Int) {
    #expect(PersonalQuestion.recognise(line) == .statedCutoff(cutoff))
    let at224 = profile(step2ck: StepResult(outcome: .pass, score: 224, attempts: 1))
    #expect(
      text(.statedCutoff(cutoff), at224, general: false).hasPrefix(
        "Your Step 2 CK 224 is below \(cutoff): a program that states \(cutoff) as its minimum"))
    #expect(
      PersonalAnswer.entryID(.statedCutoff(cutoff), advice: Advisor.advise(at224))
        == "snapshot-below-listed-cutoff")
    let at250 = profile(step2ck: StepResult(outcome: .pass, score: 250, attempts: 1))
    #expect(
      text(.statedCutoff(cutoff), at250, general: false).hasPrefix(
        "Your Step 2 CK 250 meets a stated minimum of \(cutoff), so that cutoff is no reason"))
    #expect(
      PersonalAnswer.entryID(.statedCutoff(cutoff), advice: Advisor.advise(at250))
        == "programs-view-hard-screens")
    // Without a Step 2 CK there is nothing to compare: the entry answers alone.
    let notTaken = profile(step2ck: StepResult(outcome: .notTaken))
    #expect(text(.statedCutoff(cutoff), notTaken).isEmpty)
  }

  @Test(
    "Whether to mention a family member's health or an event is the event question",
    arguments: [
      "should i mention my moms surgery in my personal statment",
      "do i disclose my dads stroke to programs", "should i tell them about the surgery",
    ])
  func mentionEvent(line: String) {
    #expect(PersonalQuestion.recognise(line) == .mentionEvent)
  }

  @Test("A US-citizen IMG in a core specialty is given the sources' 60-120+ applications")
  func countForUSIMGInCore() {
    let img = profile(
      step2ck: StepResult(outcome: .pass, score: 222, attempts: 1), specialty: .internalMedicine)
    let answer = text(.emailCount(every: false), img)
    #expect(answer.hasPrefix("For you: Your plan is to stay silent"))
    #expect(answer.contains(" Apply to 60-120+ programs"))
  }

  @Test("An IMG asking whether to email hears the card's limit: only where a real connection is")
  func imgLimitAsOnTheCard() {
    let img = Profile(
      step1: StepResult(outcome: .pass, attempts: 2),
      step2ck: StepResult(outcome: .pass, score: 240, attempts: 1), specialty: .internalMedicine,
      applicant: .nonUSIMG, region: "Texas", connections: [.geographicTie], hook: false,
      cutoffUnmet: false, hardship: Hardship.none, clinicalEvidence: true)
    let advice = Advisor.advise(img)
    #expect(advice.email.decision?.involvesApplicantEmail == true)
    for question in [PersonalQuestion.shouldEmail(plain: true), .emailCount(every: false)] {
      let answer = text(question, img)
      #expect(answer.contains("only the programs where you have a real connection"), "\(answer)")
      #expect(!answer.contains("Write to 5-15"), "\(answer)")
    }
  }

  @Test("A score asked about for a backup carries the plan's verdict on that backup")
  func backupVerdictInScoreLevel() {
    var profile = Profile(
      step1: StepResult(outcome: .pass, attempts: 2),
      step2ck: StepResult(outcome: .pass, score: 232, attempts: 1), specialty: .internalMedicine,
      applicant: .nonUSIMG)
    profile.backupSpecialties = [.familyMedicine]
    let advice = Advisor.advise(profile)
    let verdict = advice.specialty.backups.first { $0.specialty == .familyMedicine }?.reason
    #expect(verdict != nil)
    let answer = text(.isScoreLow(nil, .familyMedicine), profile, general: false)
    #expect(answer.contains(verdict?.text ?? "-"), "\(answer)")
    // Not for the main specialty, which is no backup.
    let main = text(.isScoreLow(nil, .internalMedicine), profile, general: false)
    #expect(!main.contains("Your backup"), "\(main)")
  }

  @Test("'How many derm programs?' with IM on record is answered for Dermatology, said as such")
  func applyCountForANamedSpecialty() {
    let profile = Profile(
      step1: StepResult(outcome: .pass, attempts: 1),
      step2ck: StepResult(outcome: .pass, score: 226, attempts: 1), specialty: .internalMedicine,
      applicant: .usIMG)
    let own = text(.applyCount(nil), profile, general: false)
    let derm = text(.applyCount(.dermatology), profile, general: false)
    #expect(own.hasPrefix("For you: "), "\(own)")
    #expect(derm.hasPrefix("For you, if you applied in Dermatology: "), "\(derm)")
    // The core decides each: the count for IM is not repeated for Dermatology unsaid.
    #expect(text(.applyCount(.internalMedicine), profile, general: false) == own)
  }

  @Test("'Where does 250 come from?' gives the plan's sentences that use it, each with its tag")
  func sourceOfANumber() {
    let profile = Profile(
      step1: StepResult(outcome: .pass, score: 205, attempts: 1),
      step2ck: StepResult(outcome: .pass, score: 228, attempts: 2), specialty: .anesthesiology,
      applicant: .usMD, clinicalEvidence: true)
    let answer = text(.sourceOf("250"), profile, general: false)
    #expect(answer.hasPrefix("Where your plan uses 250:"), "\(answer)")
    #expect(answer.contains("[F: Step 2 CK of matched applicants]"), "\(answer)")
    // A number the plan does not use has no such answer: the entries are searched instead.
    #expect(text(.sourceOf("999"), profile, general: false).isEmpty)
  }

  @Test("Emailing: the answer is the email count")
  func countWhenEmailing() {
    let emailing = Profile(
      step1: StepResult(outcome: .pass, attempts: 2),
      step2ck: StepResult(outcome: .pass, score: 240, attempts: 1), specialty: .internalMedicine,
      applicant: .usMD, region: "anywhere", connections: [], hook: false, cutoffUnmet: false,
      hardship: Hardship.none, clinicalEvidence: true)
    let advice = Advisor.advise(emailing)
    #expect(advice.email.decision == .targetedEmail)
    let answer = text(.emailCount(every: false), emailing)
    let limit = advice.items.first { $0.rule == EmailAdvice.limitRule }
    #expect(limit != nil)
    // The plan's own words for the limit, not the chat's own count.
    #expect(answer.contains(limit?.text ?? "-"))
    #expect(answer.contains("5-15 programs at most"))
    #expect(
      PersonalAnswer.entryID(.emailCount(every: false), advice: advice)
        == "faq-how-many-to-email")
  }

  @Test("Is my score low for psych: the named specialty's figure, its source and its group")
  func scoreLowForNamedSpecialty() {
    let img = profile(
      step2ck: StepResult(outcome: .pass, score: 232, attempts: 1), specialty: .internalMedicine)
    let answer = text(.isScoreLow(nil, .psychiatry), img)
    #expect(answer.contains("below the mean of matched US MD seniors in Psychiatry (about 246"))
    #expect(answer.contains("Charting Outcomes 2024"))
    #expect(
      answer.contains(
        "That figure is for US MD seniors; the sources give none for US-citizen IMGs."))
    let md = profile(
      step2ck: StepResult(outcome: .pass, score: 232, attempts: 1), applicant: .usMD)
    #expect(!text(.isScoreLow(nil, nil), md).contains("the sources give none for"))
  }

  @Test(
    "A recorded outcome settles pass or fail: the 214-217 pass-mark question is not asked again",
    arguments: [
      (StepOutcome.pass, "a pass when you sat it"), (.fail, "it is a fail"),
    ])
  func outcomeKnown(outcome: StepOutcome, says: String) {
    let known = profile(step2ck: StepResult(outcome: outcome, score: 215, attempts: 1))
    let answer = text(.isScoreLow(nil, nil), known)
    #expect(!answer.contains("which one applied to your sitting"))
    #expect(answer.contains(says))
    let open = profile(step2ck: StepResult(score: 215))
    #expect(text(.isScoreLow(nil, nil), open).contains("which one applied to your sitting"))
  }

  @Test("Without an entry to follow, the personal answer ends without 'In general:'")
  func noEmptyGeneral() {
    let known = profile(step2ck: StepResult(outcome: .pass, score: 232, attempts: 1))
    #expect(text(.isScoreLow(nil, nil), known).hasSuffix("In general:"))
    #expect(!text(.isScoreLow(nil, nil), known, general: false).contains("In general"))
    #expect(!text(.whyDecision, known, general: false).contains("In general"))
  }
}
