/// Cuts an email's body into sentences in one pass: a sentence may run over several lines of a
/// paragraph, and abbreviations ("Dr.", "U.S.", "e.g.", "Ph.D."), initials and decimals do not
/// end one.
enum SentenceSegmenter {
  /// A sentence as it sits in the draft: its text on each line it covers.
  struct Piece: Sendable {
    var line: Int
    var text: String
  }

  /// The sentences of the body parts of `lines`; a line without body text ends a paragraph.
  static func sentences(of lines: [EmailLayout.Line]) -> [[Piece]] {
    var cutter = Cutter()
    for (index, line) in lines.enumerated() {
      guard !line.body.allSatisfy(\.isWhitespace) else {
        cutter.endParagraph()
        continue
      }
      let next = lines.dropFirst(index + 1).first.flatMap { $0.body.first { !$0.isWhitespace } }
      cutter.cut(line.body, line: line.number, nextLineStart: next)
    }
    cutter.endParagraph()
    return cutter.sentences
  }

  private struct Cutter {
    var sentences: [[Piece]] = []
    private var pieces: [Piece] = []
    private var current = ""
    private var line = 0

    mutating func cut(_ text: Substring, line: Int, nextLineStart: Character?) {
      var characters = Array(text)
      if let marker = SentenceSegmenter.listMarkerLength(characters) {
        // A lead-in ("Since then:") joins the first item instead of standing alone.
        if current.trimmingCharacters.last != ":" && pieces.last?.text.last != ":" {
          endSentence()
        }
        characters.removeFirst(marker)
      }
      startPiece(line: line)
      var index = 0
      while index < characters.count {
        let character = characters[index]
        current.append(character)
        index += 1
        guard SentenceSegmenter.terminals.contains(character) else { continue }
        let runStart = index - 1
        while index < characters.count,
          SentenceSegmenter.terminals.contains(characters[index])
            || SentenceSegmenter.closers.contains(characters[index])
        {
          current.append(characters[index])
          index += 1
        }
        let rest = characters[index...]
        let after = rest.first { !$0.isWhitespace } ?? nextLineStart
        let touching = index < characters.count && !characters[index].isWhitespace
        let next: Next =
          rest.allSatisfy(\.isWhitespace)
          ? .lineBreak : .word(SentenceSegmenter.wordAfter(characters, index))
        if SentenceSegmenter.ends(
          characters, runStart: runStart, touching: touching, after: after, next: next)
        {
          endSentence()
          startPiece(line: line)
        }
      }
      finishPiece()
    }

    mutating func endParagraph() {
      endSentence()
    }

    private mutating func startPiece(line: Int) {
      finishPiece()
      self.line = line
    }

    private mutating func finishPiece() {
      let text = current.trimmingCharacters
      if !text.isEmpty { pieces.append(Piece(line: line, text: text)) }
      current = ""
    }

    private mutating func endSentence() {
      finishPiece()
      let letters = pieces.lazy.flatMap(\.text).filter { $0.isLetter || $0.isNumber }.prefix(2)
      if letters.count == 2 { sentences.append(pieces) }
      pieces = []
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

  /// What follows a run of terminal punctuation on its line.
  private enum Next {
    case lineBreak
    case word(String)
  }

  /// Whether the run of terminal punctuation starting at `runStart` ends the sentence.
  private static func ends(
    _ characters: [Character], runStart: Int, touching: Bool, after: Character?, next: Next
  ) -> Bool {
    let mark = characters[runStart]
    if mark == "!" || mark == "?" { return true }
    // "3.8", "U.S.A": a period inside a word.
    if touching { return false }
    guard let after else { return true }
    if after.isLowercase { return false }
    let word = wordBefore(characters, runStart).lowercased()
    if word == "etc" { return true }
    if titles.contains(word) { return false }
    if abbreviations.contains(word) {
      switch next {
      case .lineBreak: return true
      case .word(let next): return sentenceStarts.contains(next.lowercased())
      }
    }
    // An initial, "J. Rivera"; but "I." is the pronoun and "an A." a grade.
    if word.count == 1, let letter = word.first, letter.isLetter, word != "i" {
      return ["a", "an", "grade"].contains(wordBefore(characters, runStart - 2).lowercased())
    }
    return true
  }

  /// The word before position `end`, inner periods kept ("ph.d" before the last period).
  private static func wordBefore(_ characters: [Character], _ end: Int) -> String {
    var end = end
    while end > 0, end <= characters.count, characters[end - 1] == " " { end -= 1 }
    guard end > 0, end <= characters.count else { return "" }
    var start = end
    while start > 0, characters[start - 1].isLetter || characters[start - 1] == "." {
      start -= 1
    }
    return String(characters[start..<end])
  }

  /// The word that starts at or after `start`, without punctuation.
  private static func wordAfter(_ characters: [Character], _ start: Int) -> String {
    var index = start
    while index < characters.count, !characters[index].isLetter { index += 1 }
    var end = index
    while end < characters.count, characters[end].isLetter { end += 1 }
    return String(characters[index..<end])
  }

  /// "- ", "• ", "1. ", "2) " at the start of a line: a list item, which starts a sentence.
  static func listMarkerLength(_ characters: [Character]) -> Int? {
    var index = 0
    while index < characters.count, characters[index].isWhitespace { index += 1 }
    let start = index
    if index < characters.count, ["-", "*", "\u{2022}", "\u{00B7}"].contains(characters[index]) {
      index += 1
    } else {
      while index < characters.count, characters[index].isNumber, index - start < 2 { index += 1 }
      guard index > start, index < characters.count,
        characters[index] == "." || characters[index] == ")"
      else { return nil }
      index += 1
    }
    guard index < characters.count, characters[index].isWhitespace else { return nil }
    return index + 1
  }
}
