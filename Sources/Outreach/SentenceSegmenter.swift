/// Cuts an email's body into sentences in one pass: a sentence may run over several lines of a
/// paragraph, and abbreviations ("Dr.", "U.S.", "e.g.", "Ph.D."), initials and decimals do not
/// end one.
enum SentenceSegmenter {
  /// A sentence as it sits in the draft: its text on each line it covers.
  struct Piece: Sendable {
    var line: Int
    var text: String
    /// Whether the text is all ASCII (it was cut from an ASCII line).
    var isASCII = false
  }

  /// The sentences of the body parts of `lines`, as ranges of one array of pieces; a line
  /// without body text ends a paragraph.
  static func sentences(of lines: [EmailLayout.Line]) -> (
    pieces: [Piece], sentences: [Range<Int>]
  ) {
    var cutter = Cutter()
    // The bytes of an ASCII line, copied at once; the room is used again for the next line.
    var bytes: [UInt8] = []
    func start(_ index: Int) -> Character? {
      guard index < lines.count else { return nil }
      return firstNonWhitespace(lines[index].body, isASCII: lines[index].isASCII)
    }
    // Each line's first character is found once: as the next line's, then as its own.
    var next = start(0)
    for index in lines.indices {
      let lineStart = next
      next = start(index + 1)
      guard lineStart != nil else {
        cutter.endParagraph()
        continue
      }
      // The line's fields are read where they are, with no copy of the line (two substrings).
      let number = lines[index].number
      // A line of ASCII is read byte by byte: there, a byte is a character.
      if lines[index].isASCII {
        bytes.removeAll(keepingCapacity: true)
        let utf8 = lines[index].body.utf8
        if utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
          bytes.append(contentsOf: utf8)
        }
        cutter.cut(bytes, line: number, nextLineStart: next)
      } else {
        cutter.cut(Array(lines[index].body), line: number, nextLineStart: next)
      }
    }
    cutter.endParagraph()
    return (cutter.pieces, cutter.sentences)
  }

  /// The first character of `text` that is not white space.
  private static func firstNonWhitespace(_ text: Substring, isASCII: Bool) -> Character? {
    guard isASCII else { return text.first { !$0.isWhitespace } }
    return text.utf8.first { !ASCIIText.isWhitespace($0) }.map { Character(Unicode.Scalar($0)) }
  }

  private struct Cutter {
    /// Every sentence's pieces, one after another: no array per sentence.
    private(set) var pieces: [Piece] = []
    /// Where each sentence is in `pieces`.
    private(set) var sentences: [Range<Int>] = []
    /// Where the sentence being cut starts in `pieces`.
    private var sentenceStart = 0
    private var line = 0

    /// Cuts one line, its units from `start`; each piece is a run of units, kept as text once.
    mutating func cut<Unit: TextUnit>(_ units: [Unit], line: Int, nextLineStart: Character?) {
      var units = units
      if let marker = SentenceSegmenter.listMarkerLength(units) {
        // A lead-in ("Since then:") joins the first item instead of standing alone.
        if pieces.count == sentenceStart || pieces.last?.text.last != ":" { endSentence() }
        units.removeFirst(marker)
      }
      self.line = line
      var pieceStart = 0
      var index = 0
      while index < units.count {
        index = Unit.skippingNonTerminals(units, from: index)
        guard index < units.count else { break }
        let unit = units[index]
        index += 1
        guard unit.isTerminal else { continue }
        let runStart = index - 1
        while index < units.count, units[index].isTerminal || units[index].isCloser {
          index += 1
        }
        let nextWord = units[index...].firstIndex { !$0.isWhitespace }
        let after = nextWord.map { units[$0].character } ?? nextLineStart
        let touching = index < units.count && !units[index].isWhitespace
        if SentenceSegmenter.ends(
          units, runStart: runStart, touching: touching, after: after,
          next: nextWord == nil ? nil : index)
        {
          finishPiece(units[pieceStart..<index])
          endSentence()
          pieceStart = index
          self.line = line
        }
      }
      finishPiece(units[pieceStart...])
    }

    mutating func endParagraph() {
      endSentence()
    }

    private mutating func finishPiece<Unit: TextUnit>(_ units: ArraySlice<Unit>) {
      let text = Unit.trimmedText(units)
      if !text.isEmpty {
        pieces.append(Piece(line: line, text: text, isASCII: Unit.self == UInt8.self))
      }
    }

    private mutating func endSentence() {
      if Self.hasTwoLetters(pieces[sentenceStart...]) {
        sentences.append(sentenceStart..<pieces.count)
      } else {
        pieces.removeSubrange(sentenceStart...)
      }
      sentenceStart = pieces.count
    }

    /// Whether the pieces hold two letters or digits: a sentence, not a stray mark.
    private static func hasTwoLetters(_ pieces: ArraySlice<Piece>) -> Bool {
      var count = 0
      for piece in pieces {
        if piece.isASCII || ASCIIText.isASCII(piece.text) {
          // Byte by byte, with no lazy wrappers: this runs for every sentence.
          for byte in piece.text.utf8 where byte.isLetter || byte.isNumber {
            count += 1
            if count == 2 { return true }
          }
        } else {
          count += piece.text.lazy.filter { $0.isLetter || $0.isNumber }.prefix(2 - count).count
          if count == 2 { return true }
        }
      }
      return false
    }
  }

  static let terminals: Set<Character> = [".", "!", "?", "\u{2026}"]
  static let closers: Set<Character> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]"]

  /// Abbreviations that come before what they belong to ("Dr. Chen", "e.g. a sub-I") and so
  /// never end a sentence, lower-cased, without their last period.
  private static let titles: Set<String> = [
    "dr", "mr", "mrs", "ms", "prof", "st", "vs", "e.g", "i.e", "mt", "ft", "cf", "fig", "no",
    "sgt", "gen", "col", "lt", "capt", "approx", "dept", "univ",
  ]

  /// Abbreviations that can end a sentence ("... in the U.S. I saw"): they do when a line
  /// break or a word that starts sentences follows.
  private static let abbreviations: Set<String> = [
    "sr", "jr", "u.s", "u.k", "ph.d", "m.d", "d.o", "m.s", "b.s", "b.a", "m.p.h", "mph", "inc",
    "al", "a.m", "p.m",
  ]

  /// Words that start a sentence, and rarely follow an abbreviation inside one.
  private static let sentenceStarts: Set<String> = [
    "i", "my", "he", "she", "we", "they", "it", "this", "that", "these", "those", "there",
    "the", "his", "her", "our", "their", "your", "in", "during", "after", "before", "since",
    "then", "as", "at", "on", "while", "when", "thank", "thanks", "please", "what", "if", "a",
    "an", "one", "both", "all", "most", "each", "every", "later", "today", "now", "last", "next",
    "however", "also", "although", "because", "for", "dr", "mr", "mrs", "ms", "prof",
  ]

  /// Whether the run of terminal punctuation starting at `runStart` ends the sentence.
  ///
  /// - Parameter next: where the rest of the line starts, or nil when only white space follows
  ///   the run on its line.
  private static func ends<Unit: TextUnit>(
    _ characters: [Unit], runStart: Int, touching: Bool, after: Character?, next: Int?
  ) -> Bool {
    // A byte is compared as a byte: making a `Character` of it costs more than the test.
    if let byte = characters[runStart].asciiByte {
      if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { return true }
    } else if case let mark = characters[runStart].character, mark == "!" || mark == "?" {
      return true
    }
    // "3.8", "U.S.A": a period inside a word.
    if touching { return false }
    guard let after else { return true }
    // A character of one byte is ASCII, lower case only from "a" to "z": read from its one
    // UTF-8 byte, without `asciiValue`'s checks or the Unicode test.
    let utf8 = after.utf8
    if utf8.count == 1, let byte = utf8.first {
      if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) { return false }
    } else if let ascii = after.asciiValue {
      if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii) { return false }
    } else if after.isLowercase {
      return false
    }
    let range = wordRange(before: runStart, in: characters)
    // An ASCII word that is no listed abbreviation and no initial ends the sentence, as
    // below; told by its bytes, without making a string of it.
    if range.count != 1, let key = packed(characters[range]), !isListed(key) {
      return true
    }
    let word = Unit.text(characters[range]).lowercased()
    if word == "etc" { return true }
    if titles.contains(word) { return false }
    if abbreviations.contains(word) {
      // The next word is read only here: reading it at every period costs a scan per period.
      guard let next else { return true }
      return sentenceStarts.contains(wordAfter(characters, next).lowercased())
    }
    // An initial, "J. Rivera"; but "I." is the pronoun and "an A." a grade.
    if word.count == 1, let letter = word.first, letter.isLetter, word != "i" {
      return ["a", "an", "grade"].contains(wordBefore(characters, runStart - 2).lowercased())
    }
    return true
  }

  /// ``titles`` and ``abbreviations`` as ``packed(_:)`` gives them.
  /// In order, for a binary search: this runs at every period that may end a sentence, and
  /// hashing the key for a set costs more.
  private static let listed = titles.union(abbreviations).map { word in
    precondition(word.utf8.count <= 8 && ASCIIText.isASCII(word), "packed in 8 bytes")
    return word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
  }.sorted()

  /// Whether `key` is in ``listed``.
  private static func isListed(_ key: UInt64) -> Bool {
    let listed = Self.listed
    var (low, high) = (0, listed.count)
    while low < high {
      let middle = (low + high) / 2
      if listed[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < listed.count && listed[low] == key
  }

  /// An ASCII word's bytes lower-cased, packed in one number: 0 for a word longer than 8
  /// bytes, which is no listed abbreviation; nil for units that are not bytes.
  private static func packed<Unit: TextUnit>(_ units: ArraySlice<Unit>) -> UInt64? {
    var key: UInt64 = 0
    for unit in units {
      guard let byte = unit.asciiByte else { return nil }
      key = key << 8 | UInt64(ASCIIText.lowered(byte))
    }
    return units.count > 8 ? 0 : key
  }

  /// The word before position `end`, inner periods kept ("ph.d" before the last period).
  private static func wordBefore<Unit: TextUnit>(_ characters: [Unit], _ end: Int) -> String {
    Unit.text(characters[wordRange(before: end, in: characters)])
  }

  /// Where the word before position `end` is, inner periods kept; empty when there is none.
  private static func wordRange<Unit: TextUnit>(before end: Int, in characters: [Unit])
    -> Range<Int>
  {
    var end = end
    while end > 0, end <= characters.count, characters[end - 1].isSpace { end -= 1 }
    guard end > 0, end <= characters.count else { return 0..<0 }
    var start = end
    while start > 0, characters[start - 1].isLetter || characters[start - 1].isPeriod {
      start -= 1
    }
    return start..<end
  }

  /// The word that starts at or after `start`, without punctuation.
  private static func wordAfter<Unit: TextUnit>(_ characters: [Unit], _ start: Int) -> String {
    var index = start
    while index < characters.count, !characters[index].isLetter { index += 1 }
    var end = index
    while end < characters.count, characters[end].isLetter { end += 1 }
    return Unit.text(characters[index..<end])
  }

  /// A bullet that starts a list item: "-", "*", "•", "·". A switch, not an array: this runs
  /// for every line.
  private static func isBullet<Unit: TextUnit>(_ unit: Unit) -> Bool {
    if let byte = unit.asciiByte { return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") }
    switch unit.character {
    case "-", "*", "\u{2022}", "\u{00B7}": return true
    default: return false
    }
  }

  /// "- ", "• ", "1. ", "2) " at the start of a line: a list item, which starts a sentence.
  static func listMarkerLength<Unit: TextUnit>(_ characters: [Unit]) -> Int? {
    var index = 0
    while index < characters.count, characters[index].isWhitespace { index += 1 }
    let start = index
    if index < characters.count, isBullet(characters[index]) {
      index += 1
    } else {
      while index < characters.count, characters[index].isNumber, index - start < 2 { index += 1 }
      guard index > start, index < characters.count,
        characters[index].isPeriod || characters[index].character == ")"
      else { return nil }
      index += 1
    }
    guard index < characters.count, characters[index].isWhitespace else { return nil }
    return index + 1
  }
}
