/// A list of phrases (words joined by single spaces) whose hashes are made once, when the list
/// is, so that checking a line for any of them reads no text unless one may be there.
///
/// The readers check hundreds of phrases on every line; hashing each phrase's bytes again on
/// every line was a fifth of a turn.
struct Phrases: Sendable, RandomAccessCollection, ExpressibleByArrayLiteral {
  let texts: [String]
  let keys: [WordRuns.Key]

  init(_ texts: some Sequence<String>) {
    self.texts = Array(texts)
    keys = self.texts.map(WordRuns.Key.init)
  }

  init(arrayLiteral phrases: String...) {
    self.init(phrases)
  }

  var startIndex: Int { texts.startIndex }
  var endIndex: Int { texts.endIndex }
  subscript(position: Int) -> String { texts[position] }

  static func + (first: Phrases, second: Phrases) -> Phrases {
    Phrases(texts: first.texts + second.texts, keys: first.keys + second.keys)
  }

  private init(texts: [String], keys: [WordRuns.Key]) {
    self.texts = texts
    self.keys = keys
  }
}
