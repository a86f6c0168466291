import AdvisorCore
package import LocatedJSON

/// A saved conversation: its state and the turns so far, as `session.json` holds them.
package struct Session: Sendable, Hashable {
  /// One exchange as stored: the line (redacted where personal) and the reply's text.
  package struct Entry: Sendable, Hashable {
    package var turn: Int
    package var input: String
    package var reply: String

    package init(turn: Int, input: String, reply: String) {
      self.turn = turn
      self.input = input
      self.reply = reply
    }
  }

  package var state: ConversationState
  package var turns: [Entry]

  package init(state: ConversationState = ConversationState(), turns: [Entry] = []) {
    self.state = state
    self.turns = turns
  }

  /// The format name written in every session file.
  package static let format = "advisor-session"
  package static let version = 1
}

/// A session file that cannot be read: where and why.
package struct SessionError: Error, Sendable, Equatable, CustomStringConvertible {
  package var path: JSONPath
  package var message: String

  package init(_ path: JSONPath, _ message: String) {
    self.path = path
    self.message = message
  }

  package var description: String { message }
}
