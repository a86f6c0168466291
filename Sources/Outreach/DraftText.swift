/// A draft email cut into what the checks read: its lines and their roles, the subject, and
/// the body's sentences, each with its words and the line it starts on.
struct DraftText: Sendable {
  /// One line outside the body (the subject, the greeting, the closing), or one of the few
  /// body sentences with health terms, kept whole for ``HealthReading``. A class: it is listed
  /// several times, and a reference is copied with one retain where a value of arrays costs
  /// one per array.
  final class Sentence: Sendable {
    let role: EmailLayout.Role
    /// The line it starts on.
    let line: Int
    let text: String
    /// How many words it has.
    let wordCount: Int
    /// Its words, kept where a check reads them again: a line outside the body (the subject
    /// check) and a sentence with health terms (``HealthReading``).
    let words: [DraftWord]
    /// What the ``SentencePhrases`` lists found in it, in the lists' order; empty (and not
    /// allocated) for most sentences.
    let found: [(list: SentencePhrases, line: Int, words: String)]
    /// The health and crisis terms in it (``HealthReading``).
    let healthTerms: [PhraseMatch]

    init(
      role: EmailLayout.Role, line: Int, text: String, words: [DraftWord],
      found: [(list: SentencePhrases, line: Int, words: String)], healthTerms: [PhraseMatch]
    ) {
      self.role = role
      self.line = line
      self.text = text
      self.found = found
      self.healthTerms = healthTerms
      wordCount = words.count
      self.words = role != .body || !healthTerms.isEmpty ? words : []
    }

    /// Reads `words`, in which the merged search (``SentenceLists``) found `hits`.
    convenience init(
      role: EmailLayout.Role, line: Int, text: String, words: [DraftWord], hits: [PhraseList.Hit]
    ) {
      var found: [(list: SentencePhrases, line: Int, words: String)] = []
      DraftText.spans(hits, in: words) {
        found.append(($0, $1, DraftWord.quote(words[$2], in: text)))
      }
      self.init(
        role: role, line: line, text: text, words: words, found: found,
        healthTerms: HealthReading.terms(
          SentenceLists.matches(SentenceLists.healthTerms, in: hits), in: words, text: text))
    }

    /// Reads `words`.
    convenience init(role: EmailLayout.Role, line: Int, text: String, words: [DraftWord]) {
      self.init(
        role: role, line: line, text: text, words: words,
        hits: SentenceLists.hits(in: words))
    }
  }

  let layout: EmailLayout
  /// The most words a body sentence may have before the length check calls it a run-on paste.
  static let longestSentence = 80
  /// The subject, without "Subject:".
  let subject: Sentence?
  /// A body sentence as the checks count it. A plain value: the body's phrases and health
  /// terms are gathered as each sentence is read, so that most sentences keep nothing else.
  struct BodySentence: Sendable {
    /// The line it starts on.
    let line: Int
    let text: String
    /// How many words it has.
    let wordCount: Int
  }

  /// Sentences of the body: after the subject and greeting, before the sign-off.
  let bodySentences: [BodySentence]
  /// What each body sentence is about, in order.
  let kinds: [SentenceKind]
  /// The health and crisis words, judged in context.
  let health: HealthReading
  /// What each of the ``SentencePhrases`` lists found, in draft order, by its raw value.
  private let phraseMatches: [[(line: Int, words: String)]]
  /// The lines (indices in the layout's) holding any of ``linePatterns``, with the patterns
  /// found: most lines hold none.
  private let patternLines: [(line: Int, found: [String])]

  init(_ text: String) {
    let layout = EmailLayout(text)
    self.layout = layout
    patternLines = layout.lines.indices.compactMap { index in
      let found = Self.found(Self.linePatterns, in: layout.lines[index])
      return found.isEmpty ? nil : (index, found)
    }
    var subject: Sentence?
    var others: [Sentence] = []
    // By index: a body line (most of a paste) is passed over with no copy of it.
    for index in layout.lines.indices
    where layout.lines[index].role != .blank && layout.lines[index].role != .body {
      let line = layout.lines[index]
      var text = String(line.text)
      // "Dear Dr Rivera, I am writing...": the rest of the line is read with the body.
      if line.role == .salutation, !line.body.isEmpty {
        text = String(line.text[..<line.body.startIndex])
      }
      if line.role == .header, EmailLayout.headerName(line.text) == "subject",
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
    var bodySentences: [BodySentence] = []
    bodySentences.reserveCapacity(ranges.count)
    // What the lists found in the body, by list, as ``matches(_:)`` gives it, with the line of
    // the sentence each is in apart (for the merge with the other lines' matches); and the
    // few body sentences with health terms, the only ones kept whole.
    var bodyFound = Array(
      repeating: [(line: Int, words: String)](), count: SentencePhrases.allCases.count)
    var bodySentenceLines = Array(repeating: [Int](), count: SentencePhrases.allCases.count)
    var withHealthTerms: [Sentence] = []
    // For each list, the last line it found something on and how many lines that makes: a
    // finding quotes its first few lines (``DraftCheck/shownLines``) and counts the rest, so
    // the words on later lines are not quoted. The body's lines come in order, and come after
    // any others in a list's matches (``merged(_:_:line:)`` keeps each side's order).
    var lastLine = Array(repeating: Int.min, count: SentencePhrases.allCases.count)
    var lineCount = Array(repeating: 0, count: SentencePhrases.allCases.count)
    // One tokenizer and one array of hits for all the sentences: most sentences' words are
    // read once, as the sentence is read, and their room is used again for the next.
    var tokenizer = DraftTokenizer()
    var hits: [PhraseList.Hit] = []
    for range in ranges {
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
        in: tokenizer.words, into: &hits)
      let line = pieces.first?.line ?? 0
      let text =
        pieces.count == 1
        ? pieces[range.lowerBound].text : pieces.map(\.text).joined(separator: " ")
      if !hits.isEmpty {
        Self.spans(hits, in: tokenizer.words) { list, matchLine, span in
          if lastLine[list.rawValue] != matchLine {
            lastLine[list.rawValue] = matchLine
            lineCount[list.rawValue] += 1
          }
          let words =
            lineCount[list.rawValue] <= DraftCheck.shownLines
            ? DraftWord.quote(tokenizer.words[span], in: text) : ""
          bodyFound[list.rawValue].append((matchLine, words))
          bodySentenceLines[list.rawValue].append(line)
        }
        let healthTerms = HealthReading.terms(
          SentenceLists.matches(SentenceLists.healthTerms, in: hits), in: tokenizer.words,
          text: text)
        if !healthTerms.isEmpty {
          withHealthTerms.append(
            Sentence(
              role: .body, line: line, text: text, words: tokenizer.words, found: [],
              healthTerms: healthTerms))
        }
      }
      bodySentences.append(BodySentence(line: line, text: text, wordCount: tokenizer.words.count))
      kinds.append(SentenceKind.of(tokenizer.words, hits: hits))
    }
    self.bodySentences = bodySentences
    self.kinds = kinds
    health = HealthReading(Self.merged(others, withHealthTerms, line: \.line))
    // Each list's matches in draft order: a line outside the body before a body sentence that
    // starts on the same line.
    var othersFound = Array(
      repeating: [(sentence: Int, line: Int, words: String)](),
      count: SentencePhrases.allCases.count)
    for sentence in others {
      for found in sentence.found {
        othersFound[found.list.rawValue].append((sentence.line, found.line, found.words))
      }
    }
    phraseMatches = SentencePhrases.allCases.map { list in
      Self.merged(
        othersFound[list.rawValue], bodyFound[list.rawValue],
        sentenceLines: bodySentenceLines[list.rawValue])
    }
  }

  /// The matches of one list outside the body and in it, in line order (one outside the body
  /// first on the same line), as ``matches(_:)`` gives them; the body's are taken as they are
  /// when no other line has any (most drafts).
  ///
  /// - Parameter sentenceLines: the line of the sentence each of `body` is in.
  private static func merged(
    _ others: [(sentence: Int, line: Int, words: String)], _ body: [(line: Int, words: String)],
    sentenceLines: [Int]
  ) -> [(line: Int, words: String)] {
    guard !others.isEmpty else { return body }
    var merged: [(line: Int, words: String)] = []
    merged.reserveCapacity(others.count + body.count)
    var next = 0
    for (index, found) in body.enumerated() {
      while next < others.count, others[next].sentence <= sentenceLines[index] {
        merged.append((others[next].line, others[next].words))
        next += 1
      }
      merged.append(found)
    }
    return merged + others[next...].map { ($0.line, $0.words) }
  }

  /// Two lists in line order, merged.
  private static func merged<Element>(
    _ first: [Element], _ second: [Element], line: (Element) -> Int
  ) -> [Element] {
    var result: [Element] = []
    result.reserveCapacity(first.count + second.count)
    var (left, right) = (first[...], second[...])
    while let a = left.first, let b = right.first {
      if line(a) <= line(b) {
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
  /// the words found as written, overlapping matches ("your esteemed program") as one; past
  /// the first ``DraftCheck/shownLines`` lines of the body's matches, which no finding shows,
  /// the words are empty.
  func matches(_ phrases: SentencePhrases) -> [(line: Int, words: String)] {
    phraseMatches[phrases.rawValue]
  }

  /// What each ``SentencePhrases`` list found among one sentence's `hits`, in the lists'
  /// order, as ``matches(_:)`` reports them: the line of each match and the range of its
  /// words, overlapping matches as one, for the caller to quote.
  static func spans(
    _ hits: [PhraseList.Hit], in words: [DraftWord],
    each: (SentencePhrases, Int, Range<Int>) -> Void
  ) {
    guard !hits.isEmpty else { return }
    // A bit for each list with a hit: most sentences' hits are of one or two lists.
    let withHits = hits.reduce(UInt64(0)) { $0 | 1 << $1.list }
    // The lists with hits by their bits, in the lists' order: no array of all the cases is
    // made for each sentence.
    var lists = withHits & ((1 << SentenceLists.healthTerms) - 1)
    while lists != 0, let list = SentencePhrases(rawValue: lists.trailingZeroBitCount) {
      lists &= lists - 1
      // The list's hits read where they are, with no array of them.
      spans(hits.lazy.filter { $0.list == list.rawValue }.map(\.range), in: words) {
        each(list, $0, $1)
      }
    }
  }

  /// Each of the phrases `found` (the ranges of their words) in one sentence's words,
  /// overlapping ones as one, passed to `each` with the line of the first of them.
  private static func spans(
    _ found: some Sequence<Range<Int>>, in words: [DraftWord],
    each: (Int, Range<Int>) -> Void
  ) {
    var line = 0
    var span: Range<Int>?
    for range in found {
      guard let current = span else {
        line = words[range.lowerBound].line
        span = range
        continue
      }
      if range.lowerBound < current.upperBound {
        span = current.lowerBound..<max(current.upperBound, range.upperBound)
      } else {
        each(line, current)
        span = range
      }
    }
    if let span { each(line, span) }
  }

  /// The raw substrings that tell a template slot left in.
  static let placeholders = ["[", "<", "xxx", "todo", "program name", "insert "]
  /// The raw substrings that tell shouting.
  static let shouting = ["!!"]
  /// Every raw substring a check looks for (``matches(patterns:)``), searched for on each line
  /// in one pass as the draft is read, rather than one pass per check.
  private static let linePatterns = ASCIIText.Patterns(placeholders + shouting)

  /// Every line holding one of the raw substrings (case-insensitive), with each bracketed slot
  /// on it ("[Program], [reason]") or the pattern found.
  ///
  /// - Precondition: the patterns are among ``placeholders`` and ``shouting``.
  func matches(patterns: [String]) -> [(line: Int, words: String)] {
    precondition(patterns.allSatisfy(Self.linePatterns.patterns.contains), "searched for")
    return patternLines.flatMap { index, found in
      let line = layout.lines[index]
      return patterns.filter(found.contains).flatMap { Self.excerpts(of: $0, in: line.text) }
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
  private static func excerpts(of pattern: String, in text: Substring) -> [String] {
    guard pattern == "[" || pattern == "<" else { return [pattern] }
    let (open, close): (Character, Character) = pattern == "[" ? ("[", "]") : ("<", ">")
    var slots: [String] = []
    var rest = text
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
