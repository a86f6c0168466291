public import AdvisorCore

/// Everything a conversation remembers between lines. A value: saving and restoring it is
/// saving and restoring the conversation.
public struct ConversationState: Sendable, Hashable {
  public var profile = Profile()
  /// The question the advisor asked last, if any.
  public var pending: PendingQuestion?
  /// Slots the user chose to skip: not asked again.
  public var skipped: Set<Slot> = []
  /// How many lines in a row did not answer the pending question.
  public var misses = 0
  /// Lines answered so far.
  public var turnCount = 0
  /// Earlier states, for `/undo`, newest last.
  public var history: [Snapshot] = []
  /// The full plan has been given once.
  public var planGiven = false
  /// The exam whose score was set most recently, for "actually it was 241".
  public var lastScoreExam: Exam?
  /// The user said goodbye.
  public var ended = false
  /// Lines of a draft being pasted for `/check`, until a line holding only ".".
  public var collecting: [String]?
  /// An event behind the score was mentioned and its status is not known yet.
  public var eventMentioned = false
  /// Confirmations already asked: none is asked twice in a session.
  public var confirmationsAsked: Set<PendingQuestion> = []
  /// The bytes of the draft pasted so far, counted as it comes so the cap costs one addition.
  public var collectedBytes = 0

  /// What `/undo` restores.
  public struct Snapshot: Sendable, Hashable {
    public var profile: Profile
    public var skipped: Set<Slot>
    public var planGiven: Bool
    public var lastScoreExam: Exam?
  }

  public init() {}

  /// The state as `/undo` would restore it.
  var snapshot: Snapshot {
    Snapshot(profile: profile, skipped: skipped, planGiven: planGiven, lastScoreExam: lastScoreExam)
  }

  /// The most history kept for `/undo`.
  static let historyLimit = 200

  /// Drops the oldest `/undo` steps beyond the limit: after each turn, and when a saved
  /// session is loaded (a session written elsewhere may hold more).
  public mutating func trimHistory() {
    if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
  }
}
