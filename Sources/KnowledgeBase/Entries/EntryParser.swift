import AdvisorCore

/// Reads one entry file: a `key: value` header, a blank line, then the answer.
///
/// The format is documented in the target's README. Every problem names its line.
package enum EntryParser {
  /// The keys a header may hold, and whether each may repeat.
  static let keys: [String: (required: Bool, repeatable: Bool)] = [
    "id": (true, false), "title": (true, false), "article": (true, false),
    "section": (true, false), "tags": (false, false), "question": (true, true),
  ]

  /// Parses `text`, read from `file`.
  ///
  /// - Returns: the entry, or every problem found in the file.
  package static func parse(_ text: String, file: String) -> Result<KnowledgeEntry, EntryProblems> {
    var problems: [LintProblem] = []
    var values: [String: [(value: String, line: Int)]] = [:]
    let lines = Self.lines(of: text)
    var bodyStart: Int?
    for (index, rawLine) in lines.enumerated() {
      let number = index + 1
      let line = rawLine.trimmingWhitespace
      if line.isEmpty {
        bodyStart = index + 1
        break
      }
      if line.hasPrefix("#") { continue }
      guard let colon = line.firstIndex(of: ":") else {
        problems.append(
          LintProblem(
            file: file, line: number, "expected 'key: value', or a blank line before the answer"))
        continue
      }
      let key = String(line[..<colon]).trimmingWhitespace
      let value = String(line[line.index(after: colon)...]).trimmingWhitespace
      guard let rule = keys[key] else {
        problems.append(
          LintProblem(
            file: file, line: number,
            "unknown key '\(key)'; expected id, title, article, section, tags or question"))
        continue
      }
      if value.isEmpty {
        problems.append(LintProblem(file: file, line: number, "'\(key)' is empty"))
        continue
      }
      if !rule.repeatable, let first = values[key]?.first {
        problems.append(
          LintProblem(file: file, line: number, "duplicate '\(key)' (first on line \(first.line))"))
        continue
      }
      values[key, default: []].append((value, number))
    }
    let headerEnd = bodyStart ?? lines.count
    for (key, rule) in keys.sorted(by: { $0.key < $1.key })
    where rule.required && values[key] == nil {
      problems.append(LintProblem(file: file, line: max(headerEnd, 1), "missing '\(key)'"))
    }
    if let id = values["id"]?.first, !isValidID(id.value) {
      problems.append(
        LintProblem(
          file: file, line: id.line,
          "id '\(id.value)' must be lowercase letters, digits and hyphens"))
    }
    let body = bodyStart.map { lines[$0...].joined(separator: "\n").trimmingWhitespace } ?? ""
    if bodyStart == nil {
      problems.append(
        LintProblem(
          file: file, line: max(lines.count, 1), "no blank line and answer after the header"))
    } else if body.isEmpty {
      problems.append(LintProblem(file: file, line: headerEnd + 1, "the answer is empty"))
    }
    guard problems.isEmpty, let id = values["id"]?.first?.value,
      let title = values["title"]?.first?.value, let article = values["article"]?.first?.value,
      let section = values["section"]?.first?.value
    else {
      return .failure(EntryProblems(problems: problems))
    }
    let tags = (values["tags"]?.first?.value ?? "").split(separator: ",").map {
      String($0).trimmingWhitespace
    }.filter { !$0.isEmpty }
    return .success(
      KnowledgeEntry(
        id: id, title: title, text: body, source: Source(article: article, section: section),
        tags: tags, questions: values["question"]?.map(\.value) ?? [], file: file))
  }

  /// The text's lines, split on UTF-8 newlines (a trailing carriage return dropped): much
  /// cheaper than splitting on `Character`s, and the files are read at every start.
  static func lines(of text: String) -> [Substring] {
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == 0x0A {
        var end = index
        if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
        lines.append(text[start..<end])
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    lines.append(text[start..<utf8.endIndex])
    return lines
  }

  /// The line of the `id:` key, for duplicate-id messages.
  static func idLine(in text: String) -> Int {
    for (index, line) in lines(of: text).enumerated() where line.hasPrefix("id:") {
      return index + 1
    }
    return 1
  }

  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && !id.hasPrefix("-")
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
  }
}

/// The problems of one entry file.
package struct EntryProblems: Error, Sendable {
  package var problems: [LintProblem]
}
