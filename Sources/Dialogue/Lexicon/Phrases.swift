/// A list of phrases (words joined by single spaces) whose hashes are made once, when the list
/// is, so that checking a line for any of them reads no text unless one may be there.
///
/// The readers check hundreds of phrases on every line; hashing each phrase's bytes again on
/// every line was a fifth of a turn.
struct Phrases: Sendable, RandomAccessCollection, ExpressibleByArrayLiteral {
  let texts: [String]
  let keys: [WordRuns.Key]
  /// Each phrase's words, split once, for finding where a phrase stands in a line's tokens.
  let words: [[String]]

  init(_ texts: some Sequence<String>) {
    self.texts = Array(texts)
    keys = self.texts.map(WordRuns.Key.init)
    words = self.texts.map { $0.split(separator: " ").map(String.init) }
  }

  init(arrayLiteral phrases: String...) {
    self.init(phrases)
  }

  var startIndex: Int { texts.startIndex }
  var endIndex: Int { texts.endIndex }
  subscript(position: Int) -> String { texts[position] }

  static func + (first: Phrases, second: Phrases) -> Phrases {
    Phrases(
      texts: first.texts + second.texts, keys: first.keys + second.keys,
      words: first.words + second.words)
  }

  private init(texts: [String], keys: [WordRuns.Key], words: [[String]]) {
    self.texts = texts
    self.keys = keys
    self.words = words
  }
}

extension [Utterance.Token] {
  /// Where the first of `phrases` to occur in these tokens starts, if any does.
  func firstStart(of phrases: Phrases) -> Int? {
    indices.first { index in phrases.words.contains { has($0, at: index) } }
  }
}
