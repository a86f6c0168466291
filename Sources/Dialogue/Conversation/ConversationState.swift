package import AdvisorCore

/// Everything a conversation remembers between lines. A value: saving and restoring it is
/// saving and restoring the conversation.
package struct ConversationState: Sendable, Hashable {
  package var profile = Profile()
  /// The question the advisor asked last, if any.
  package var pending: PendingQuestion?
  /// Slots the user chose to skip: not asked again.
  package var skipped: Set<Slot> = []
  /// How many lines in a row did not answer the pending question.
  package var misses = 0
  /// Lines answered so far.
  package var turnCount = 0
  /// Earlier states, for `/undo`, newest last.
  package var history: [Snapshot] = []
  /// The full plan has been given once.
  package var planGiven = false
  /// The exam whose score was set most recently, for "actually it was 241".
  package var lastScoreExam: Exam?
  /// The user said goodbye.
  package var ended = false
  /// Lines of a draft being pasted for `/check`, until a line holding only ".".
  package var collecting: [String]?
  /// An event behind the score was mentioned and its status is not known yet.
  package var eventMentioned = false
  /// Ties were named before connections were asked, none an advocate: whether a faculty
  /// member would speak for the user is asked where the connections question would be.
  package var advocateToAsk = false
  /// Confirmations already asked: none is asked twice in a session.
  package var confirmationsAsked: Set<PendingQuestion> = []
  /// The bytes of the draft pasted so far, counted as it comes so the cap costs one addition.
  package var collectedBytes = 0

  /// What `/undo` restores.
  package struct Snapshot: Sendable, Hashable {
    package var profile: Profile
    package var skipped: Set<Slot>
    package var planGiven: Bool
    package var lastScoreExam: Exam?
  }

  package init() {}

  /// The state as `/undo` would restore it.
  var snapshot: Snapshot {
    Snapshot(profile: profile, skipped: skipped, planGiven: planGiven, lastScoreExam: lastScoreExam)
  }

  /// The most history kept for `/undo`.
  static let historyLimit = 200

  /// Drops the oldest `/undo` steps beyond the limit: after each turn, and when a saved
  /// session is loaded (a session written elsewhere may hold more).
  package mutating func trimHistory() {
    if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
  }
}
