public import AdvisorCore
import AdvisorText
public import KnowledgeBase

/// The dialogue manager: takes one line, returns the turn. No terminal, no files, no clock.
///
/// It fills the profile's slots from what the user says, asks for the most informative missing
/// slot (the core's `missing`), says what changed in the advice and why, answers questions from
/// the knowledge base with their source and then asks again, and handles the commands.
public struct Conversation: Sendable {
  public internal(set) var state: ConversationState
  let knowledge: KnowledgeBase
  let files: any FileAccess
  private let adviceCache = AdviceCache()

  /// - Parameter files: how `/programs` and `/export` reach files; none by default.
  public init(
    knowledge: KnowledgeBase, state: ConversationState = ConversationState(),
    files: any FileAccess = NoFileAccess()
  ) {
    self.knowledge = knowledge
    self.state = state
    self.files = files
  }

  /// The current advice.
  public var advice: Advice { adviceCache.advice(for: state.profile) }

  /// The knowledge base questions are answered from.
  public var knowledgeBase: KnowledgeBase { knowledge }

  /// The greeting and the first question (turn 0).
  public mutating func opening() -> Turn {
    var reply = TextDocument([
      .paragraph(
        "Hi. I help applicants with a low or failed USMLE Step score decide whether to email "
          + "residency programs about it or stay silent, who should reach out, how many programs "
          + "to apply to, and what to do next, citing my sources. Ask me anything along the way; "
          + "/help lists the commands.")
    ])
    appendNextQuestion(to: &reply, advice: advice)
    return makeTurn(input: "", stored: "", reply: reply, changes: [])
  }

  /// The advisor's answer to one line.
  public mutating func respond(to line: String) -> Turn {
    state.turnCount += 1
    if state.collecting != nil { return collect(line) }
    if let turn = answerEvidence(line) { return turn }
    let interpretation = understand(line)
    let stored =
      interpretation.sensitive ? Conversation.redacted(interpretation.patch.hardship) : line

    for intent in interpretation.intents {
      if let reply = standalone(intent, argument: interpretation.commandArgument) {
        var turn = makeTurn(
          input: line, stored: stored, reply: reply.document, changes: reply.changes)
        if case .command(let command) = intent { turn.command = command }
        if intent == .farewell { turn.command = .quit }
        return turn
      }
    }
    return answer(line, stored: stored, interpretation: interpretation)
  }

  /// What is stored instead of a line that holds personal health or crisis details: only the
  /// category, in a form the advisor reads back the same way (so recorded transcripts replay).
  public static func redacted(_ hardship: Hardship?) -> String {
    switch hardship {
    case .ongoing?: "(personal details not kept: still ongoing)"
    case .resolved?: "(personal details not kept: now resolved)"
    default: "(personal details not kept)"
    }
  }

  /// Whether a stored line is a redaction marker.
  public static func isRedacted(_ line: String) -> Bool {
    line.hasPrefix("(personal details not kept")
  }

  // MARK: - Understanding, with the pending question's kind

  private func understand(_ line: String) -> Interpretation {
    let previous = state.history.last?.profile
    let recentExam = Exam.allCases.last { exam in
      previous.map { $0[exam] != state.profile[exam] } ?? false
    }
    let context = UnderstandingContext(
      profile: state.profile, pending: state.pending?.slot, lastScoreExam: state.lastScoreExam,
      recentExam: recentExam)
    let (repaired, repairs) =
      line.hasPrefix("/") || Conversation.isRedacted(line)
      ? (line, []) : TypoRepair.repair(line, knows: knowledge.recognizes)
    var interpretation = Understanding.interpret(repaired, context: context)
    interpretation.repairs = repairs
    guard let pending = state.pending, pending.kind != .standard else { return interpretation }
    PendingAnswer.resolve(
      repaired, pending: pending, profile: state.profile, into: &interpretation)
    return interpretation
  }

  // MARK: - Turns that stand alone

  struct Reply {
    var document: TextDocument
    var changes: [SlotChange] = []
  }

  /// Intents that make the whole turn: commands, farewells, greetings, skips, "why".
  private mutating func standalone(_ intent: Intent, argument: String?) -> Reply? {
    switch intent {
    case .command(let command): return run(command, argument: argument)
    case .farewell: return Reply(document: farewell())
    case .empty:
      var reply = TextDocument()
      if let pending = state.pending {
        reply.append(.paragraph("Take your time. " + QuestionBook.brief(pending)))
      } else {
        reply.append(.paragraph("Ask me anything, or type /help."))
      }
      return Reply(document: reply)
    case .whyAsk:
      guard let pending = state.pending else {
        return Reply(
          document:
            "I'm not asking anything right now. Type /why for the reasoning behind the advice.")
      }
      let why = QuestionBook.why(pending.slot)
      return Reply(
        document: TextDocument([
          .paragraph(why.text + " " + AdviceCard.tag(why.source)),
          .paragraph(QuestionBook.brief(pending)),
        ]))
    case .greeting:
      var reply = TextDocument([.paragraph("Hello!")])
      reaskBriefly(&reply)
      return Reply(document: reply)
    case .thanks:
      var reply = TextDocument([.paragraph("You're welcome.")])
      reaskBriefly(&reply)
      return Reply(document: reply)
    case .skip, .unsure:
      return Reply(document: skipPending(unsure: intent == .unsure))
    case .question, .clarify:
      return nil
    }
  }

  private mutating func skipPending(unsure: Bool) -> TextDocument {
    var reply = TextDocument()
    guard let pending = state.pending else {
      reply.append(.paragraph("Nothing to skip right now. Ask me anything, or type /help."))
      return reply
    }
    state.history.append(state.snapshot)
    state.skipped.insert(pending.slot)
    state.misses = 0
    reply.append(
      .paragraph(
        unsure
          ? "That's fine; I'll leave \(pending.slot.displayName) open. You can tell me later."
          : "Skipped. I'll work with what I have."))
    appendNextQuestion(to: &reply, advice: advice)
    return reply
  }

  mutating func farewell() -> TextDocument {
    state.ended = true
    state.pending = nil
    return TextDocument([
      .paragraph(
        "Goodbye, and good luck. Your answers are saved; 'advisor chat --resume' picks up "
          + "where you left off.")
    ])
  }

  // MARK: - Answers, questions and corrections

  private mutating func answer(_ line: String, stored: String, interpretation: Interpretation)
    -> Turn
  {
    let oldAdvice = advice
    var reply = TextDocument()
    var answered: [String] = []

    for case .question(let question) in interpretation.intents {
      let (document, entry) = knowledgeAnswer(question)
      reply.append(contentsOf: document)
      reply.separate()
      if let entry { answered.append(entry) }
    }

    var changes: [SlotChange] = []
    if !interpretation.patch.isEmpty {
      changes = apply(interpretation)
      reply.append(
        contentsOf: Acknowledgment.document(changes: changes, interpretation: interpretation))
    }
    if interpretation.sensitive || interpretation.patch.hardship.map({ $0 != .none }) == true {
      reply.append(.note(Acknowledgment.privacyReminder(state.profile.hardship)))
    }
    if !interpretation.negatedSpecialties.isEmpty, interpretation.patch.specialty == nil {
      let names = interpretation.negatedSpecialties.map(\.displayName).joinedAsList(
        conjunction: "or")
      reply.append(.paragraph("OK, not \(names)."))
    }

    let clarification = interpretation.intents.compactMap { intent -> PendingQuestion? in
      guard case .clarify(let kind) = intent else { return nil }
      return Acknowledgment.clarifyingQuestion(kind, current: state.pending)
    }.first

    let understood = !interpretation.isEmpty
    if !understood {
      state.misses += 1
      reply.append(contentsOf: notUnderstood())
      return makeTurn(input: line, stored: stored, reply: reply, changes: [])
    }
    state.misses = 0

    let newAdvice = advice
    let adviceLines = AdviceChanges.describe(from: oldAdvice, to: newAdvice)
    if !adviceLines.isEmpty {
      reply.separate()
      for block in adviceLines { reply.append(block) }
    }
    if let clarification {
      state.pending = clarification
      reply.separate()
      reply.append(.paragraph(QuestionBook.text(clarification)))
    } else if interpretation.patch.isEmpty, let pending = state.pending {
      // A digression (a question, a negation): ask the pending question again, briefly.
      reply.separate()
      reply.append(.paragraph("Back to my question: " + QuestionBook.brief(pending)))
    } else {
      appendNextQuestion(to: &reply, advice: newAdvice)
    }
    var turn = makeTurn(input: line, stored: stored, reply: reply, changes: changes)
    turn.answered = answered
    return turn
  }

  /// Applies the line's patch, remembering the state before for `/undo`.
  private mutating func apply(_ interpretation: Interpretation) -> [SlotChange] {
    let before = state.profile
    let after = interpretation.patch.applied(to: before)
    guard after != before else { return [] }
    state.history.append(state.snapshot)
    if state.history.count > ConversationState.historyLimit { state.history.removeFirst() }
    state.profile = after
    for exam in Exam.allCases
    where after[exam].score != before[exam].score && after[exam].score != nil {
      state.lastScoreExam = exam
    }
    state.skipped.subtract(interpretation.patch.slots)
    return SlotChange.between(before, after)
  }

  private func knowledgeAnswer(_ question: String) -> (TextDocument, String?) {
    let response = knowledge.search(question, limit: 4)
    guard let answer = response.answer else {
      return (AnswerText.declined(related: Array(response.related.prefix(3))), nil)
    }
    return (AnswerText.entry(answer.entry), answer.entry.id)
  }

  private mutating func notUnderstood() -> TextDocument {
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

  // MARK: - Asking

  /// Appends the next question, or the full plan once nothing is missing.
  mutating func appendNextQuestion(to reply: inout TextDocument, advice: Advice) {
    let open = advice.missing.filter { !state.skipped.contains($0) }
    if let slot = open.first {
      let question = QuestionBook.question(for: slot, in: state.profile)
      state.pending = question
      reply.separate()
      reply.append(.paragraph(QuestionBook.text(question)))
      return
    }
    state.pending = nil
    if !state.planGiven {
      state.planGiven = true
      reply.separate()
      reply.append(.heading("That's everything I need. Here is your plan."))
      reply.append(.blank)
      reply.append(contentsOf: AdviceCard.document(for: advice))
      reply.separate()
      reply.append(
        .paragraph("Ask me anything, correct an answer, /why for the reasoning, or /quit."))
    }
  }

  private func reaskBriefly(_ reply: inout TextDocument) {
    if let pending = state.pending {
      reply.append(.paragraph(QuestionBook.brief(pending)))
    } else {
      reply.append(.paragraph("Ask me anything, or type /help."))
    }
  }

  func makeTurn(input: String, stored: String, reply: TextDocument, changes: [SlotChange]) -> Turn {
    Turn(
      number: state.turnCount, input: input, storedInput: stored, reply: reply,
      profile: state.profile, decision: advice.email.decision,
      pending: state.pending?.slot, changes: changes, ended: state.ended)
  }
}
