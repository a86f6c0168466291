/// A draft email cut into what the checks read: its lines and their roles, the subject, and
/// the body's sentences, each with its words and the line it starts on.
struct DraftText: Sendable {
  /// A body sentence, or one line outside the body (the subject, the greeting, the closing).
  /// A class: sentences are passed around and listed several times, and a reference is copied
  /// with one retain where a value of arrays costs one per array.
  final class Sentence: Sendable {
    let role: EmailLayout.Role
    /// The line it starts on.
    let line: Int
    let text: String
    /// How many words it has.
    let wordCount: Int
    /// Its words, kept only where a check reads them again: a line outside the body (the
    /// subject check) and a sentence with health terms (``HealthReading``). Empty for the
    /// other body sentences, whose words are read once, as the sentence is made.
    let words: [DraftWord]
    /// What the ``SentencePhrases`` lists found in it, in the lists' order; empty (and not
    /// allocated) for most sentences.
    let found: [(list: SentencePhrases, line: Int, words: String)]
    /// The health and crisis terms in it (``HealthReading``).
    let healthTerms: [PhraseMatch]

    /// Reads `words`, in which the merged search (``SentenceLists``) found `hits`.
    init(
      role: EmailLayout.Role, line: Int, text: String, words: [DraftWord], hits: [PhraseList.Hit]
    ) {
      self.role = role
      self.line = line
      self.text = text
      var found: [(list: SentencePhrases, line: Int, words: String)] = []
      if !hits.isEmpty {
        // A bit for each list with a hit: most sentences' hits are of one or two lists.
        let withHits = hits.reduce(UInt64(0)) { $0 | 1 << $1.list }
        for list in SentencePhrases.allCases where withHits & 1 << list.rawValue != 0 {
          for match in DraftText.quoted(
            SentenceLists.matches(list.rawValue, in: hits), in: words, text)
          {
            found.append((list, match.line, match.words))
          }
        }
      }
      self.found = found
      let healthTerms = HealthReading.terms(
        SentenceLists.matches(SentenceLists.healthTerms, in: hits), in: words, text: text)
      self.healthTerms = healthTerms
      wordCount = words.count
      self.words = role != .body || !healthTerms.isEmpty ? words : []
    }

    /// Reads `words`.
    convenience init(role: EmailLayout.Role, line: Int, text: String, words: [DraftWord]) {
      self.init(
        role: role, line: line, text: text, words: words,
        hits: SentenceLists.hits(in: words, keys: words.map(\.key)))
    }
  }

  let layout: EmailLayout
  /// The most words a body sentence may have before the length check calls it a run-on paste.
  static let longestSentence = 80
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
  /// What each of the ``SentencePhrases`` lists found, in draft order, by its raw value.
  private let phraseMatches: [[(line: Int, words: String)]]

  init(_ text: String) {
    layout = EmailLayout(text)
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
    let cut = SentenceSegmenter.sentences(of: layout.lines)
    let allPieces = cut.pieces
    var ranges = cut.sentences
    // "... won an award. Sincerely," on one line: the closing is not a sentence.
    if let last = ranges.last, last.count == 1, case let only = allPieces[last.lowerBound],
      only.text.hasSuffix(","), EmailLayout.isSignOff(only.text)
    {
      ranges.removeLast()
    }
    var kinds: [SentenceKind] = []
    kinds.reserveCapacity(ranges.count)
    // One tokenizer and one array of hits for all the sentences: most sentences' words are
    // read once, as the sentence is made, and their room is used again for the next.
    var tokenizer = DraftTokenizer()
    var hits: [PhraseList.Hit] = []
    bodySentences = ranges.map { range in
      let pieces = allPieces[range]
      tokenizer.restart()
      // The pieces are read where they sit in the joined text, a space apart.
      var offset = 0
      for piece in pieces {
        tokenizer.append(piece.text, line: piece.line, at: offset)
        offset += piece.text.utf8.count + 1
      }
      hits.removeAll(keepingCapacity: true)
      SentenceLists.merged.matchesOfEachList(
        in: tokenizer.words, keys: tokenizer.keys, into: &hits)
      let sentence = Sentence(
        role: .body, line: pieces.first?.line ?? 0,
        text: pieces.count == 1
          ? pieces[range.lowerBound].text : pieces.map(\.text).joined(separator: " "),
        words: tokenizer.words, hits: hits)
      kinds.append(SentenceKind.of(tokenizer.words, hits: hits))
      return sentence
    }
    self.kinds = kinds
    let sentences = Self.merged(others, bodySentences)
    self.sentences = sentences
    health = HealthReading(sentences)
    var phraseMatches = Array(
      repeating: [(line: Int, words: String)](), count: SentencePhrases.allCases.count)
    for sentence in sentences {
      for found in sentence.found {
        phraseMatches[found.list.rawValue].append((found.line, found.words))
      }
    }
    self.phraseMatches = phraseMatches
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
  func matches(_ phrases: SentencePhrases) -> [(line: Int, words: String)] {
    phraseMatches[phrases.rawValue]
  }

  /// The phrases `found` in one sentence's words, as ``matches(_:)`` reports them.
  static func quoted(_ found: [PhraseMatch], in words: [DraftWord], _ text: String)
    -> [(line: Int, words: String)]
  {
    guard let first = found.first else { return [] }
    let line = words[first.range.lowerBound].line
    var quoted: [(line: Int, words: String)] = []
    var span = first.range
    for match in found.dropFirst() {
      if match.range.lowerBound < span.upperBound {
        span = span.lowerBound..<max(span.upperBound, match.range.upperBound)
      } else {
        quoted.append((line, DraftWord.quote(words[span], in: text)))
        span = match.range
      }
    }
    quoted.append((line, DraftWord.quote(words[span], in: text)))
    return quoted
  }

  /// Every line holding one of the raw substrings (case-insensitive), with each bracketed slot
  /// on it ("[Program], [reason]") or the pattern found.
  func matches(patterns: [String]) -> [(line: Int, words: String)] {
    let patterns = ASCIIText.Patterns(patterns)
    return layout.lines.flatMap { line in
      Self.found(patterns, in: line).flatMap { Self.excerpts(of: $0, in: line.text) }
        .map { (line.number, $0) }
    }
  }

  /// The lower-case patterns that `text` holds, ignoring case: byte by byte when it is ASCII
  /// (most drafts), else on its lower-cased characters.
  private static func found(_ patterns: ASCIIText.Patterns, in line: EmailLayout.Line)
    -> [String]
  {
    if line.isASCII { return patterns.found(inASCII: line.text) }
    let lowered = line.text.lowercased()
    return patterns.patterns.filter { lowered.contains($0) }
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
