/// Turns text into search terms: normalised words, domain synonyms as canonical terms, stop
/// words dropped, the rest stemmed with Porter2.
///
/// The same analysis runs over the entries and over queries; only queries get typo correction
/// (see ``TypoCorrector``).
struct Analyzer: Sendable {
  private let stemmer = Porter2Stemmer()

  /// The terms of `text`.
  func terms(_ text: String) -> [String] {
    terms(words: TextNormalizer.words(text))
  }

  /// The terms of already-normalised words.
  func terms(words: [String]) -> [String] {
    var cache: [String: String] = [:]
    return terms(words: words, stems: &cache)
  }

  /// The terms of already-normalised words, stemming through `stems` (a cache kept across many
  /// texts while an index is built: the entries repeat their words).
  func terms(words: [String], stems: inout [String: String]) -> [String] {
    var terms: [String] = []
    terms.reserveCapacity(words.count)
    var index = 0
    while index < words.count {
      if let rule = Synonyms.match(words, at: index) {
        terms += rule.terms
        index += rule.words.count
        continue
      }
      let word = words[index]
      index += 1
      guard !StopWords.contains(word) else { continue }
      if let known = stems[word] {
        terms.append(known)
      } else {
        let stemmed = stem(word)
        stems[word] = stemmed
        terms.append(stemmed)
      }
    }
    return terms
  }

  /// The stem of one word; words holding digits are kept as they are.
  func stem(_ word: String) -> String {
    guard word.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
      return word
    }
    return stemmer.stem(word)
  }
}
