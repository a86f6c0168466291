extension Transcript {
  /// The transcript as text, in the format the parser reads. Reply lines that would read as
  /// a directive (starting with `#`, `>`, `%`, `?` or `\`) are escaped with a backslash.
  package var text: String {
    var lines: [String] = []
    var previous: Element?
    for (element, _) in elements {
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
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func isComment(_ element: Element?) -> Bool {
    if case .comment? = element { return true }
    return false
  }

  static func escape(_ line: String) -> String {
    guard let first = line.first, "#>%?\\".contains(first) else { return line }
    return "\\" + line
  }
}
