import AdvisorCore
import AdvisorText
import Dialogue
import Testing

@Suite("The conversation policy")
struct ConversationTests {
  @Test("It greets, says what it does, and asks the most informative question first")
  func opening() {
    let script = Script()
    #expect(script.opening.replyText.hasPrefix("Hi."))
    #expect(script.opening.replyText.contains("email"))
    #expect(script.pending == .step1)
    #expect(script.opening.number == 0)
  }

  @Test("Several slots in one line are all taken, and none of them is asked again")
  func severalSlotsAtOnce() {
    var script = Script()
    let turn = script.say(
      "Caribbean grad, US citizen, failed step 1 once before passing, 236 on CK, IM in Boston")
    #expect(script.profile.step1 == StepResult(outcome: .pass, attempts: 2))
    #expect(script.profile.step2ck.score == 236)
    #expect(script.profile.specialty == .internalMedicine)
    #expect(script.profile.applicant == .usIMG)
    #expect(script.profile.region == "Boston")
    // The rebound is a judgement the clinical evidence settles: the decision waits for it.
    #expect(turn.pending == .clinicalEvidence)
    #expect(!turn.replyText.contains("Which specialty"))
  }

  @Test("Questions follow the core's missing slots")
  func order() {
    var script = Script()
    var asked: [Slot] = []
    for line in ["passed first try", "238", "IM", "US MD", "anywhere", "none", "no", "no"] {
      if let pending = script.pending { asked.append(pending) }
      #expect(script.pending == Advisor.advise(script.profile).missing.first, "\(line)")
      script.say(line)
    }
    #expect(asked.prefix(5) == [.step1, .step2ck, .specialty, .applicant, .region])
  }

  @Test("An answer it cannot read gets an example; the second miss offers to skip")
  func reprompts() {
    var script = Script()
    script.say("passed first try")
    let first = script.say("blorp")
    #expect(first.replyText.contains("I didn't catch that. For example:"))
    #expect(!first.replyText.contains("skip"))
    let second = script.say("zzz qqq")
    #expect(second.replyText.contains("say \"skip\""))
    #expect(script.pending == .step2ck)
    let skipped = script.say("skip")
    #expect(skipped.replyText.contains("Skipped"))
    #expect(script.pending == .specialty)
    script.say("IM")
    #expect(script.pending != .step2ck)
  }

  @Test("Corrections are acknowledged as old → new")
  func corrections() {
    var script = Script()
    script.say("passed step 1 first try, 238 on CK")
    let score = script.say("actually it was 241")
    #expect(score.replyText.contains("Updated Step 2 CK: 238, first attempt → 241, first attempt."))
    #expect(script.profile.step2ck.score == 241)
    script.say("applying peds")
    let specialty = script.say("no, I meant psych")
    #expect(specialty.replyText.contains("Updated Specialty: Pediatrics → Psychiatry."))
    #expect(script.profile.specialty == .psychiatry)
  }

  @Test("/undo takes back the last answer's changes, repeatedly; /reset can be undone too")
  func undo() {
    var script = Script()
    script.say("passed step 1 first try")
    script.say("238")
    script.say("IM")
    script.say("/undo")
    #expect(script.profile.specialty == nil)
    #expect(script.profile.step2ck.score == 238)
    script.say("/undo")
    #expect(script.profile.step2ck.isEmpty)
    #expect(script.pending == .step2ck)
    script.say("/undo")
    #expect(script.profile == Profile())
    #expect(script.say("/undo").replyText.hasPrefix("Nothing to undo."))
    script.say("failed step 1")
    script.say("/reset")
    #expect(script.profile == Profile())
    script.say("/undo")
    #expect(script.profile.step1.outcome == .fail)
  }

  @Test("A question mid-dialogue is answered with its source, then the question is asked again")
  func digression() {
    var script = Script()
    script.say("passed step 1 first try")
    let turn = script.say("should I mention my score in interviews?")
    #expect(turn.answered == ["faq-interview-mention"])
    #expect(turn.replyText.contains("Source: "))
    #expect(turn.replyText.contains("Back to my question: And your Step 2 CK result?"))
    #expect(script.pending == .step2ck)
  }

  @Test("An off-topic question gets an honest \"I don't know\" and the dialogue goes on")
  func offTopicQuestion() {
    var script = Script()
    let turn = script.say("what's the weather in Boston tomorrow?")
    #expect(turn.replyText.contains("I don't have a confident answer"))
    #expect(turn.answered.isEmpty)
    #expect(script.pending == .step1)
    #expect(script.profile.region == nil)
  }

  @Test("\"Why do you ask?\" explains the pending question with a source")
  func whyAsk() {
    var script = Script()
    script.say("passed step 1 first try")
    script.say("238")
    let turn = script.say("why do you ask?")
    #expect(turn.replyText.contains("[E: Specialty reality check]"))
    #expect(turn.replyText.hasSuffix("Which specialty?"))
  }

  @Test("A number without its exam, with both exams unknown, is asked back")
  func numberWithoutExam() {
    var script = Script()
    script.say("skip")
    script.say("skip")
    #expect(script.pending == .specialty)
    let turn = script.say("got a 231")
    #expect(turn.replyText.contains("Is 231 your Step 1 or your Step 2 CK score?"))
    #expect(script.profile.step2ck.isEmpty && script.profile.step1.isEmpty)
    script.say("step 2")
    #expect(script.profile.step2ck.score == 231)
  }

  @Test("A bare number answers the exam being asked about")
  func numberAnswersPendingExam() {
    var script = Script()
    script.say("passed step 1 first try")
    script.say("231")
    #expect(script.profile.step2ck.score == 231)
  }

  @Test("What changed in the advice is said, with the reason, rather than everything again")
  func adviceChanges() {
    var script = Script()
    script.say("failed step 1 once, then passed")
    script.say("240")
    script.say("honors in medicine and surgery, strong comments")
    let decided = script.say("IM")
    #expect(
      decided.replyText.contains(
        "My advice on emailing programs is now to send a brief, targeted email to a few programs."
      ))
    let changed = script.say("my mentor knows the PD and offered to call")
    #expect(
      changed.replyText.contains(
        "That changes my advice on emailing programs: no longer to send a brief, targeted email "
          + "to a few programs, but to let a faculty advocate or mentor contact the program director "
          + "for you."
      ))
    #expect(!changed.replyText.contains("Plan: what to do next"))
  }

  @Test("The full plan comes once, when nothing is missing")
  func fullPlanOnce() {
    var script = Script()
    var plans = 0
    for line in [
      "passed first try", "238", "IM", "US MD", "anywhere", "none", "no", "no", "no", "thanks",
    ] {
      if script.say(line).replyText.contains("Here is your plan in short.") { plans += 1 }
    }
    #expect(plans == 1)
    #expect(script.pending == nil)
  }

  /// A failure, a clear rebound and strong clerkships, no ties: answered until nothing is
  /// missing. Returns the turn that completed the profile.
  @discardableResult
  private func completeRebound(_ script: inout Script) -> Turn? {
    for line in [
      "failed step 1 once, then passed", "238", "yes", "IM", "US MD", "anywhere", "none",
    ] {
      script.say(line)
    }
    for _ in 0..<8 {
      guard let slot = script.pending else { return nil }
      let turn = script.say(slot == .clinicalEvidence ? "yes" : "no")
      if script.pending == nil { return turn }
    }
    return nil
  }

  @Test("The plan in short fits one 40-row screen at 80 columns, the decision on top")
  func planFitsOneScreen() throws {
    var script = Script()
    let reply = try #require(completeRebound(&script)).reply
    let text = TextRenderer(width: 80, color: false).render(reply)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count <= 40, "the reply takes \(lines.count) rows:\n\(text)")
    let decision = lines.firstIndex { $0.hasPrefix("Send a brief, targeted email") }
    #expect(decision.map { $0 < 12 } == true, "\(text)")
    #expect(text.contains(" 3. ") && !text.contains(" 4. "))
    #expect(text.contains("/advice shows the whole plan"))
    #expect(!text.contains("Mistakes to avoid"))
  }

  @Test("After /undo and a new answer, only what changed is said, not the plan again")
  func noSecondPlanAfterUndo() {
    var script = Script()
    completeRebound(&script)
    #expect(script.pending == nil)
    script.say("/undo")
    let same = script.say("no")
    #expect(!same.replyText.contains("Here is your plan"))
    #expect(same.replyText.split(separator: "\n").count < 4, "\(same.replyText)")
    let changed = script.say("actually my mentor knows the PD and offered to call")
    #expect(!changed.replyText.contains("Here is your plan"))
    #expect(changed.replyText.contains("That changes my advice"), "\(changed.replyText)")
  }

  @Test("Every topic the chat suggests when it has no answer is answered when typed as shown")
  func suggestedTopicsAnswer() {
    for entry in Knowledge.base.entries {
      var script = Script()
      let turn = script.say(AnswerText.question(for: entry))
      #expect(turn.answered.first == entry.id, "\(entry.id): \(turn.replyText.prefix(80))")
    }
  }

  @Test("A first attempt is assumed aloud, and asked when the result is pending")
  func attempts() {
    var script = Script()
    let passed = script.say("passed step 1")
    #expect(passed.replyText.contains("I've taken that as your first attempt at Step 1"))
    script.say("waiting for my CK score")
    #expect(script.conversation.state.pending == PendingQuestion(.step2ck, .attempts(.step2ck)))
    script.say("no, it's my second try")
    #expect(script.profile.step2ck == StepResult(outcome: .pending, attempts: 2))
  }

  @Test("Volunteered health details keep only the category, and a reminder follows")
  func privacy() {
    var script = Script()
    let turn = script.say("my dad died the week before step 1 and I failed, I'm ok now")
    #expect(script.profile.hardship == .resolved)
    #expect(turn.storedInput == "(personal details not kept: now resolved)")
    #expect(!turn.storedInput.contains("dad"))
    #expect(turn.replyText.contains("I don't keep the details"))
    #expect(turn.replyText.contains("out of emails to programs"))
  }

  @Test(
    "A line about a relative's health is never kept as typed, understood or not",
    arguments: [
      "my dad is still recovering", "and my dads situation is ongoing, not resolved",
      "my mom's condition is about the same",
    ])
  func privacyOfUnreadLines(line: String) {
    var script = Script()
    let turn = script.say(line)
    #expect(!turn.storedInput.contains("dad") && !turn.storedInput.contains("mom"))
  }

  @Test("A typo beside a specialty is read mended before the line is judged personal")
  func typoIsNoHealthDetail() {
    var script = Script()
    let turn = script.say("is 241 good enough for genral surgery?")
    #expect(turn.storedInput == "is 241 good enough for genral surgery?")
  }

  @Test("A line with personal details has no typo quoted back, and family words are not mended")
  func privacyOfRepairs() {
    var script = Script()
    // "surgry" is mended (a word the reply would quote); "father" is no "rather".
    let turn = script.say("my father had surgry the week of step 1, he is fine now")
    #expect(script.profile.hardship == .resolved)
    #expect(!turn.replyText.contains("surg") && !turn.replyText.contains("father"))
    #expect(!turn.replyText.contains("rather"))
  }

  @Test("It never asks about health, only whether a concrete event lies behind the score")
  func hardshipQuestion() {
    let text = QuestionBook.text(PendingQuestion(.hardship))
    #expect(text.contains("concrete event"))
    #expect(!text.lowercased().contains("health") && !text.lowercased().contains("illness"))
  }

  @Test("bye, quit and exit end the conversation; /quit too")
  func farewell() {
    for word in ["bye", "quit", "exit", "/quit"] {
      var script = Script()
      let turn = script.say(word)
      #expect(turn.ended, "\(word)")
      // Tester Ahmed (2026-12-05): with nothing said about the user, no answers are claimed.
      #expect(turn.replyText == "Goodbye, and good luck.")
      var told = Script()
      told.say("passed step 1")
      #expect(told.say(word).replyText.contains("Your answers are saved"), "\(word)")
    }
  }

  @Test("Commands work at any point and leave the pending question in place")
  func commands() {
    var script = Script()
    script.say("failed step 1")
    #expect(script.say("/help").replyText.contains("/undo"))
    #expect(script.say("/profile").replyText.contains("Step 1: failed"))
    #expect(script.say("/why").replyText.contains("Why"))
    #expect(script.say("/advice").replyText.contains("EMAIL OR STAY SILENT"))
    #expect(script.say("/frobnicate").replyText.contains("I don't know that command"))
    #expect(script.pending == .step2ck)
  }

  @Test("Empty lines and greetings do not count as misses")
  func emptyLines() {
    var script = Script()
    #expect(script.say("").replyText.contains("Take your time."))
    #expect(script.say("   ").replyText.contains("How did Step 1 go?"))
    #expect(script.say("hi").replyText.hasPrefix("Hello!"))
    #expect(script.conversation.state.misses == 0)
  }
}
