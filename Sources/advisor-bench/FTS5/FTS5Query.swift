/// Turns a question into an FTS5 match expression: an OR of its quoted words.
///
/// The words are split the way FTS5's `unicode61` tokenizer splits them (runs of letters and
/// digits, lowercased) and each is quoted, so that FTS5 reads it as a term (stemmed by the
/// table's Porter tokenizer), never as query syntax. An OR lets any word match, as the advisor's
/// search does; BM25 then ranks the entries.
enum FTS5Query {
  /// Which words to leave out of the expression.
  enum StopList: Sendable {
    /// None: FTS5's own behaviour, and on the evaluation set its most precise.
    case none
    /// The Snowball English stop words and single letters: fewer, rarer terms, so faster
    /// queries, at some cost in precision here (the entries' example questions share the
    /// users' function words).
    case english
  }

  /// The match expression for `question`, or nil when no word is left to search for.
  static func expression(for question: String, dropping stopList: StopList) -> String? {
    var seen: Set<String> = []
    let terms = words(question).filter { word in
      switch stopList {
      case .none: break
      case .english:
        guard !FTS5StopWords.contains(word), word.count > 1 || word.first?.isNumber == true
        else { return false }
      }
      return seen.insert(word).inserted
    }
    guard !terms.isEmpty else { return nil }
    return terms.map { "\"\($0)\"" }.joined(separator: " OR ")
  }

  /// The runs of letters and digits in `text`, lowercased.
  static func words(_ text: String) -> [String] {
    text.lowercased()
      .split { !($0.isLetter || $0.isNumber) }
      .map(String.init)
  }
}
