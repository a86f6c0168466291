import AdvisorCore
import AdvisorText

extension Conversation {
  /// Runs a command: /help, /profile, /advice, /why, /undo, /reset, /quit, /draft, /check,
  /// /programs, /export.
  mutating func run(_ command: Command, argument: String? = nil) -> Reply {
    switch command {
    case .draft: return Reply(document: withPending(draft(program: argument)))
    case .check:
      (state.collecting, state.collectedBytes) = ([], 0)
      return Reply(
        document:
          "Paste your draft email, then a line with only a period (.) to check it, or /cancel.")
    case .programs: return Reply(document: programs(file: argument))
    case .export: return Reply(document: withPending(export(to: argument)))
    case .help: return Reply(document: withPending(Conversation.help))
    case .profile: return Reply(document: withPending(profileDocument()))
    case .advice:
      var document = AdviceCard.document(for: advice, alsoUnknown: leftOpen(advice))
      document.separate()
      return Reply(document: withPending(document))
    case .why: return Reply(document: withPending(whyDocument()))
    case .undo: return undo()
    case .reset: return reset()
    case .quit:
      return Reply(document: farewell())
    case .unknown:
      return Reply(document: withPending("I don't know that command. Type /help for the list."))
    }
  }

  /// The commands and what the advisor understands.
  static let help = TextDocument([
    .heading("What I do"),
    .paragraph(
      "I ask about your exams, specialty, background, where you want to train and your "
        + "connections, then advise whether to email programs about your score or stay silent, "
        + "who should reach out, how many programs to apply to and what to do next. Answer in "
        + "your own words; several at once is fine (\"failed Step 1 once, 236 on CK, IM in "
        + "Boston, Caribbean school, US citizen\"). Correct me any time (\"actually it was 241\")."),
    .paragraph(
      "Ask questions too, such as \"should I mention my score in interviews?\" or \"how many "
        + "programs should I email?\": I answer from my sources and cite them."),
    .heading("Commands"),
    .bullet("/profile  what I know about you"),
    .bullet("/advice   the whole plan"),
    .bullet("/why      the reasoning behind the email decision, rule by rule, with sources"),
    .bullet("/undo     take back your last answer (repeatable)"),
    .bullet("/reset    start over (/undo brings the answers back)"),
    .bullet("/quit     leave (also: bye, quit, exit); your answers are saved"),
    .bullet("/draft [PROGRAM]  the email your decision calls for (or the brief for your advocate)"),
    .bullet("/check    paste a draft email and end with a line holding only \".\" to check it"),
    .bullet("/programs FILE.csv  sort your program list into reach, target and safety"),
    .bullet("/export FILE.md  save the whole plan as a Markdown document"),
    .paragraph("\"why do you ask?\" explains my current question; \"skip\" passes on it."),
  ])

  func withPending(_ document: TextDocument) -> TextDocument {
    var result = document
    if let pending = state.pending {
      result.separate()
      result.append(.paragraph(QuestionBook.brief(pending)))
    }
    return result
  }

  private func profileDocument() -> TextDocument {
    var document = TextDocument([.heading("What I know")])
    for (label, value) in ProfileSummary.lines(for: state.profile) {
      document.append(.bullet("\(label): \(value)"))
    }
    // A slot known since it was skipped is not said to be skipped; what is left open of one
    // that is known (the advocate question, asked after ties) is named as that.
    let skipped = state.skipped.filter { !state.profile.isKnown($0) }
    if !skipped.isEmpty {
      document.append(
        .note(
          "Skipped: "
            + skipped.sorted { $0.rawValue < $1.rawValue }.map { $0.displayName(in: state.profile) }
            .joinedAsList() + "."))
    }
    if advocateLeftOpen(advice) {
      document.append(.note("Left open: whether a faculty member would speak up for you."))
    }
    return document
  }

  private func whyDocument() -> TextDocument {
    let advice = self.advice
    var document = AdviceCard.decision(advice)
    document.separate()
    document.append(contentsOf: AdviceCard.why(advice))
    if let open = stillUnknown(advice) {
      document.separate()
      document.append(.note("Still unknown, and able to change this: \(open)."))
    }
    return document
  }

  private mutating func undo() -> Reply {
    guard let previous = state.history.popLast() else {
      return Reply(document: withPending("Nothing to undo."))
    }
    let oldAdvice = advice
    let before = state.profile
    state.profile = previous.profile
    state.skipped = previous.skipped
    // Once given, the plan is not printed again on the way back: /advice shows it.
    state.planGiven = state.planGiven || previous.planGiven
    state.lastScoreExam = previous.lastScoreExam
    state.misses = 0
    let changes = SlotChange.between(before, state.profile)
    var described = changes.map { change in
      "\(ProfileSummary.label(of: change.slot)) back to \(change.after ?? "unknown")"
    }
    // Backups are no slot, but taking one back is a change the user must see.
    if before.backupSpecialties != state.profile.backupSpecialties {
      let backups = state.profile.backupSpecialties.map(\.displayName)
      described.append(
        "Backup specialties back to " + (backups.isEmpty ? "none" : backups.joinedAsList()))
    }
    var document = TextDocument()
    document.append(
      .paragraph(
        described.isEmpty ? "Undone." : "Undone: " + described.joined(separator: "; ") + "."))
    for block in AdviceChanges.describe(from: oldAdvice, to: advice, restoring: true) {
      document.append(block)
    }
    appendNextQuestion(to: &document, advice: advice)
    return Reply(document: document, changes: changes)
  }

  private mutating func reset() -> Reply {
    let previous = state.snapshot
    let history = state.history + [previous]
    let turnCount = state.turnCount
    state = ConversationState()
    state.history = history
    state.turnCount = turnCount
    var document = TextDocument([
      .paragraph("Starting over: I've cleared your answers (/undo brings them back).")
    ])
    appendNextQuestion(to: &document, advice: advice)
    return Reply(document: document)
  }
}
