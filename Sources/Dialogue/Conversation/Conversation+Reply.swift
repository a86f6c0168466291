import AdvisorCore
import AdvisorText
import KnowledgeBase

/// The last stage of a turn: the reply to a line that is not a command, built from what was
/// understood, what changed and what the advice now says, then the next question.
extension Conversation {
  mutating func answer(_ line: String, stored: StoredLine, interpretation: Interpretation)
    -> Turn
  {
    let oldAdvice = advice
    let askedBefore = state.pending
    var reply = TextDocument()
    var answered: [String] = []

    if interpretation.mentionsEvent { state.eventMentioned = true }
    var changes: [SlotChange] = []
    let before = state.profile
    if !interpretation.patch.isEmpty { changes = apply(interpretation) }
    // Questions come first in the reply, answered for the profile as this line leaves it.
    var unanswered: [TextDocument] = []
    var anyAnswered = false
    var alreadySaid = AdviceChanges.AlreadySaid()
    // A connection asked about that counts, and is not on record: offered, never assumed.
    var offered: [Clarification] = []
    for case .question(let question) in interpretation.intents {
      var personal = PersonalAnswer.chosen(
        PersonalQuestion.recognise(question), asked: question,
        afterEvent: interpretation.mentionsEvent || state.eventMentioned)
      if personal == .sourceOf("") {
        personal = .sourceOf(PersonalAnswer.numberMeant(among: numbersSaidLast, advice: advice))
      }
      var (document, entry) = knowledgeAnswer(
        PersonalAnswer.searchText(aboutPending(question), personal, advice: advice),
        entryID: PersonalAnswer.entryID(personal, advice: advice, asked: question))
      // A flowchart path ("you failed a Step → ...") would read as this applicant's own: once
      // there is a decision, it answers first, then the path of their own branch, as for
      // "should I email?".
      if personal == nil, advice.email.decision != nil, entry?.source == .flowchart {
        personal = .shouldEmail(plain: true)
        (document, entry) = knowledgeAnswer(
          PersonalAnswer.searchText(question, personal, advice: advice))
      }
      // "how do i word the part about the fail, is there a formula": two questions one entry
      // answers are answered once.
      if let found = entry, answered.contains(found.id) {
        if personal == nil { continue }
        entry = nil
      }
      // A personal answer stands alone when no entry answers the general question.
      // A personal answer is not followed by the Boston guide's entry for someone bound
      // elsewhere: the answer for them is their own.
      if personal != nil, let found = entry, isOffRegion(found, question: question) {
        entry = nil
      }
      // The plan's next steps and the profile are this applicant's own; another entry would be
      // someone else's. (A number the plan does not use is searched for instead.)
      let standing = personal.flatMap { question in
        question.standsAlone ? PersonalAnswer.document(question, advice: advice, lead: nil) : nil
      }
      if standing != nil { entry = nil }
      // A flowchart path that ends in another decision than theirs is said to be another path.
      let lead = entry.map { PersonalAnswer.Lead(entryID: $0.id, advice: advice) }
      if let personal,
        var answer = standing ?? PersonalAnswer.document(personal, advice: advice, lead: lead)
      {
        // "is ohio realistic for me": what the sources do not say of the place, before the
        // general entry's lead.
        if let note = PersonalAnswer.placesNotCovered(in: question, for: personal) {
          let beforeLead = standing == nil && lead != nil
          answer.blocks.insert(
            .paragraph(note), at: max(0, answer.blocks.count - (beforeLead ? 1 : 0)))
        }
        reply.append(contentsOf: answer)
        switch personal {
        case .nextSteps:
          alreadySaid.steps.formUnion(advice.plan.prefix(PlanSummary.stepCount).map(\.rule))
        case .outlook(let named, _) where named == nil || named == advice.profile.specialty:
          alreadySaid.sensitivity = true
        case .shouldEmail, .whyDecision:
          alreadySaid.decision = true
        case .mentionEvent where PersonalAnswer.eventEitherWay(advice) != nil:
          // "should i tell programs about my mom", answered both ways: whether it is behind
          // them is asked next, and only that is kept.
          offered.append(.eventStatus)
        case .countsAsConnection(let connection?) where connection != .alumni:
          if state.profile.connections?.contains(connection) != true {
            offered.append(
              .addConnection(
                connection, place: PersonalQuestion.place(of: connection, in: question)))
          }
        case .placeAsTie(let place):
          if state.profile.connections?.contains(.geographicTie) != true {
            offered.append(.tie(place))
          }
        default: break
        }
        if entry != nil { reply.append(contentsOf: document) }
        anyAnswered = true
      } else if let found = entry {
        // An entry for another case than this applicant's says so first, as after an answer
        // of their own ("can i retake ck for a higher score" with no failure on record).
        if let lead, lead != .general { reply.append(.paragraph(lead.text)) }
        // The Boston guide's answer to a question about another place says the guide is
        // Boston's ("do texas programs take non us imgs"); the email article is no place's.
        if found.source.article == Article.bostonUSIMG.rawValue,
          let note = PersonalAnswer.placesNotCovered(in: question, for: nil)
        {
          reply.append(.paragraph(note))
        }
        reply.append(contentsOf: document)
        anyAnswered = true
      } else {
        // "No confident answer" is said only when no other question of the line was answered.
        unanswered.append(document)
        continue
      }
      reply.separate()
      if let entry { answered.append(entry.id) }
    }
    if !anyAnswered, let first = unanswered.first {
      reply.append(contentsOf: first)
      reply.separate()
    }
    if !interpretation.patch.isEmpty || interpretation.assumptions.contains(where: \.standsAlone) {
      reply.append(
        contentsOf: Acknowledgment.document(
          changes: changes, interpretation: interpretation, profile: state.profile,
          asked: askedBefore?.slot))
    }
    // A reach is heard and said to be no part of the plan, never stored silently.
    let reaches = interpretation.reaches.filter { $0 != state.profile.specialty }
    if !reaches.isEmpty {
      let choice =
        state.profile.specialty.map { "your choice (\($0.displayName))" } ?? "your choice"
      reply.append(
        .paragraph(
          "\(reaches.map(\.displayName).joinedAsList()) as a reach: I don't plan for a reach, so "
            + "the advice stays with \(choice) and any backups you name."))
    }
    if interpretation.mentionsCOMLEX {
      // The USMLE results are asked for only when neither the line nor the profile holds one.
      let givesUSMLE = Exam.allCases.contains {
        !interpretation.patch[$0].isEmpty || !state.profile[$0].isEmpty
      }
      reply.append(
        .paragraph(
          "My sources cover the USMLE (Step 1 and Step 2 CK), not COMLEX, so I haven't counted "
            + "your COMLEX results as Step results."
            + (givesUSMLE
              ? "" : " If you took the USMLE too, tell me how it went; if not, say \"skip\".")))
    }
    if interpretation.intents.contains(.whyAsk), let asked = askedBefore {
      let why = QuestionBook.why(asked.slot)
      reply.append(.paragraph("Why I asked: " + why.text + " " + AdviceCard.tag(why.source)))
    }
    if let note = Acknowledgment.contradiction(interpretation, before: before, after: state.profile)
    {
      reply.append(.note(note))
    }
    if interpretation.sensitive || interpretation.patch.hardship.map({ $0 != .none }) == true {
      reply.append(.note(Acknowledgment.privacyReminder(state.profile.hardship)))
    }
    // A backup taken off is said by the acknowledgment; the rest ruled out is said here.
    let ruledOut = interpretation.negatedSpecialties.filter {
      !interpretation.patch.removeBackups.contains($0)
    }
    if !ruledOut.isEmpty, interpretation.patch.specialty == nil {
      let names = ruledOut.map(\.displayName).joinedAsList(conjunction: "or")
      reply.append(.paragraph("OK, not \(names)."))
    }

    if interpretation.patch.isEmpty, !interpretation.deniedScores.isEmpty {
      reply.append(
        .paragraph(Acknowledgment.unchanged(denying: interpretation.deniedScores, state.profile)))
    }

    if interpretation.assumptions.contains(.tiesNamedAreAll) {
      // Asked where the connections question would have come, not ahead of the questions
      // before it: a line answering those would otherwise be read against the wrong question.
      state.advocateToAsk = true
    }
    let clarifications = interpretation.intents.compactMap { intent -> Clarification? in
      guard case .clarify(let kind) = intent else { return nil }
      return kind
    }
    let clarification = (clarifications + offered).map {
      Acknowledgment.clarifyingQuestion($0, current: state.pending)
    }.first { question in
      // A confirmation is asked once, and only when its answer could change the advice;
      // otherwise the inference is simply left unknown.
      guard question.isAskedOnce else { return true }
      return !state.confirmationsAsked.contains(question)
        && (!question.isConfirmation || couldChange(advice, question))
    }
    if let clarification, clarification.isAskedOnce {
      state.confirmationsAsked.insert(clarification)
    }

    let understood = !interpretation.isEmpty
    // "ok" with nothing asked: heard, not a miss.
    if !understood, state.pending == nil, interpretation.yesNo.line == true {
      reply.append(
        .paragraph("OK. Ask me a question, correct an answer, or type /help (or /quit)."))
      return makeTurn(input: line, stored: stored, reply: reply, changes: [])
    }
    if !understood {
      state.misses += 1
      reply.append(contentsOf: notUnderstood())
      return makeTurn(input: line, stored: stored, reply: reply, changes: [])
    }
    state.misses = 0

    let newAdvice = advice
    let planWasGiven = state.planGiven
    let changesAt = reply.blocks.count
    // An inference not asked about again is said to be left open, never passed over in silence.
    let leftOpen =
      clarification == nil && interpretation.patch.isEmpty
      ? (clarifications + offered).first.map {
        Acknowledgment.clarifyingQuestion($0, current: state.pending)
      } : nil
    var heldBackAgain = false
    if let leftOpen {
      if case .passedUnderMark = leftOpen.kind {
        heldBackAgain = state.confirmationsAsked.contains(leftOpen)
      }
      reply.append(
        .paragraph(
          QuestionBook.leftOpen(
            leftOpen, askedBefore: state.confirmationsAsked.contains(leftOpen),
            profile: state.profile)))
    }
    if let clarification {
      state.pending = clarification
      reply.separate()
      reply.append(.paragraph(QuestionBook.text(clarification)))
    } else if interpretation.confirmation == false, interpretation.patch.isEmpty {
      // "No" to a confirmation: nothing is kept, and the slot's own question comes back.
      reply.append(.paragraph(askedBefore.map(QuestionBook.declined) ?? "OK, I won't count that."))
      appendNextQuestion(to: &reply, advice: newAdvice)
    } else if let pending = state.pending, interpretation.patch.isEmpty, heldBackAgain,
      pending.slot == .step2ck
    {
      // "i told u, 212", the number held back a second time: the score is not asked a third.
      state.history.append(state.snapshot)
      state.skipped.insert(pending.slot)
      appendAfterSkip(to: &reply, advice: newAdvice)
    } else if let pending = state.pending, interpretation.intents.contains(.unsure),
      interpretation.patch.isEmpty
    {
      // "dont know. should i email?": the question answered, the one asked is left open.
      state.history.append(state.snapshot)
      state.skipped.insert(pending.slot)
      reply.separate()
      reply.append(.paragraph(QuestionBook.leftOpenUnsure(pending, profile: state.profile)))
      appendAfterSkip(to: &reply, advice: newAdvice)
    } else if let pending = state.pending,
      interpretation.patch.isEmpty
        || pending.isOpenExamFollowUp(in: state.profile)
          && !changes.contains(where: { $0.slot == pending.slot })
    {
      // A digression (a question, a negation), or a change to another slot while a follow-up
      // about an exam is open: ask the pending question again, briefly.
      reply.separate()
      reply.append(.paragraph("Back to my question: " + QuestionBook.brief(pending)))
    } else {
      appendNextQuestion(to: &reply, advice: newAdvice)
    }
    // The plan in short, given on this turn, already says where the advice stands.
    if planWasGiven || !state.planGiven {
      Conversation.insert(
        AdviceChanges.describe(from: oldAdvice, to: newAdvice, shown: alreadySaid), into: &reply,
        at: changesAt)
    }
    var turn = makeTurn(input: line, stored: stored, reply: reply, changes: changes)
    turn.answered = answered
    return turn
  }

  /// The answer to `question` from the knowledge base (the entry `entryID` when given), and the
  /// entry it gives, if any.
  func knowledgeAnswer(_ question: String, entryID: String? = nil) -> (
    TextDocument, KnowledgeEntry?
  ) {
    if let entryID, let entry = knowledge.entry(id: entryID) {
      return (AnswerText.entry(entry), entry)
    }
    // A few more than are shown, so that topics bound to another region can be left out.
    let response = knowledge.search(withoutUnknownNames(question), limit: 8)
    let profile = state.profile
    // One test of an entry for this applicant: its region and its situation.
    func fits(_ hit: SearchHit) -> Bool {
      RegionalText.suits(hit.entry, profile) && SituationalText.suits(hit.entry, profile)
    }
    // An answer written for another situation gives way to the same question's entry for the
    // applicant's side of it, when there is one, or else to a nearly as good one that fits.
    if let best = response.answer, !SituationalText.suits(best.entry, profile),
      let twin = SituationalText.counterparts[best.entry.id].flatMap(knowledge.entry(id:)),
      SituationalText.suits(twin, profile)
    {
      return (AnswerText.entry(twin), twin)
    }
    let fitting = response.answer.flatMap { best -> SearchHit? in
      guard !SituationalText.suits(best.entry, profile) else { return best }
      return response.related.first { hit in
        hit.score >= best.score * SituationalText.nearlyAsGood
          && hit.coverage >= ConfidencePolicy.standard.minimumCoverage && fits(hit)
      }
    }
    guard let answer = fitting else {
      let related = response.related.filter(fits)
      return (AnswerText.declined(related: Array(related.prefix(3)), hint: .askTitle), nil)
    }
    var document = AnswerText.entry(answer.entry)
    // A Boston-bound entry found for an applicant bound elsewhere says so first, unless the
    // question names the region itself.
    if isOffRegion(answer.entry, question: question) {
      // "The Northeast" holds Massachusetts: the guide speaks of part of it, not of elsewhere.
      let part = state.profile.region.map(RegionFocus.holdsMassachusetts) == true
      document.blocks.insert(
        .paragraph(
          "The nearest entry is from the Boston guide, written for Boston and Massachusetts "
            + (part
              ? "programs, one part of the region you named:"
              : "programs, not for where you are applying:")), at: 0)
    }
    return (document, answer.entry)
  }

  /// Whether the entry is bound to Boston while this applicant is bound elsewhere, and the
  /// question does not ask about Boston.
  func isOffRegion(_ entry: KnowledgeEntry, question: String) -> Bool {
    !RegionalText.suits(entry, state.profile)
      && !RegionFocus(describing: question).isMassachusetts
  }

  mutating func notUnderstood() -> TextDocument {
    var reply = TextDocument()
    guard let pending = state.pending else {
      reply.append(
        .paragraph(
          "I didn't catch that. Ask me a question (for example, \"should I mention my score in "
            + "interviews?\"), correct an answer, or type /help."))
      return reply
    }
    reply.append(
      .paragraph("I didn't catch that. For example: \(QuestionBook.examples(pending))."))
    if state.misses >= 2 {
      reply.append(
        .paragraph("If you'd rather not answer, say \"skip\" and I'll work with what I have."))
    }
    reply.append(.paragraph(QuestionBook.text(pending)))
    return reply
  }

}
