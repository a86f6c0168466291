import AdvisorCore

extension Transcript {
  /// Parses a transcript file's text.
  ///
  /// - Throws: ``TranscriptError`` naming the first malformed line.
  package init(parsing text: String, file: String) throws(TranscriptError) {
    var elements: [(element: Element, line: Int)] = []
    var reply: [String] = []
    var replyStart = 0
    var sawInput = false

    func flushReply() {
      while reply.first?.isEmpty == true {
        reply.removeFirst()
        replyStart += 1
      }
      while reply.last?.isEmpty == true { reply.removeLast() }
      if !reply.isEmpty { elements.append((.reply(reply), replyStart)) }
      reply = []
    }

    // Cut by bytes in one pass (no Character walk); a CR before the line feed is dropped.
    let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { line in
        String(Substring(line.last == UInt8(ascii: "\r") ? line.dropLast() : line))
      }
    for (index, line) in lines.enumerated() {
      let number = index + 1
      if line.hasPrefix("#") {
        flushReply()
        elements.append((.comment(line), number))
      } else if line.hasPrefix(">") {
        flushReply()
        var input = String(line.dropFirst())
        if input.hasPrefix(" ") { input.removeFirst() }
        elements.append((.input(input), number))
        sawInput = true
        replyStart = number + 1
      } else if line.hasPrefix("%") {
        flushReply()
        guard line.dropFirst().trimmingWhitespace == "resume" else {
          throw TranscriptError(
            file: file, line: number,
            message: "unknown directive '\(line.trimmingWhitespace)'; the only one is '% resume'")
        }
        elements.append((.resume, number))
        sawInput = true
        replyStart = number + 1
      } else if line.hasPrefix("?") {
        flushReply()
        elements.append(
          (
            .assertion(try Self.assertion(line, file: file, line: number, afterInput: sawInput)),
            number
          ))
        replyStart = number + 1
      } else {
        if reply.isEmpty { replyStart = number }
        reply.append(line.hasPrefix("\\") ? String(line.dropFirst()) : line)
      }
    }
    flushReply()
    guard sawInput else {
      let lastLine = lines.count - (lines.last?.isEmpty == true ? 1 : 0)
      throw TranscriptError(
        file: file, line: max(lastLine, 1),
        message: "no '> ' input line: a transcript needs at least one turn")
    }
    self.init(file: file, elements: elements)
  }

  private static func assertion(_ line: String, file: String, line number: Int, afterInput: Bool)
    throws(TranscriptError) -> Assertion
  {
    let body = line.dropFirst()
    guard let equals = body.firstIndex(of: "=") else {
      throw TranscriptError(file: file, line: number, message: "an assertion is '? key = value'")
    }
    let key = body[..<equals].trimmingWhitespace
    var value = body[body.index(after: equals)...].trimmingWhitespace
    if value.hasPrefix("=") { value = value.dropFirst().trimmingWhitespace }
    guard Assertion.keys.contains(key) else {
      throw TranscriptError(
        file: file, line: number,
        message: "unknown assertion key '\(key)'; keys: \(Assertion.keys.joined(separator: ", "))")
    }
    guard afterInput else {
      throw TranscriptError(
        file: file, line: number, message: "an assertion must follow a '> ' input line")
    }
    guard !value.isEmpty else {
      throw TranscriptError(
        file: file, line: number,
        message: "'? \(key) =' has no value; write one, or null for not known")
    }
    if let problem = AssertionValue.problem(key: key, value: value) {
      throw TranscriptError(file: file, line: number, message: problem)
    }
    return Assertion(key: key, value: value)
  }
}
