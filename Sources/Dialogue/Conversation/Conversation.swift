package import AdvisorCore
import AdvisorText
package import KnowledgeBase
import Outreach

/// The dialogue manager: takes one line, returns the turn. No terminal, no files, no clock.
///
/// It fills the profile's slots from what the user says, asks for the most informative missing
/// slot (the core's `missing`), says what changed in the advice and why, answers questions from
/// the knowledge base with their source and then asks again, and handles the commands.
package struct Conversation: Sendable {
  package internal(set) var state: ConversationState
  let knowledge: KnowledgeBase
  let files: any FileAccess
  private let adviceCache = AdviceCache()
  /// The advisor's last reply, for "where does that number come from?" (not saved: a resumed
  /// conversation asks which number is meant).
  private var lastReply: TextDocument?
  /// The numbers of the advisor's last reply, in order (read only when asked about).
  var numbersSaidLast: [String] { lastReply.map { Self.numbers(in: $0.plainText) } ?? [] }

  /// - Parameter files: how `/programs` and `/export` reach files; none by default.
  package init(
    knowledge: KnowledgeBase, state: ConversationState = ConversationState(),
    files: any FileAccess = NoFileAccess()
  ) {
    self.knowledge = knowledge
    self.state = state
    self.files = files
  }

  /// The current advice.
  package var advice: Advice { adviceCache.advice(for: state.profile) }

  /// The knowledge base questions are answered from.
  package var knowledgeBase: KnowledgeBase { knowledge }

  /// The greeting and the first question (turn 0).
  package mutating func opening() -> Turn {
    var reply = TextDocument([
      .paragraph(
        "Hi. I help applicants with a low or failed USMLE Step score decide whether to email "
          + "residency programs about it or stay silent, who should reach out, how many programs "
          + "to apply to, and what to do next, citing my sources. Ask me anything along the way; "
          + "/help lists the commands.")
    ])
    appendNextQuestion(to: &reply, advice: advice)
    return makeTurn(input: "", stored: .text(""), reply: reply, changes: [])
  }

  /// The advisor's answer to one line.
  package mutating func respond(to line: String) -> Turn {
    let turn = reply(to: line)
    lastReply = turn.reply
    return turn
  }

  /// The numbers of a reply as written, decimals kept and a full stop after one dropped; not
  /// the number of an exam's name or of a sitting ("Step 1", "attempt 2").
  private static func numbers(in text: String) -> [String] {
    var previous = ""
    var numbers: [String] = []
    for word in text.split(whereSeparator: \.isWhitespace) {
      let number = word.drop { !$0.isNumber }.prefix { $0.isNumber || $0 == "." }
      let trimmed = number.hasSuffix(".") ? number.dropLast() : number
      if !trimmed.isEmpty, !["step", "attempt", "attempts"].contains(previous) {
        numbers.append(String(trimmed))
      }
      previous = word.lowercased().filter(\.isLetter)  // "(Step 1)" names Step 1 too
    }
    return numbers
  }

  private mutating func reply(to line: String) -> Turn {
    state.turnCount += 1
    if state.collecting != nil { return collect(line) }
    let interpretation: Interpretation
    if case .withheld(let hardship) = StoredLine(serialized: line) {
      // A kept line whose details were withheld: only the category comes back.
      interpretation = Interpretation(withheld: hardship)
    } else {
      interpretation = understand(line)
    }
    // Health or family words the understanding has no cue for ("I have bipolar") are found
    // as the email check finds them, in any line: then only the note is kept. Its start is
    // read: a chat line can be 16 MiB.
    // A specialty given when asked for one ("surgery") is the answer, not a health detail.
    let namesSpecialty = state.pending?.slot == .specialty && interpretation.patch.specialty != nil
    // Read as mended: "genral surgery" is the specialty, not an operation.
    let read = interpretation.mendedLine ?? line
    // With an event on record, a relative named is a family detail tied to it ("what do i say
    // about my dad in interviews", "my dad is still not doing well, i want to stay near
    // houston"), kept out of what is stored as the event's details are; unless the line states
    // where family is ("my wife lives in texas"), a tie, which is kept.
    let eventOnRecord =
      state.eventMentioned || state.profile.hardship.map { $0 != Hardship.none } == true
    let withheld =
      interpretation.sensitive
      || (!namesSpecialty
        && DraftChecker.namesPersonalDetails(String(read.prefix(Self.personalDetailsReach))))
      || eventOnRecord && !interpretation.patch.addConnections.contains(.geographicTie)
        && Utterance(String(read.prefix(Self.personalDetailsReach))).words.contains(
          where: Lexicon.relatives.contains)
    let stored: StoredLine = withheld ? .withheld(interpretation.patch.hardship) : .text(line)

    for intent in interpretation.intents {
      // "Ohio. why do you ask?": the answer is taken, and the reason is given beside it.
      if intent == .whyAsk, !interpretation.patch.isEmpty { continue }
      // "dont know. should i email?": the doubt is taken where the question is answered.
      if intent == .unsure, interpretation.asksQuestion { continue }
      if let reply = standalone(
        intent, argument: interpretation.commandArgument, ownDraft: interpretation.ownDraft,
        advocateDraft: interpretation.advocateDraft)
      {
        var turn = makeTurn(
          input: line, stored: stored, reply: reply.document, changes: reply.changes)
        if case .command(let command) = intent { turn.command = command }
        if intent == .farewell { turn.command = .quit }
        turn.acts = interpretation.acts
        return turn
      }
    }
    var turn = answer(line, stored: stored, interpretation: interpretation)
    turn.acts = interpretation.acts
    return turn
  }

  /// How much of a line not understood is read for health or family details.
  static let personalDetailsReach = 8_192

  func makeTurn(input: String, stored: StoredLine, reply: TextDocument, changes: [SlotChange])
    -> Turn
  {
    Turn(
      number: state.turnCount, input: input, stored: stored, reply: reply,
      profile: state.profile, decision: advice.email.decision,
      pending: state.pending?.slot, changes: changes, ended: state.ended)
  }
}
