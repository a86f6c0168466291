import AdvisorCore
public import LocatedJSON

/// A saved conversation: its state and the turns so far, as `session.json` holds them.
public struct Session: Sendable, Hashable {
  /// One exchange as stored: the line (redacted where personal) and the reply's text.
  public struct Entry: Sendable, Hashable {
    public var turn: Int
    public var input: String
    public var reply: String

    public init(turn: Int, input: String, reply: String) {
      self.turn = turn
      self.input = input
      self.reply = reply
    }
  }

  public var state: ConversationState
  public var turns: [Entry]

  public init(state: ConversationState = ConversationState(), turns: [Entry] = []) {
    self.state = state
    self.turns = turns
  }

  /// The format name written in every session file.
  public static let format = "advisor-session"
  public static let version = 1
}

/// A session file that cannot be read: where and why.
public struct SessionError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: JSONPath
  public var message: String

  public init(_ path: JSONPath, _ message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { message }
}
