/// A draft email cut into what the checks read: the subject line, the body's sentences, each
/// with its line.
struct DraftText: Sendable {
  struct Line: Sendable {
    var line: Int
    var text: String
  }

  struct Sentence: Sendable {
    var line: Int
    var text: String

    /// Sentences that talk about the exam result.
    var isAboutScore: Bool {
      let lowered = text.lowercased()
      return [
        "score", "step 1", "step 2", "step1", "step2", " ck", "exam", "usmle", "fail", "attempt",
        "board",
      ]
      .contains { lowered.contains($0) }
    }
  }

  let lines: [Line]
  /// Each line in ``normalised(_:)`` form and lower-cased, as bytes: the checks search them
  /// dozens of times per draft.
  private let normalisedLines: [[UInt8]]
  private let loweredLines: [[UInt8]]
  let subject: Line?
  /// Sentences of the body: after the subject and greeting, before the sign-off.
  let bodySentences: [Sentence]

  init(_ text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      Line(line: $0.offset + 1, text: String($0.element))
    }
    normalisedLines = lines.map { Array(Self.normalised($0.text).utf8) }
    loweredLines = lines.map { Array($0.text.lowercased().utf8) }
    subject = lines.first { $0.text.lowercased().hasPrefix("subject:") }.map {
      Line(line: $0.line, text: String($0.text.dropFirst("subject:".count)))
    }
    bodySentences = Self.sentences(
      of: lines.filter { line in
        let lowered = line.text.lowercased().trimmingCharacters
        return !lowered.hasPrefix("subject:") && !lowered.hasPrefix("dear ")
          && !lowered.hasPrefix("to whom")
          && !Self.isSignOff(lowered) && !lowered.isEmpty
      })
  }

  private static func isSignOff(_ line: String) -> Bool {
    [
      "sincerely", "best", "regards", "with thanks", "thank you,", "thanks,", "respectfully",
      "warm regards", "kind regards",
    ]
    .contains { line.hasPrefix($0) } && line.count < 30
  }

  /// The body cut into sentences at `.`, `!` and `?`, each tagged with the line it starts on.
  private static func sentences(of lines: [Line]) -> [Sentence] {
    var sentences: [Sentence] = []
    for line in lines {
      var current = ""
      for character in line.text {
        current.append(character)
        if ".!?".contains(character) {
          let trimmed = current.trimmingCharacters
          if trimmed.count > 2 { sentences.append(Sentence(line: line.line, text: trimmed)) }
          current = ""
        }
      }
      let rest = current.trimmingCharacters
      if rest.count > 2 { sentences.append(Sentence(line: line.line, text: rest)) }
    }
    return sentences
  }

  /// Every line holding one of the phrases (whole words, case-insensitive), with the phrase.
  func matches(phrases: [String]) -> [(line: Int, words: String)] {
    zip(lines, normalisedLines).compactMap { line, normalised in
      let found = phrases.filter { phrase in
        let bytes = Array(phrase.utf8)
        // The normalised line starts with a space: " " + phrase also finds it at the start.
        return Self.find([UInt8(ascii: " ")] + bytes, in: normalised)
          || Self.starts(normalised, with: bytes)
      }
      // A phrase inside a longer one that also matched is the same finding.
      let distinct = found.filter { phrase in
        !found.contains { $0 != phrase && $0.contains(phrase) }
      }
      return distinct.isEmpty ? nil : (line.line, distinct.joined(separator: ", "))
    }
  }

  /// Every line holding one of the raw substrings (case-insensitive).
  func matches(patterns: [String]) -> [(line: Int, words: String)] {
    zip(lines, loweredLines).compactMap { line, lowered in
      guard let pattern = patterns.first(where: { Self.find(Array($0.utf8), in: lowered) }) else {
        return nil
      }
      return (line.line, Self.excerpt(around: pattern, in: line.text))
    }
  }

  /// Whether `needle` occurs in `haystack`, byte for byte.
  private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    guard needle.count <= haystack.count else { return false }
    var start = 0
    let last = haystack.count - needle.count
    while start <= last {
      if haystack[start] == first {
        var offset = 1
        while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return true }
      }
      start += 1
    }
    return false
  }

  private static func starts(_ text: [UInt8], with prefix: [UInt8]) -> Bool {
    text.count >= prefix.count && text.prefix(prefix.count).elementsEqual(prefix)
  }

  static func containsWord(_ word: String, in text: String) -> Bool {
    normalised(text).contains(" \(word) ")
  }

  /// Lower case, typographic apostrophes straightened, punctuation as spaces, padded.
  private static func normalised(_ text: String) -> String {
    let folded = text.lowercased().map { character -> Character in
      if character == "\u{2019}" || character == "'" { return "'" }
      return character.isLetter || character.isNumber || character == "'" ? character : " "
    }
    let words = String(folded).replacingApostrophes.split(separator: " ")
    return " " + words.joined(separator: " ") + " "
  }

  /// The bracketed slot when the pattern opens one ("[Program Name]"), else the pattern.
  private static func excerpt(around pattern: String, in text: String) -> String {
    guard pattern == "[" || pattern == "<", let open = text.firstIndex(of: Character(pattern))
    else {
      return pattern
    }
    let close: Character = pattern == "[" ? "]" : ">"
    let rest = text[open...]
    guard let end = rest.firstIndex(of: close) else { return String(rest.prefix(40)) }
    return String(rest[...end])
  }
}

extension String {
  /// "don't" → "do not" and the like, so phrases match however they are typed.
  var replacingApostrophes: String {
    var result = self
    for (contraction, full) in [
      ("can't", "cannot"), ("won't", "will not"), ("n't", " not"), ("i'm", "i am"),
      ("i've", "i have"),
      ("i'll", "i will"), ("it's", "it is"),
    ] {
      result = result.split(separator: contraction, omittingEmptySubsequences: false).joined(
        separator: full)
    }
    return result
  }

  /// Without leading and trailing white space.
  var trimmingCharacters: String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}
