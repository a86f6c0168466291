/// The search evaluation questions (`question<TAB>expected id`, `-` for off-topic), read as the
/// evaluation test reads them.
struct EvaluationSet: Sendable {
  struct Question: Sendable {
    var text: String
    /// The entry that answers it; nil for an off-topic question.
    var expected: String?
  }

  /// Every question, on- and off-topic, in file order: what the latency is measured on.
  var questions: [Question]

  /// The questions with an expected entry: what precision at 1 is measured on.
  var onTopic: [Question] { questions.filter { $0.expected != nil } }

  /// Reads the file at `path`.
  ///
  /// - Throws: ``BenchError`` when it cannot be read or holds no on-topic question.
  init(path: String) throws(BenchError) {
    let text = try TextFile.read(path)
    questions = text.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") else { return nil }
      let id = line[line.index(after: tab)...].trimmed
      return Question(text: String(line[..<tab]), expected: id == "-" ? nil : id)
    }
    guard questions.contains(where: { $0.expected != nil }) else {
      throw BenchError(file: path, "no evaluation questions (QUESTION<TAB>ENTRY-ID lines)")
    }
  }
}
