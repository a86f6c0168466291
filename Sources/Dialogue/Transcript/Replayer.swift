import AdvisorCore
import AdvisorText
package import KnowledgeBase
import LocatedJSON

/// One way a replayed transcript differs from what it expects.
package struct ReplayFailure: Sendable, Hashable, CustomStringConvertible {
  package var line: Int
  /// A unified diff for a reply, or "expected X, got Y" for an assertion.
  package var detail: String

  package var description: String { detail }
}

/// The outcome of replaying one transcript.
package struct ReplayResult: Sendable {
  package var file: String
  package var failures: [ReplayFailure]
  /// The transcript with every reply as the advisor gives it now (for `--update`).
  package var updated: Transcript
  package var coverage: CoverageTally
  package var turns: Int

  package var passed: Bool { failures.isEmpty }
}

/// Replays transcripts in a fresh session each, comparing replies and assertions.
package enum Replayer {
  /// - Parameter files: what `/programs` and `/export` in the transcript may use.
  package static func replay(
    _ transcript: Transcript, knowledge: KnowledgeBase, files: any FileAccess = NoFileAccess()
  ) -> ReplayResult {
    var conversation = Conversation(knowledge: knowledge, files: files)
    var tally = CoverageTally()
    var failures: [ReplayFailure] = []
    var updated: [(element: Transcript.Element, line: Int)] = []
    var log: [Session.Entry] = []
    var last = conversation.opening()
    var pendingReply: Turn? = last  // the turn whose reply comes next, not yet compared
    tally.record(last, advice: conversation.advice)

    func settle() {
      if let turn = pendingReply {
        updated.append((.reply(turn.replyText.replyLines), 0))
        pendingReply = nil
      }
    }

    for (element, line) in transcript.elements {
      switch element {
      case .comment:
        updated.append((element, line))
      case .input(let text):
        settle()
        last = conversation.respond(to: text)
        log.append(Session.Entry(turn: last.number, input: last.storedInput, reply: last.replyText))
        tally.record(last, advice: conversation.advice)
        updated.append((element, line))
        pendingReply = last
      case .resume:
        settle()
        conversation = resume(conversation, knowledge: knowledge, files: files, log: log)
        last = conversation.resumed(turnsSoFar: log.count)
        tally.resumed = true
        updated.append((element, line))
        pendingReply = last
      case .reply(let expected):
        let actual = (pendingReply ?? last).replyText.replyLines
        if !TextDiff.matches(expected: expected, actual: actual) {
          failures.append(
            ReplayFailure(
              line: line,
              detail: TextDiff.unified(
                expected: expected, actual: actual, file: transcript.file, line: line)))
          updated.append((.reply(actual), line))
        } else {
          updated.append((element, line))
        }
        pendingReply = nil
      case .assertion(let assertion):
        settle()
        let actual = AssertionValue.current(assertion.key, conversation: conversation)
        if !AssertionValue.equal(assertion.value, actual) {
          failures.append(
            ReplayFailure(
              line: line,
              detail:
                "\(transcript.file):\(line): expected \(assertion.key) = \(assertion.value), got \(actual)"
            ))
        }
        updated.append((element, line))
      }
    }
    settle()
    return ReplayResult(
      file: transcript.file, failures: failures,
      updated: Transcript(file: transcript.file, elements: updated), coverage: tally,
      turns: log.count)
  }

  /// Saves the session to JSON text and reads it back, as quitting and `--resume` would.
  private static func resume(
    _ conversation: Conversation, knowledge: KnowledgeBase, files: any FileAccess,
    log: [Session.Entry]
  ) -> Conversation {
    let session = Session(state: conversation.state, turns: log)
    let text = session.json.serialized(pretty: true)
    guard let document = try? JSONDocument(parsing: text),
      let restored = try? Session(json: document.root)
    else { return conversation }
    return Conversation(knowledge: knowledge, state: restored.state, files: files)
  }
}

extension String {
  /// The text's lines.
  var lines: [String] {
    textLines.map(String.init)
  }

  /// The lines as a transcript holds a reply: blank lines at either end dropped, as the
  /// parser drops them.
  var replyLines: [String] {
    var lines = lines
    while lines.first?.isEmpty == true { lines.removeFirst() }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }
}
