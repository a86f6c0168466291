public import AdvisorCore
public import AdvisorText

/// The advisor's answer to one line: the reply, and the state it leaves.
public struct Turn: Sendable, Hashable {
  /// 1 for the first line the user typed; 0 for the opening greeting.
  public var number: Int
  /// The line as typed.
  public var input: String
  /// The line as it may be stored (history, session, transcript): personal health or crisis
  /// details are replaced by a note.
  public var storedInput: String
  public var reply: TextDocument
  public var profile: Profile
  public var decision: EmailDecision?
  /// The slot asked about next, or nil.
  public var pending: Slot?
  /// The slots this line changed, before and after.
  public var changes: [SlotChange]
  /// The conversation is over (the user said goodbye).
  public var ended: Bool
  /// The command this line ran, if any.
  public var command: Command? = nil
  /// The knowledge entries given as answers.
  public var answered: [String] = []
  /// The line was taken as part of a draft being pasted (`/check`): the prompt should say so.
  public var collecting = false

  /// The reply as plain text, as JSON and transcripts hold it.
  public var replyText: String { reply.plainText }
}

/// One slot's value before and after a turn.
public struct SlotChange: Sendable, Hashable {
  public var slot: Slot
  public var before: String?
  public var after: String?
}

extension SlotChange {
  /// The slots that differ between two profiles, with their values in words (without labels).
  static func between(_ before: Profile, _ after: Profile) -> [SlotChange] {
    Slot.allCases.compactMap { slot in
      let old = before.isKnown(slot) ? ProfileSummary.bareValue(of: slot, in: before) : nil
      let new = after.isKnown(slot) ? ProfileSummary.bareValue(of: slot, in: after) : nil
      return old == new ? nil : SlotChange(slot: slot, before: old, after: new)
    }
  }
}
