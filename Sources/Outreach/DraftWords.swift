/// A word of a draft as the checks compare it: lower case, apostrophes straightened,
/// contractions expanded ("don't" → "do not"), a possessive "'s" dropped.
struct DraftWord: Sendable, Hashable {
  var text: String
  /// The word as written ("CK", "don't"), for quoting it back.
  var original: Substring
  /// The line of the draft the word is on.
  var line: Int
  /// Which clause of its sentence the word is in: commas, semicolons, colons, dashes and
  /// brackets start a new one.
  var clause: Int
  /// The punctuation that opened the word's clause, when the word is the first of it.
  var clauseOpener: Character?
  /// The second word of an expanded contraction ("not" of "don't"), which quotes as nothing.
  var isContinuation = false
}

/// Cuts text into ``DraftWord``s in one pass.
struct DraftTokenizer {
  private(set) var words: [DraftWord] = []
  private var clause = 0
  private var pendingBreak: Character?

  /// Appends the words of `text`, which sits on `line`; clauses run on from earlier text.
  mutating func append(_ text: some StringProtocol, line: Int) {
    // Unicode scalars with an ASCII fast path: a pasted draft can be thousands of lines.
    let text = Substring(text)
    var current = String.UnicodeScalarView()
    var wordStart = text.unicodeScalars.startIndex
    for position in text.unicodeScalars.indices {
      let scalar = text.unicodeScalars[position]
      if current.isEmpty { wordStart = position }
      if scalar.isASCII {
        let value = UInt8(scalar.value)
        switch value {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(Unicode.Scalar(value + 32))
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
          current.append(scalar)
        case UInt8(ascii: "'") where !current.isEmpty: current.append(scalar)
        default: endWord(&current, text[wordStart..<position], line: line, before: scalar)
        }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || scalar.properties.generalCategory == .nonspacingMark
      {
        current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else if Self.apostrophes.contains(scalar), !current.isEmpty {
        current.append("'")
      } else {
        endWord(&current, text[wordStart..<position], line: line, before: scalar)
      }
    }
    flush(&current, text[wordStart...], line: line)
  }

  private mutating func endWord(
    _ current: inout String.UnicodeScalarView, _ original: Substring, line: Int,
    before scalar: Unicode.Scalar
  ) {
    flush(&current, original, line: line)
    if Self.clauseBreaks.contains(scalar) {
      clause += 1
      pendingBreak = Character(scalar)
    }
  }

  private mutating func flush(
    _ current: inout String.UnicodeScalarView, _ original: Substring, line: Int
  ) {
    guard !current.isEmpty else { return }
    for (index, text) in Self.expanded(String(current)).enumerated() {
      words.append(
        DraftWord(
          text: text, original: original, line: line, clause: clause,
          clauseOpener: pendingBreak, isContinuation: index > 0))
      pendingBreak = nil
    }
    current = String.UnicodeScalarView()
  }

  /// The words of one sentence, or one line outside the body.
  static func words(_ text: some StringProtocol, line: Int) -> [DraftWord] {
    var tokenizer = DraftTokenizer()
    tokenizer.append(text, line: line)
    return tokenizer.words
  }

  private static let apostrophes: Set<Unicode.Scalar> = ["\u{2019}", "\u{2018}"]
  private static let clauseBreaks: Set<Unicode.Scalar> = [
    ",", ";", ":", "(", ")", "\u{2013}", "\u{2014}",
  ]

  private static let contractions: [String: [String]] = [
    "i'm": ["i", "am"], "i've": ["i", "have"], "i'll": ["i", "will"], "i'd": ["i", "would"],
    "it's": ["it", "is"], "can't": ["cannot"], "won't": ["will", "not"],
    "you'll": ["you", "will"], "you're": ["you", "are"], "we're": ["we", "are"],
    "they're": ["they", "are"], "that's": ["that", "is"], "let's": ["let", "us"],
  ]

  /// A word with its apostrophe resolved: a contraction in full, a possessive as its noun.
  private static func expanded(_ word: String) -> [String] {
    guard word.contains("'") else { return [word] }
    if let full = contractions[word] { return full }
    if word.hasSuffix("n't") { return [String(word.dropLast(3)), "not"] }
    if word.hasSuffix("'s") { return [String(word.dropLast(2))] }
    let trimmed = word.split(separator: "'", omittingEmptySubsequences: true).joined()
    return trimmed.isEmpty ? [] : [trimmed]
  }
}

/// Where a phrase was found: the phrase as listed and the indices of its words.
struct PhraseMatch: Sendable, Hashable {
  var phrase: String
  var range: Range<Int>

  /// The matched words as written in the draft ("Step 2 CK").
  func quoted(from words: [DraftWord]) -> String {
    DraftWord.quote(words[range])
  }
}

extension DraftWord {
  /// Words as written, a contraction once ("don't", not "don't don't").
  static func quote(_ words: some Collection<DraftWord>) -> String {
    words.enumerated().filter { $0.offset == 0 || !$0.element.isContinuation }
      .map(\.element.original).joined(separator: " ")
  }
}

/// A list of phrases found by their first word, so a sentence is searched in one pass
/// whatever the length of the list. A phrase ending in `*` matches any word starting so.
struct PhraseList: Sendable {
  private struct Entry: Sendable {
    var phrase: String
    var rest: [String]
    var lastIsPrefix: Bool
  }

  private var byFirstWord: [String: [Entry]] = [:]
  private var prefixes: [(prefix: String, entry: Entry)] = []

  init(_ phrases: [String]) {
    for phrase in phrases {
      let isPrefix = phrase.hasSuffix("*")
      let words = DraftTokenizer.words(isPrefix ? String(phrase.dropLast()) : phrase, line: 0)
        .map(\.text)
      guard let first = words.first else { continue }
      let entry = Entry(phrase: phrase, rest: Array(words.dropFirst()), lastIsPrefix: isPrefix)
      if isPrefix && words.count == 1 {
        prefixes.append((first, entry))
      } else {
        byFirstWord[first, default: []].append(entry)
      }
    }
  }

  /// Every phrase found in `words`; a phrase inside a longer match is dropped.
  func matches(in words: [DraftWord]) -> [PhraseMatch] {
    var found: [PhraseMatch] = []
    for start in words.indices {
      let word = words[start].text
      var longest: PhraseMatch?
      for entry in byFirstWord[word] ?? [] where Self.matches(entry, words, after: start) {
        let match = PhraseMatch(
          phrase: Self.display(entry.phrase), range: start..<(start + 1 + entry.rest.count))
        if match.range.count > (longest?.range.count ?? 0) { longest = match }
      }
      for (prefix, entry) in prefixes where word.hasPrefix(prefix) && longest == nil {
        longest = PhraseMatch(phrase: Self.display(entry.phrase), range: start..<(start + 1))
      }
      guard let longest else { continue }
      if let last = found.last, last.range.upperBound >= longest.range.upperBound {
        continue
      }
      found.append(longest)
    }
    return found
  }

  /// Whether any phrase occurs in `words`.
  func occurs(in words: [DraftWord]) -> Bool {
    !matches(in: words).isEmpty
  }

  private static func matches(_ entry: Entry, _ words: [DraftWord], after start: Int) -> Bool {
    guard start + entry.rest.count < words.count else { return false }
    for (offset, expected) in entry.rest.enumerated() {
      let word = words[start + 1 + offset].text
      let isLast = offset == entry.rest.count - 1
      if isLast && entry.lastIsPrefix ? !word.hasPrefix(expected) : word != expected {
        return false
      }
    }
    return true
  }

  private static func display(_ phrase: String) -> String {
    phrase.hasSuffix("*") ? String(phrase.dropLast()) : phrase
  }
}
