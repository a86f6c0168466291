import AdvisorCore
import AdvisorText
import Outreach
import TextInput

extension Conversation {
  /// The plan's note on someone at a program speaking up under a plan of staying silent.
  static let advocateSupportRule = "channel.advocate-support"
  /// The entry on what to hand a faculty advocate.
  static let advocateBriefEntry = "channel-faculty-advocate-summary"

  /// `/draft [PROGRAM]`; `own`: the user asks for an email they send themselves. Under a plan
  /// of faculty contact, that is a program where the advocate has no standing: the draft then
  /// follows the flowchart's path without an advocate, and says so first.
  /// `forAdvocate`: the user asks for what an advocate sends; under a plan of staying silent
  /// with someone on record to speak up, that is the plan's own note on their support (for the
  /// application, not about the score), not "no email".
  func draft(program: String?, own: Bool = false, forAdvocate: Bool = false) -> TextDocument {
    let request = DraftRequest(program: program, reading: state.profile)
    let reading = request.profile
    if forAdvocate, advice.email.decision == .staySilent,
      let support = advice.items.first(where: { $0.rule == Self.advocateSupportRule })?.reason
    {
      return TextDocument([
        .paragraph(
          "Your plan is to stay silent about the score, so there is nothing about it for them "
            + "to explain. What the plan asks of them: " + support.text + " "
            + AdviceCard.tag(support.source)),
        .paragraph(
          "For them to send, in their own words: that they worked with you, [what they saw "
            + "firsthand: your clinical reasoning, reliability, how you work with the team], and "
            + "that they recommend you to the program director"
            + (program.map { " at \($0)" } ?? "") + "."),
      ])
    }
    // Before a decision, an advocate's note is what the entry on briefing one says, in
    // general ("what should dr patel say when she calls the PD").
    if forAdvocate, advice.email.decision == nil {
      var document = knowledgeAnswer("", entryID: Self.advocateBriefEntry).0
      document.blocks.insert(
        .paragraph("Not for you yet, as your plan is not decided; in general:"), at: 0)
      return document
    }
    // A program whose name places it away from the advocate ("Newark", an advocate in the
    // Bronx) is one where they have no standing, as one the user says they write to themselves.
    let advocatePlace = state.profile.connectionPlaces[.facultyAdvocate]?.joinedAsList()
    let advocateElsewhere =
      state.profile.has(.facultyAdvocate) == true && reading.has(.facultyAdvocate) != true
    guard own || advocateElsewhere, advice.email.decision == .facultyContact else {
      return OutreachText.document(for: Drafter.draft(request, advice: advice), in: .chat)
    }
    let elsewhere = advice.whatIf { $0.connections?.remove(.facultyAdvocate) }
    let reason = elsewhere.email.reasons.first { $0.rule == elsewhere.email.rule }
    let standing =
      "Your plan is to let your advocate make the contact where they have standing"
      + (advocateElsewhere
        ? "; they are in \(advocatePlace ?? "another place"), and this program is not." : ".")
      + " For a program where they have none, the path without an advocate applies: "
    var document = TextDocument([
      .paragraph(
        standing
          + (elsewhere.email.decision.map { DecisionWording.action($0) } ?? "not decided yet")
          + "." + (reason.map { " " + AdviceCard.tag($0.source) } ?? ""))
    ])
    guard elsewhere.email.decision?.involvesApplicantEmail == true else {
      // Where the application treats the score, as that advice decides it.
      let statement =
        elsewhere.scoreInApplication == .nothingToExplain
        ? ", and nothing about the score to explain in the application either."
        : ": the personal statement carries the score (/advice shows how)."
      document.append(
        .paragraph("So there is no email of yours to draft for such a program" + statement))
      return document
    }
    var own = request
    own.profile = DraftRequest(program: program, reading: elsewhere.profile).profile
    document.append(
      contentsOf: OutreachText.document(for: Drafter.draft(own, advice: elsewhere), in: .chat))
    return document
  }

  /// `/programs FILE`: the user's list sorted for the current profile. When the list states
  /// minimums above the score that the profile does not count as a missed cutoff, it says so
  /// and asks, once, whether one of those programs is a target: the profile never changes
  /// silently.
  mutating func programs(file: String?) -> TextDocument {
    let (document, result) = triage(file: file)
    guard let result, let question = listedCutoffQuestion(result) else {
      return withPending(document)
    }
    state.confirmationsAsked.insert(question)
    state.pending = question
    var reply = document
    reply.separate()
    let profileSays =
      state.profile.cutoffUnmet == false
      ? "You told me no program you are aiming at states a minimum you don't meet"
      : "I don't know yet whether a program you are aiming at states a minimum you don't meet"
    let count = result.cutoffMissed.count
    reply.append(
      .paragraph(
        "\(profileSays), but this list states one above your score at \(count) "
          + "program\(count == 1 ? "" : "s"). I haven't changed your profile."))
    reply.append(.paragraph(QuestionBook.text(question)))
    return reply
  }

  /// The confirmation a triage calls for, or nil: none when the profile already counts a
  /// missed cutoff, when the list states none above the score, or when it was asked before.
  private func listedCutoffQuestion(_ result: TriageResult) -> PendingQuestion? {
    let names = result.cutoffMissed.map(\.program.name)
    guard state.profile.cutoffUnmet != true, !names.isEmpty else { return nil }
    let named =
      names.count <= 3
      ? names.joinedAsList(conjunction: "or")
      : "any of \(names.prefix(3).joined(separator: ", ")) and the \(names.count - 3) "
        + "other\(names.count == 4 ? "" : "s") with such a minimum"
    let question = PendingQuestion(.cutoffUnmet, .listedCutoff(named))
    return state.confirmationsAsked.contains(question) ? nil : question
  }

  /// The list sorted for the current profile, with the result when the list could be read.
  private func triage(file: String?) -> (TextDocument, TriageResult?) {
    guard let file else {
      return (
        TextDocument([
          .paragraph(
            "Give the CSV file: /programs my-programs.csv. It needs a header row with name and "
              + "state; city, specialty, typical_step2, minimum_step2, accepts_imgs, "
              + "sponsors_visas and connection are optional.")
        ]), nil
      )
    }
    let text: String
    do {
      text = try files.read(file)
    } catch {
      return (TextDocument([.paragraph("I couldn't read that list: \(error.message)")]), nil)
    }
    do {
      let programs = try ProgramListParser.parse(text)
      let result = ProgramTriage.triage(programs, advice: advice)
      return (OutreachText.document(for: result), result)
    } catch {
      return (TextDocument([.paragraph("\(file):\(error.line): \(error.message)")]), nil)
    }
  }

  /// `/export FILE.md`: the plan as Markdown.
  func export(to file: String?) -> TextDocument {
    guard let file else { return "Give the file to save to: /export my-plan.md" }
    let markdown = PlanDocument.markdown(
      for: advice, draft: Drafter.draft(DraftRequest(profile: state.profile), advice: advice),
      alsoUnknown: leftOpen(advice))
    do {
      try files.write(markdown, to: file)
      return TextDocument([.paragraph("Saved your plan to \(file).")])
    } catch {
      return TextDocument([.paragraph("I couldn't save the plan: \(error.message)")])
    }
  }

  /// The check of a pasted draft, after one line saying so when this applicant's plan is not
  /// to write to programs: read from the decision, which the check itself does not know.
  private func checkDocument(_ draft: String) -> TextDocument {
    var document = TextDocument()
    if let decision = advice.email.decision, !decision.involvesApplicantEmail {
      document.append(
        .paragraph(
          "For you, the plan is not to send an email like this: it is to "
            + "\(DecisionWording.action(decision)). /why shows the reasoning. Here is the check "
            + "anyway, in case you write one."))
      document.separate()
    }
    let review = DraftChecker.review(draft)
    // The check's fixes speak of an event that is over; with one still going on, the plan's
    // own note says what to do instead, and comes first.
    if review.findings.contains(where: { $0.personalCategory != nil }),
      let ongoing = advice.items.first(where: { $0.rule == "email.ongoing-situation" })?.reason
    {
      document.append(
        .paragraph(
          "For you: the event behind your score is still going on, so the fixes below that "
            + "allow one neutral clause about an event that is over do not apply. "
            + ongoing.text + " " + AdviceCard.tag(ongoing.source)))
      document.separate()
    }
    document.append(contentsOf: OutreachText.document(for: review))
    return document
  }

  /// A line while a draft is being pasted for `/check`.
  mutating func collect(_ line: String) -> Turn {
    let trimmed = line.trimmingWhitespace
    if trimmed == "/cancel" {
      (state.collecting, state.collectedBytes) = (nil, 0)
      var reply = TextDocument([.paragraph("Check cancelled.")])
      if let pending = state.pending { reply.append(.paragraph(QuestionBook.brief(pending))) }
      return makeTurn(input: line, stored: .text(line), reply: reply, changes: [])
    }
    guard trimmed == "." else {
      // The paste has the cap of any input; past it, lines are read to the "." but not kept.
      state.collectedBytes += line.utf8.count + 1
      if state.collectedBytes <= InputReader.defaultLimit { state.collecting?.append(line) }
      var turn = makeTurn(
        input: line, stored: .draft, reply: TextDocument(), changes: [])
      turn.collecting = true
      return turn
    }
    let draft = InputText.normalisingNewlines((state.collecting ?? []).joined(separator: "\n"))
    let tooLarge = state.collectedBytes > InputReader.defaultLimit
    (state.collecting, state.collectedBytes) = (nil, 0)
    var reply =
      tooLarge
      ? TextDocument([
        .paragraph(
          "That draft is over \(InputReader.defaultLimit >> 20) MiB, far longer than any email; "
            + "I did not check it. Paste the email itself after /check.")
      ]) : checkDocument(draft)
    if let pending = state.pending {
      reply.separate()
      reply.append(.paragraph(QuestionBook.brief(pending)))
    }
    var turn = makeTurn(input: line, stored: .text(line), reply: reply, changes: [])
    turn.command = .check
    return turn
  }
}
