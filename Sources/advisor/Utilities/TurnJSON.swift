import AdvisorCore
import Dialogue
import LocatedJSON

/// The contract's per-turn object for `advisor chat --json`.
enum TurnJSON {
  static func object(_ turn: Turn) -> JSONValue {
    .object([
      "turn": .integer(turn.number),
      // As the session keeps it: health details and pasted drafts are never echoed back.
      "input": .string(turn.storedInput),
      "reply": .string(turn.replyText),
      "profile": turn.profile.json,
      "email": .object(["decision": .string(turn.decision?.rawValue)]),
      "pending": .string(turn.pending?.rawValue),
      "changes": .array(
        turn.changes.map { change in
          .object([
            "slot": .string(change.slot.rawValue), "before": .string(change.before),
            "after": .string(change.after),
          ])
        }),
      "ended": .bool(turn.ended),
    ])
  }
}
