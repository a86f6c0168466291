import AdvisorCore
import AdvisorText

extension Conversation {
  /// What the advisor says once nothing is left to ask: the plan in short, fitting one screen,
  /// and where the whole of it is. Afterwards only what changes is said (``AdviceChanges``).
  /// - Parameter advocateOpen: the user left open whether a faculty member would speak up, and
  ///   a yes would change the advice.
  static func planInShort(_ advice: Advice, advocateOpen: Bool = false) -> TextDocument {
    var document = TextDocument()
    // "Everything I need" only when no answer could change the advice; an answer left open
    // (skipped, or "not sure") is named, with the way to give it later.
    let advocate =
      advocateOpen
      ? advocateUnknown.capitalizedFirst
        + " could still change the plan: ask them, and tell me when you know." : nil
    let sentences = [stillOpen(advice), advocate].compactMap { $0 }
    if !sentences.isEmpty {
      let open = sentences.joined(separator: " ")
      document.append(.heading("That's all I'll ask for now. Here is your plan in short."))
      document.append(.blank)
      document.append(.paragraph(open))
    } else {
      document.append(.heading("That's everything I need. Here is your plan in short."))
      // What is left unknown, because no answer could change the plan, is said to be so.
      let unknown = Slot.allCases.filter { !advice.profile.isKnown($0) }
      if !unknown.isEmpty {
        document.append(.blank)
        document.append(
          .paragraph(
            "I haven't needed "
              + unknown.map { $0.displayName(in: advice.profile) }.joinedAsList(conjunction: "or")
              + ": no answer there would change this plan."))
      }
    }
    document.append(.blank)
    document.append(contentsOf: PlanSummary.document(for: advice))
    document.separate()
    document.append(
      .paragraph(
        "/advice shows the whole plan (\(advice.plan.count) steps, who should reach out, your "
          + "specialty, the program list and the mistakes to avoid); /why the reasoning, rule by "
          + "rule. Ask me anything, correct an answer, or /quit."))
    return document
  }

  /// What the plan still waits on, as a sentence, or nil when no answer could change it.
  private static func stillOpen(_ advice: Advice) -> String? {
    let coming = AdviceCard.awaitedResults(advice)
    guard !advice.missing.isEmpty else {
      return coming.isEmpty
        ? nil
        : coming.joinedAsList().capitalizedFirst
          + " could still change the plan; tell me when it is out."
    }
    let waits = decisionWaitsOn(advice)
    guard waits.isEmpty else {
      return "Whether to email programs still waits on "
        + waits.map { $0.displayName(in: advice.profile) }.joinedAsList()
        + "; tell me whenever you know, and I'll decide."
    }
    let later = coming.isEmpty ? "" : ", and so could " + coming.joinedAsList() + " once it is out"
    return "Telling me "
      + advice.missing.map { $0.displayName(in: advice.profile) }.joinedAsList(conjunction: "or")
      + " later could still change the plan\(later)."
  }

  /// The slots the undecided email decision waits on; none once it is decided.
  static func decisionWaitsOn(_ advice: Advice) -> [Slot] {
    guard advice.email.decision == nil else { return [] }
    return advice.email.needed.isEmpty ? Array(advice.missing.prefix(2)) : advice.email.needed
  }

  /// Puts the lines saying what changed in the advice at `index` of the reply, set off by a
  /// blank line, where they would have gone before the question that follows them.
  static func insert(
    _ lines: [TextDocument.Block], into reply: inout TextDocument, at index: Int
  ) {
    guard !lines.isEmpty else { return }
    var blocks = lines
    // What follows was set off from what came before; at the start it was not, so set it off.
    if index > 0, reply.blocks[index - 1] != .blank { blocks.insert(.blank, at: 0) }
    if index == 0, !reply.blocks.isEmpty, reply.blocks[0] != .blank { blocks.append(.blank) }
    reply.blocks.insert(contentsOf: blocks, at: index)
  }
}
