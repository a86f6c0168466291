extension Transcript {
  /// The transcript as text, in the format the parser reads. Reply lines that would read as
  /// a directive (starting with `#`, `>`, `%`, `?` or `\`) are escaped with a backslash.
  package var text: String {
    var writer = TranscriptTextWriter()
    var text = ""
    for (element, _) in elements { text += writer.text(for: element) }
    return text.isEmpty ? "\n" : text
  }
}

/// Writes a transcript's elements as text one at a time, each with the blank line that parts it
/// from the element before: what ``Transcript/text`` writes whole, and a recording appends as
/// the chat goes.
package struct TranscriptTextWriter: Sendable {
  private var previous: Transcript.Element?

  package init() {}

  /// The lines for `element`, each ending in a newline.
  package mutating func text(for element: Transcript.Element) -> String {
    var lines: [String] = []
    switch element {
    case .comment(let text):
      if case .reply? = previous { lines.append("") }
      lines.append(text)
    case .input(let input):
      if previous != nil, !isComment(previous) { lines.append("") }
      lines.append(input.isEmpty ? ">" : "> " + input)
    case .resume:
      if previous != nil, !isComment(previous) { lines.append("") }
      lines.append("% resume")
    case .assertion(let assertion):
      lines.append("? \(assertion.key) = \(assertion.value)")
    case .reply(let reply):
      if case .assertion? = previous { lines.append("") }
      if case .comment? = previous { lines.append("") }
      lines += reply.map(Self.escape)
    }
    previous = element
    return lines.map { $0 + "\n" }.joined()
  }

  private func isComment(_ element: Transcript.Element?) -> Bool {
    if case .comment? = element { return true }
    return false
  }

  static func escape(_ line: String) -> String {
    guard let first = line.first, "#>%?\\".contains(first) else { return line }
    return "\\" + line
  }
}
