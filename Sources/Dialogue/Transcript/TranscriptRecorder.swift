/// A chat written down as a transcript while it happens (`advisor chat --record`): the text each
/// turn adds, to append to the file, in the format ``Replayer`` reads.
///
/// The heading and the opening are held back until the first turn, so that an existing file
/// is replaced only once there is a turn to record.
package struct TranscriptRecorder: Sendable {
  private var writer = TranscriptTextWriter()
  private var heldBack = ""

  /// - Parameter command: the command that started the recording, named in the first line.
  package init(command: String) {
    heldBack = writer.text(for: .comment("# Recorded with '\(command)'."))
  }

  /// Notes the chat's opening (its greeting, or the welcome of a resumed session).
  package mutating func open(with opening: Turn, resumed: Bool) {
    if resumed { heldBack += writer.text(for: .resume) }
    heldBack += writer.text(for: .reply(opening.replyText.replyLines))
  }

  /// The text a turn adds: its stored line (withheld where personal) and its reply, after
  /// whatever was held back.
  package mutating func record(_ turn: Turn) -> String {
    defer { heldBack = "" }
    return heldBack + writer.text(for: .input(turn.storedInput))
      + writer.text(for: .reply(turn.replyText.replyLines))
  }
}
