import AdvisorCore
package import KnowledgeBase

/// A chat's bookkeeping, without a terminal or files: the conversation, what of each line may
/// enter the line editor's history, and what each turn adds to a recorded transcript.
///
/// The edge reads the lines, prints the turns, and hands ``ChatStep/history`` and
/// ``ChatStep/recorded`` to the history and the recording file.
package struct ChatSession: Sendable {
  package private(set) var conversation: Conversation
  private var recorder: TranscriptRecorder?
  private let resumedTurns: Int?

  /// - Parameters:
  ///   - resumed: the saved state and its number of turns, when the chat continues a session.
  ///   - recording: the command to name in a recorded transcript's first line; nil when the
  ///     chat is not recorded.
  package init(
    knowledge: KnowledgeBase, files: any FileAccess,
    resumed: (state: ConversationState, turns: Int)?, recording: String?
  ) {
    conversation = Conversation(
      knowledge: knowledge, state: resumed?.state ?? ConversationState(), files: files)
    resumedTurns = resumed?.turns
    recorder = recording.map(TranscriptRecorder.init(command:))
  }

  /// The greeting, or the welcome back of a resumed session.
  package mutating func open() -> Turn {
    let resumed = resumedTurns != nil
    let opening =
      resumedTurns.map { conversation.resumed(turnsSoFar: $0) } ?? conversation.opening()
    recorder?.open(with: opening, resumed: resumed)
    return opening
  }

  /// The advisor's answer to one line, and what of it may be kept where.
  package mutating func respond(to line: String) -> ChatStep {
    let turn = conversation.respond(to: line)
    return ChatStep(turn: turn, history: turn.stored.historyText, recorded: recorder?.record(turn))
  }

  /// The state after the last turn, as the session store saves it.
  package var state: ConversationState { conversation.state }
}

/// One line's turn, with what the edge may keep of it.
package struct ChatStep: Sendable {
  package var turn: Turn
  /// The line for the line editor's history: nil when it held personal details or was part of
  /// a pasted draft, so such a line is never written there.
  package var history: String?
  /// The text to append to the recorded transcript, when the chat is recorded.
  package var recorded: String?
}
