/// A draft email cut into what the checks read: its lines and their roles, the subject, and
/// the body's sentences, each with its words and the line it starts on.
struct DraftText: Sendable {
  /// A body sentence, or one line outside the body (the subject, the greeting, the closing).
  struct Sentence: Sendable {
    var role: EmailLayout.Role
    /// The line it starts on.
    var line: Int
    var text: String
    var words: [DraftWord]
  }

  let layout: EmailLayout
  /// The most words a body sentence may have before the length check calls it a run-on paste.
  static let longestSentence = 80
  /// Each line lower-cased, for the raw patterns.
  private let loweredLines: [String]
  /// The subject, without "Subject:".
  let subject: Sentence?
  /// Sentences of the body: after the subject and greeting, before the sign-off.
  let bodySentences: [Sentence]
  /// Every sentence of the body and every other line that is not blank, in draft order.
  let sentences: [Sentence]
  /// What each body sentence is about, in order.
  let kinds: [SentenceKind]
  /// The health and crisis words, judged in context.
  let health: HealthReading

  init(_ text: String) {
    layout = EmailLayout(text)
    loweredLines = layout.lines.map { $0.text.lowercased() }
    var subject: Sentence?
    var others: [Sentence] = []
    for line in layout.lines where line.role != .blank && line.role != .body {
      var text = line.text
      // "Dear Dr Rivera, I am writing...": the rest of the line is read with the body.
      if line.role == .salutation, !line.body.isEmpty {
        text = String(line.text[..<line.body.startIndex])
      }
      if line.role == .header, EmailLayout.headerName(text) == "subject",
        let colon = text.firstIndex(of: ":")
      {
        text = String(text[text.index(after: colon)...])
        if subject == nil {
          subject = Sentence(
            role: .header, line: line.number, text: text,
            words: DraftTokenizer.words(text, line: line.number))
        }
      }
      others.append(
        Sentence(
          role: line.role, line: line.number, text: text,
          words: DraftTokenizer.words(text, line: line.number)))
    }
    self.subject = subject
    var pieces = SentenceSegmenter.sentences(of: layout.lines)
    // "... won an award. Sincerely," on one line: the closing is not a sentence.
    if let last = pieces.last, last.count == 1, let only = last.first,
      only.text.hasSuffix(","), EmailLayout.isSignOff(only.text)
    {
      pieces.removeLast()
    }
    bodySentences = pieces.map { pieces in
      var tokenizer = DraftTokenizer()
      for piece in pieces { tokenizer.append(piece.text, line: piece.line) }
      return Sentence(
        role: .body, line: pieces.first?.line ?? 0,
        text: pieces.map(\.text).joined(separator: " "), words: tokenizer.words)
    }
    sentences = Self.merged(others, bodySentences)
    kinds = bodySentences.map { SentenceKind.of($0.words) }
    health = HealthReading(sentences)
  }

  /// Two lists in line order, merged.
  private static func merged(_ first: [Sentence], _ second: [Sentence]) -> [Sentence] {
    var result: [Sentence] = []
    result.reserveCapacity(first.count + second.count)
    var (left, right) = (first[...], second[...])
    while let a = left.first, let b = right.first {
      if a.line <= b.line {
        result.append(a)
        left.removeFirst()
      } else {
        result.append(b)
        right.removeFirst()
      }
    }
    return result + left + right
  }

  /// Every sentence or line holding one of the phrases, with the line of the first match and
  /// the words found as written, overlapping matches ("your esteemed program") as one.
  func matches(_ phrases: PhraseList) -> [(line: Int, words: String)] {
    sentences.flatMap { sentence -> [(line: Int, words: String)] in
      let found = phrases.matches(in: sentence.words)
      guard let first = found.first else { return [] }
      var spans: [Range<Int>] = []
      for match in found {
        if let last = spans.last, match.range.lowerBound < last.upperBound {
          spans[spans.count - 1] = last.lowerBound..<max(last.upperBound, match.range.upperBound)
        } else {
          spans.append(match.range)
        }
      }
      let line = sentence.words[first.range.lowerBound].line
      return spans.map { (line, DraftWord.quote(sentence.words[$0])) }
    }
  }

  /// Every line holding one of the raw substrings (case-insensitive), with each bracketed slot
  /// on it ("[Program], [reason]") or the pattern found.
  func matches(patterns: [String]) -> [(line: Int, words: String)] {
    zip(layout.lines, loweredLines).flatMap { line, lowered in
      patterns.filter { lowered.contains($0) }.flatMap { Self.excerpts(of: $0, in: line.text) }
        .map { (line.number, $0) }
    }
  }

  /// Every bracketed slot when the pattern opens one ("[Program Name]"), else the pattern.
  private static func excerpts(of pattern: String, in text: String) -> [String] {
    guard pattern == "[" || pattern == "<" else { return [pattern] }
    let (open, close): (Character, Character) = pattern == "[" ? ("[", "]") : ("<", ">")
    var slots: [String] = []
    var rest = Substring(text)
    while let start = rest.firstIndex(of: open) {
      let tail = rest[start...]
      guard let end = tail.firstIndex(of: close) else {
        slots.append(String(tail.prefix(40)))
        break
      }
      slots.append(String(tail[...end]))
      rest = tail[tail.index(after: end)...]
    }
    return slots
  }
}

extension String {
  /// Without leading and trailing white space.
  var trimmingCharacters: String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}

extension Substring {
  /// Without leading and trailing white space.
  var trimmingCharacters: String { String(self).trimmingCharacters }
}
