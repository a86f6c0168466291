package import AdvisorCore
package import AdvisorText

/// The advisor's answer to one line: the reply, and the state it leaves.
package struct Turn: Sendable, Hashable {
  /// 1 for the first line the user typed; 0 for the opening greeting.
  package var number: Int
  /// The line as typed.
  package var input: String
  /// The line as it may be stored (history, session, transcript): personal health or crisis
  /// details, and the lines of a pasted draft, are withheld.
  package var stored: StoredLine
  package var reply: TextDocument
  package var profile: Profile
  package var decision: EmailDecision?
  /// The slot asked about next, or nil.
  package var pending: Slot?
  /// The slots this line changed, before and after.
  package var changes: [SlotChange]
  /// The conversation is over (the user said goodbye).
  package var ended: Bool
  /// The command this line ran, if any.
  package var command: Command? = nil
  /// The knowledge entries given as answers.
  package var answered: [String] = []
  /// The line was taken as part of a draft being pasted (`/check`): the prompt should say so.
  package var collecting = false
  /// What each clause of the line did ("239 not 229. should I email?" → correct, question).
  package var acts: [DialogueAct] = []

  /// The line told the advisor nothing about the user: no slot changed (a command, a
  /// question, a greeting, a line not understood, a goodbye). A new chat made only of such
  /// lines does not replace the saved session: a question asked on starting again ("is 221 ok
  /// for IM") must not move aside everything said before.
  package var addsNothing: Bool { changes.isEmpty }

  /// The stored line in the form files hold (a withheld line as its note).
  package var storedInput: String { stored.serialized }

  /// The reply as plain text, as sessions, transcripts and JSON hold it: personal details
  /// quoted on screen are replaced by their category.
  package var replyText: String { reply.plainText }
}

/// One slot's value before and after a turn.
package struct SlotChange: Sendable, Hashable {
  package var slot: Slot
  package var before: String?
  package var after: String?
  /// The new value only adds detail to the old one (a pending result now scored, attempts now
  /// known, another connection): news, not a correction. Decided on the values, not the words.
  package var refines = false
}

extension SlotChange {
  /// The slots that differ between two profiles, with their values in words (without labels).
  static func between(_ before: Profile, _ after: Profile) -> [SlotChange] {
    Slot.allCases.compactMap { slot in
      // A result that turns from fail to pass says so ("failed with 212 → passed with 221,
      // first attempt"), not a bare score that reads as still failed.
      let outcomeTurns = Exam.allCases.contains {
        $0.slot == slot && [.pass, .fail].contains(before[$0].outcome)
          && before[$0].outcome != after[$0].outcome
      }
      let value = outcomeTurns ? ProfileSummary.listedValue : ProfileSummary.bareValue
      let old = before.isKnown(slot) ? value(slot, before) : nil
      let new = after.isKnown(slot) ? value(slot, after) : nil
      guard old != new else { return nil }
      return SlotChange(
        slot: slot, before: old, after: new, refines: refines(slot, from: before, to: after))
    }
  }

  /// Whether `after` keeps every value `before` had for `slot` and only adds to it.
  private static func refines(_ slot: Slot, from before: Profile, to after: Profile) -> Bool {
    switch slot {
    case .step1, .step2ck:
      let exam: Exam = slot == .step1 ? .step1 : .step2ck
      let old = before[exam]
      let new = after[exam]
      let sameOutcome =
        old.outcome == nil || old.outcome == new.outcome
        || (old.outcome == .pending && new.outcome != nil)
      return sameOutcome && (old.score == nil || old.score == new.score)
        && (old.attempts == nil || old.attempts == new.attempts)
    case .connections:
      guard let old = before.connections else { return true }
      // Ties taken back until none is known is a change, said as one.
      guard let new = after.connections else { return false }
      // A place said where none was, or one more, is detail; a place changed is a correction.
      let placesKept = before.connectionPlaces.allSatisfy { connection, places in
        after.connectionPlaces[connection]?.starts(with: places) == true
      }
      return !old.isEmpty && old.isSubset(of: new) && placesKept
    default:
      return !before.isKnown(slot)
    }
  }
}
