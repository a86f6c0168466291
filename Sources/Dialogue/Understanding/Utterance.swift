/// One line the user typed, tokenised for understanding.
///
/// Words are lower-cased with accents and typographic quotes folded, but keep their original
/// form (so "IM" the specialty stays distinguishable from "im"). Contractions are expanded
/// ("haven't" → "have not", "I'm" → "i am"), possessive 's is dropped, and punctuation that
/// separates clauses is kept as tokens.
struct Utterance: Sendable {
  struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
      case word
      case number
      /// `,` `;` `.` `!` `?` `:` `(` `)` and dashes between words.
      case punctuation
    }

    var text: String
    /// As typed (before lower-casing), for case-sensitive cues.
    var original: String
    var kind: Kind
    /// Where the token was typed: UTF-8 offsets into the line as the user typed it, before
    /// typo repair (the words of an expanded contraction share their word's span).
    var span: Range<Int> = 0..<0

    var isWord: Bool { kind == .word }
    var number: Int? { kind == .number ? Int(text) : nil }
    var isAllCaps: Bool {
      original.count > 1 && original.allSatisfy { $0.isUppercase || $0.isNumber }
    }
  }

  let original: String
  let tokens: [Token]
  /// The words and numbers only, lower-cased.
  let words: [String]
  /// The clauses, as ranges of ``tokens``: cut at punctuation (but ":") and linking words
  /// ("passed, but barely"), by one rule for every reader. Worked out when asked for: most
  /// utterances made (a clause's own, a line without some phrases) never need theirs.
  var clauses: [Range<Int>] { tokens.clauseRanges }
  /// The clause that holds token `index`, if any.
  func clause(holding index: Int) -> Range<Int>? { clauses.first { $0.contains(index) } }
  /// Every run of up to ``WordRuns/longestRun`` words, hashed, so a phrase check is one lookup
  /// (the extractors make hundreds per line).
  private let runs: WordRuns
  /// The indices in ``words`` at which a sentence starts after another: no phrase spans one.
  let sentenceStarts: [Int]

  /// - Parameter repairs: the typos ``TypoRepair`` mended to make `line`, so that spans point
  ///   into the line as typed.
  init(_ line: String, repairs: [TypoRepair.Repair] = []) {
    self.init(tokens: Self.unshouted(Self.tokenize(line, repairs: repairs)), original: line)
  }

  /// A line typed all in capitals ("SHOULD I EMAIL OR HAVE MY ATTENDING DO IT") says nothing by
  /// its capitals: its words are read as if typed in lower case, so "DO" or "IS" there is no
  /// degree and no shouted name.
  private static func unshouted(_ tokens: [Token]) -> [Token] {
    let words = tokens.filter { $0.kind == .word }
    guard words.count >= 4, words.count(where: \.isAllCaps) >= 3,
      !words.contains(where: { $0.original.contains(where: \.isLowercase) })
    else { return tokens }
    return tokens.map { token in
      var token = token
      if token.kind == .word { token.original = token.text }
      return token
    }
  }

  /// The tokens in `range` as an utterance of their own (a clause of the line, for its
  /// phrases): nothing is tokenised again.
  func part(_ range: Range<Int>) -> Utterance {
    Utterance(tokens: Array(tokens[range]), original: "")
  }

  /// An utterance of tokens already made (a part of a line): nothing is tokenised again.
  init(tokens: [Token], original: String) {
    self.original = original
    self.tokens = tokens
    words = tokens.filter { $0.kind != .punctuation }.map(\.text)
    // A phrase never runs across a sentence's end: "... would call. the pd" holds no "call the
    // pd".
    // A full stop after a word of one or two letters is an abbreviation's ("D.O.", "Dr.").
    var ends: [Int] = []
    var count = 0
    var last = ""
    for token in tokens {
      if token.kind != .punctuation {
        count += 1
        last = token.text
      } else if token.endsSentence, count > 0, token.text != "." || last.count > 2 {
        ends.append(count)
      }
    }
    sentenceStarts = ends
    runs = WordRuns(words, breaks: ends)
  }

  /// Whether the words contain `phrase` (space-separated words) as a whole-word run.
  func contains(_ phrase: String) -> Bool {
    contains(phrase, key: WordRuns.Key(phrase))
  }

  /// Whether any of the phrases occurs.
  func containsAny(_ phrases: Phrases) -> Bool {
    firstIndex(of: phrases) != nil
  }

  /// Whether a clause holds one of `phrases` with no negation or wish in the four words before
  /// it: said, not denied ("i didnt get really good feedback", "no observerships") nor wished
  /// for ("wish i had great feedback"); a negation after it says something else ("... which i
  /// didnt expect").
  func affirms(_ phrases: Phrases) -> Bool {
    guard containsAny(phrases) else { return false }
    return clauses.contains { clause in
      let tokens = Array(self.tokens[clause])
      guard let start = tokens.firstStart(of: phrases) else { return false }
      return !tokens[max(0, start - 4)..<start].contains {
        Lexicon.negations.contains($0.text) || Lexicon.wishes.contains($0.text)
      }
    }
  }

  /// Where the first of `phrases` that occurs stands in the list.
  func firstIndex(of phrases: Phrases) -> Int? {
    phrases.indices.first { contains(phraseAt: $0, of: phrases) }
  }

  /// The phrases that occur, in the list's order.
  func found(_ phrases: Phrases) -> [String] {
    phrases.indices.filter { contains(phraseAt: $0, of: phrases) }.map { phrases[$0] }
  }

  /// Whether the phrase at `index` of `phrases` occurs.
  func contains(phraseAt index: Int, of phrases: Phrases) -> Bool {
    contains(phrases.texts[index], key: phrases.keys[index])
  }

  private func contains(_ phrase: String, key: WordRuns.Key) -> Bool {
    switch runs.lookUp(key, phrase: phrase, in: words) {
    case .absent: false
    case .present: true
    // A phrase longer than the runs kept, or a hash shared by two runs: search the text.
    case .unsure: plainText.contains(" \(phrase) ")
    }
  }

  /// The words between spaces, a "|" between sentences, for a phrase search by text.
  var plainText: String {
    let starts = startsSentence
    return " "
      + words.indices.map { starts[$0] ? "| " + words[$0] : words[$0] }
      .joined(separator: " ") + " "
  }

  /// For each word, whether a sentence starts with it after another: one pass over
  /// ``sentenceStarts``, so a long line's checks stay linear.
  private var startsSentence: [Bool] {
    var starts = Array(repeating: false, count: words.count)
    // (A mark that ends the line starts no sentence.)
    for start in sentenceStarts where start < words.count { starts[start] = true }
    return starts
  }

  /// The line with every occurrence of `phrases` taken out, its marks kept.
  func removing(_ phrases: Phrases) -> Utterance {
    let found = found(phrases).map { $0.split(separator: " ").map(String.init) }
    guard !found.isEmpty else { return self }
    // Where each word stands among the tokens: the marks stay, so what is left keeps its
    // sentences ("nobody said they would call. the pd liked me" leaves no "call the pd").
    let wordPositions = tokens.indices.filter { tokens[$0].kind != .punctuation }
    var kept = Array(repeating: true, count: tokens.count)
    let starts = startsSentence
    for phrase in found {
      for start in words.indices where words[start...].starts(with: phrase) {
        let end = start + phrase.count
        guard !(start + 1..<end).contains(where: { starts[$0] }) else { continue }
        for index in start..<end { kept[wordPositions[index]] = false }
      }
    }
    return Utterance(
      tokens: tokens.indices.filter { kept[$0] }.map { tokens[$0] }, original: original)
  }

  var isEmpty: Bool { tokens.isEmpty }

  /// The sentences, each with whether it ends in a question mark.
  var sentences: [(tokens: [Token], isQuestion: Bool)] {
    tokens.ranges { $0.kind == .punctuation && [".", "!", "?"].contains($0.text) }.map { range in
      (Array(tokens[range]), tokens.word(at: range.upperBound) == "?")
    }
  }

  // MARK: - Tokenising

  private static func tokenize(_ line: String, repairs: [TypoRepair.Repair]) -> [Token] {
    var tokens: [Token] = []
    // The word being read, lower-cased and as typed, as UTF-8: appending to a `String` scalar
    // by scalar (and lower-casing each) cost a long line a third of its understanding.
    var word: [UInt8] = []
    var original: [UInt8] = []
    var wordStart = 0
    var offset = 0  // of the scalar being read, in the line as given
    func typed(_ offset: Int) -> Int { TypoRepair.typedOffset(offset, repairs: repairs) }
    func flush() {
      guard !word.isEmpty else { return }
      let span = typed(wordStart)..<typed(offset)
      let text = String(decoding: word, as: UTF8.self)
      for var token in expand(word: text, original: String(decoding: original, as: UTF8.self)) {
        token.span = span
        tokens.append(token)
      }
      word.removeAll(keepingCapacity: true)
      original.removeAll(keepingCapacity: true)
    }
    func wordEndsInNumber() -> Bool {
      String(decoding: word, as: UTF8.self).last?.isNumber == true
    }
    let scalars = Array(line.unicodeScalars.prefix(4096))
    var skippingTotal = false
    for (index, scalar) in scalars.enumerated() {
      defer { offset += UTF8.width(scalar) }
      if word.isEmpty { wordStart = offset }
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      let digitNext = next.map(isDigit) == true
      // "233/300": the number after the slash is the scale, not a second score.
      if skippingTotal, isDigit(scalar) { continue }
      skippingTotal = false
      if scalar == "/", digitNext, wordEndsInNumber() {
        flush()
        skippingTotal = true
        continue
      }
      // A letter or digit of ASCII, the commonest case, without building a string for it.
      if let byte = UInt8(exactly: scalar.value), isLetterOrDigit(byte) {
        word.append(isUpper(byte) ? byte + 0x20 : byte)
        original.append(byte)
        continue
      }
      // Besides letters and digits, a word keeps an apostrophe inside it ("haven't"), a decimal
      // point ("2.5"), and a minus sign in front of a number ("-238", so no score is read).
      let isApostrophe = scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}"
      let kept: String? =
        if let folded = fold(scalar) {
          folded
        } else if isApostrophe, !word.isEmpty, let next, fold(next) != nil {
          "'"
        } else if scalar == ".", digitNext, wordEndsInNumber() {
          "."
        } else if scalar == "-", word.isEmpty, digitNext,
          index == 0 || scalars[index - 1].properties.isWhitespace
        {
          "-"
        } else {
          nil
        }
      if let kept {
        word += kept.lowercased().utf8
        original += kept.utf8
        continue
      }
      flush()
      let span = typed(offset)..<typed(offset + UTF8.width(scalar))
      switch scalar {
      case ",", ";", ".", "!", "?", ":", "(", ")":
        let mark = String(scalar)
        tokens.append(Token(text: mark, original: mark, kind: .punctuation, span: span))
      case "-" where index > 0 && fold(scalars[index - 1]) != nil && next.flatMap(fold) != nil:
        continue  // a hyphen inside a compound ("us-img", "ob-gyn") is only a word boundary
      case "\u{2013}", "\u{2014}", "\u{2192}", "-":
        tokens.append(Token(text: "-", original: "-", kind: .punctuation, span: span))
      default: continue
      }
    }
    flush()
    return spelledScores(tokens)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
  private static func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    isUpper(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
  }

  /// "two hundred twenty one" as one number token (221): only runs with "hundred" in them, so
  /// "two attempts" stays words.
  private static func spelledScores(_ tokens: [Token]) -> [Token] {
    guard tokens.contains(where: { $0.text == "hundred" }) else { return tokens }
    var result: [Token] = []
    var index = 0
    while index < tokens.count {
      guard let hundreds = spelledDigits[tokens[index].text], hundreds > 0,
        tokens.word(at: index + 1) == "hundred"
      else {
        result.append(tokens[index])
        index += 1
        continue
      }
      var value = hundreds * 100
      var end = index + 2
      if tokens.word(at: end) == "and" { end += 1 }
      if let tens = spelledTens[tokens.word(at: end) ?? ""] {
        value += tens
        end += 1
        if let ones = spelledDigits[tokens.word(at: end) ?? ""], ones > 0 {
          value += ones
          end += 1
        }
      } else if let small = spelledDigits[tokens.word(at: end) ?? ""] {
        value += small
        end += 1
      }
      if tokens[end - 1].text == "and" { end -= 1 }
      let span = tokens[index].span.lowerBound..<tokens[end - 1].span.upperBound
      let typed = tokens[index..<end].map(\.original).joined(separator: " ")
      result.append(Token(text: String(value), original: typed, kind: .number, span: span))
      index = end
    }
    return result
  }

  private static func fold(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9": return String(scalar)
    default: if scalar.isASCII { return nil }
    }
    let properties = scalar.properties
    if properties.generalCategory == .nonspacingMark { return "" }
    if properties.numericType == .decimal, let value = properties.numericValue {
      return String(Int(value))
    }
    if let name = properties.name, name.contains("LATIN") {
      let words = name.split(separator: " ")
      if let letter = words.firstIndex(of: "LETTER"), letter + 1 < words.count,
        words[letter + 1].count == 1
      {
        let base = words[letter + 1]
        return name.contains("SMALL") ? base.lowercased() : String(base)
      }
    }
    return properties.isAlphabetic ? String(scalar) : nil
  }

  /// Splits a word into tokens: numbers and ordinals, contractions expanded.
  private static func expand(word: String, original: String) -> [Token] {
    // By byte: the apostrophe kept in a word is always ASCII, so its index is a character's.
    if let apostrophe = word.utf8.firstIndex(of: UInt8(ascii: "'")) {
      let stem = String(word[..<apostrophe])
      let suffix = String(word[word.index(after: apostrophe)...])
      let stemOriginal = String(original.prefix(stem.count))
      switch suffix {
      case "t" where stem.hasSuffix("n"):
        return words(
          stem == "can" ? "can" : stem == "won" ? "will" : String(stem.dropLast()), "not")
      case "s" where !["it", "that", "what", "there", "here", "he", "she"].contains(stem):
        return classify(stem, original: stemOriginal)  // a possessive: "the program's"
      default:
        guard let full = contractedWords[suffix] else {
          return classify(stem, original: stemOriginal)
        }
        return words(stem, full, typed: stemOriginal)
      }
    }
    return classify(word, original: original)
  }

  /// The two words a contraction stands for ("dont" → "do not"); `typed`: the first as typed.
  private static func words(_ first: String, _ second: String, typed: String? = nil) -> [Token] {
    [
      Token(text: first, original: typed ?? first, kind: .word),
      Token(text: second, original: second, kind: .word),
    ]
  }

  private static func classify(_ word: String, original: String) -> [Token] {
    if let base = bareIsContractions[word] { return words(base, "is") }
    if let base = bareContractions[word] { return words(base, "not") }
    if let base = bareWouldContractions[word] { return words(base, "would") }
    // The shorthand is a few letters long: a longer word needs no lookup.
    if word.utf8.count <= 4, let full = shorthand[word] {
      return [Token(text: full, original: original, kind: .word)]
    }

    let isASCII = word.utf8.allSatisfy { $0 < 0x80 }
    let isNumber =
      isASCII
      ? word.utf8.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }
      : word.allSatisfy { $0.isNumber || $0 == "." }
    if isNumber {
      return [Token(text: word, original: original, kind: .number)]
    }
    // Only a word that starts with a digit can be "231ish" or an ordinal (their digits are
    // read by `Int`, which takes ASCII digits only).
    let startsWithDigit = word.utf8.first.map { (0x30...0x39).contains($0) } == true
    guard !isASCII || startsWithDigit else {
      return [Token(text: word, original: original, kind: .word)]
    }
    // "231ish": about 231.
    if startsWithDigit, word.hasSuffix("ish"),
      word.dropLast(3).allSatisfy(\.isNumber)
    {
      return [Token(text: String(word.dropLast(3)), original: original, kind: .number)]
    }
    // "2nd", "1st", "3rd": ordinals as words.
    for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
      let digits = word.dropLast(2)
      if !digits.isEmpty, digits.allSatisfy(\.isNumber), let number = Int(digits) {
        return [Token(text: Self.ordinalWords[number] ?? word, original: original, kind: .word)]
      }
    }
    return [Token(text: word, original: original, kind: .word)]
  }
}

extension [Utterance.Token] {
  /// The clauses: the runs between punctuation (but ":") and linking words.
  var clauseRanges: [Range<Int>] {
    ranges { token in
      (token.kind == .punctuation && token.text != ":")
        || (token.kind == .word && Utterance.linkingWords.contains(token.text))
    }
  }

  /// The runs of tokens between those that `separates`, empty runs left out.
  func ranges(separatedBy separates: (Utterance.Token) -> Bool) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for (index, token) in enumerated() where separates(token) {
      if start < index { ranges.append(start..<index) }
      start = index + 1
    }
    if start < count { ranges.append(start..<count) }
    return ranges
  }

  /// Whether the words of `phrase` stand in a row from `index`.
  func has(_ phrase: [String], at index: Int) -> Bool {
    guard index >= 0, index + phrase.count <= count else { return false }
    // By index: a slice per call (a retain and a release) cost more than the comparisons.
    for offset in phrase.indices where self[index + offset].text != phrase[offset] { return false }
    return true
  }

  /// The text of the token at `index`; nil outside the tokens.
  func word(at index: Int) -> String? {
    indices.contains(index) ? self[index].text : nil
  }
}

extension [String] {
  /// Phrase templates with `word` in place of their `%`.
  func filled(with word: String) -> [String] {
    // Byte by byte (the templates are ASCII, where each byte is a character): string
    // processing's `replacing` cost a long line's turn a million instructions here.
    map { template in
      guard template.utf8.allSatisfy({ $0 < 0x80 }) else {
        return template.replacing("%", with: word)
      }
      var bytes: [UInt8] = []
      for byte in template.utf8 {
        if byte == UInt8(ascii: "%") { bytes += word.utf8 } else { bytes.append(byte) }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
  }
}

extension Utterance.Token {
  /// A mark that ends a sentence: ".", "!", "?" or ";".
  var endsSentence: Bool { Utterance.sentenceMarks.contains(text) }
}
