/// The searchable knowledge base: the entries and their BM25F index.
package struct KnowledgeBase: Sendable {
  /// Every entry, built-in first, in file-name order.
  package let entries: EntryList
  let index: SearchIndex
  private let analyzer = Analyzer()
  /// Each entry's title and example questions as documents of their own.
  let questionIndex: SearchIndex
  /// For each document of ``questionIndex``, the entry it belongs to.
  let questionOwners: PackedNumbers
  let corrector: TypoCorrector

  /// Indexes `entries`. Ids must be unique (the linter guarantees it for loaded files).
  package init(entries: [KnowledgeEntry], parameters: SearchParameters = .standard) {
    let analyzer = Analyzer()
    var stems: [String: String] = [:]
    func terms(_ text: String) -> [String] {
      analyzer.terms(words: TextNormalizer.words(text), stems: &stems)
    }
    let usePairs = parameters.pairWeight > 0
    func fieldTerms(_ texts: [String]) -> [String] {
      texts.flatMap { usePairs ? Self.withPairs(terms($0)) : terms($0) }
    }
    let index = SearchIndex(
      parameters: parameters,
      documents: entries.map { entry in
        [
          fieldTerms([entry.title]), fieldTerms(entry.questions), fieldTerms(entry.tags),
          fieldTerms([entry.text]),
        ]
      }
    )
    var owners: [Int] = []
    var questionDocuments: [[[String]]] = []
    for (position, entry) in entries.enumerated() {
      for text in [entry.title] + entry.questions {
        owners.append(position)
        questionDocuments.append([terms(text), [], [], []])
      }
    }
    let questionIndex = SearchIndex(
      parameters: Self.questionParameters(parameters), documents: questionDocuments)
    self.init(
      entries: EntryList(entries), index: index, questionIndex: questionIndex,
      questionOwners: PackedNumbers(owners),
      wordCounts: { TypoCorrector.wordCounts(entries.flatMap(Self.words(of:))) })
  }

  /// A knowledge base from parts already built (by the initializer above, or read back from a
  /// ``KnowledgePack``).
  init(
    entries: EntryList, index: SearchIndex, questionIndex: SearchIndex,
    questionOwners: PackedNumbers,
    wordCounts: @escaping @Sendable () -> [TypoCorrector.WordCount]
  ) {
    self.entries = entries
    self.index = index
    self.questionIndex = questionIndex
    self.questionOwners = questionOwners
    corrector = TypoCorrector(source: wordCounts)
  }

  /// The single-question index ranks by matching words alone, with the same saturation.
  static func questionParameters(_ parameters: SearchParameters) -> SearchParameters {
    SearchParameters(weights: SIMD4(1, 0, 0, 0), k1: parameters.k1, b: parameters.b, pairWeight: 0)
  }

  /// Every word of an entry, repeats included: what typo correction corrects towards.
  static func words(of entry: KnowledgeEntry) -> [String] {
    TextNormalizer.words(
      [
        entry.title, entry.questions.joined(separator: " "), entry.tags.joined(separator: " "),
        entry.text,
      ]
      .joined(separator: " "))
  }

  /// The entry with `id`.
  package func entry(id: String) -> KnowledgeEntry? {
    entries.position(of: id).map { entries[$0] }
  }

  /// Searches for `query`; the best hit is the answer only when `policy` accepts it.
  ///
  /// - Parameter limit: how many hits to return in all (answer plus related).
  package func search(
    _ query: String, limit: Int = 5, policy: ConfidencePolicy = .standard
  ) -> SearchResponse {
    let (terms, corrections) = queryTerms(query)
    let unique = Set(terms)
    // Summed in the index's own term order: a set's order changes from run to run, and so
    // would the last bit of every coverage (a pack and its index then disagreed).
    let totalIDF = unique.sorted().reduce(0) { $0 + index.inverseDocumentFrequency($1) }
    let searched = index.parameters.pairWeight > 0 ? Set(Self.withPairs(terms)) : unique
    var scored = index.score(searched, coverageTerms: unique)
    let questionWeight = index.parameters.questionWeight
    if questionWeight > 0 {
      var best = [Double](repeating: 0, count: entries.count)
      for result in questionIndex.score(unique, coverageTerms: []) {
        guard let owner = questionOwners[result.document], owner < best.count else { continue }
        best[owner] = max(best[owner], result.score)
      }
      scored = scored.map {
        ($0.document, $0.score + questionWeight * best[$0.document], $0.matchedIDF)
      }
    }
    let ranked = top(scored, count: max(limit, 1))
    func hit(_ result: SearchIndex.Result) -> SearchHit {
      SearchHit(
        entry: entries[result.document], score: result.score,
        coverage: totalIDF > 0 ? result.matchedIDF / totalIDF : 0,
        normalizedScore: totalIDF > 0 ? result.score / totalIDF : 0)
    }
    guard let first = ranked.first else {
      return SearchResponse(query: query, answer: nil, related: [], corrections: corrections)
    }
    let best = hit(first)
    let answer = policy.accepts(best) ? best : nil
    // Entries are decoded for the hits returned alone (a pack decodes each one it is asked for).
    let related = ranked.indices.dropFirst(answer == nil ? 0 : 1)
      .filter { ranked[$0].score >= best.score * 0.25 }
      .map { $0 == 0 ? best : hit(ranked[$0]) }
    return SearchResponse(query: query, answer: answer, related: related, corrections: corrections)
  }

  /// The `count` best results, best first: by score, then by id. What sorting them all would
  /// give, without sorting them all or reading every entry's id (a pack reads ids in place).
  func top(_ scored: [SearchIndex.Result], count: Int) -> [SearchIndex.Result] {
    func precedes(_ first: SearchIndex.Result, _ second: SearchIndex.Result) -> Bool {
      first.score != second.score
        ? first.score > second.score
        : entries.id(at: first.document) < entries.id(at: second.document)
    }
    // Keeping a sorted handful is linear in the results; for a long list, sorting is cheaper.
    guard count <= Self.keptByInsertion else {
      return Array(scored.sorted(by: precedes).prefix(count))
    }
    var top: [SearchIndex.Result] = []
    top.reserveCapacity(count + 1)
    for result in scored {
      if top.count == count {
        guard let last = top.last, precedes(result, last) else { continue }
        top.removeLast()
      }
      top.insert(result, at: top.firstIndex { precedes(result, $0) } ?? top.count)
    }
    return top
  }

  /// The most results ``top(_:count:)`` keeps by insertion.
  static let keptByInsertion = 32

  /// The terms followed by each adjacent pair ("subject line" adds `subject_line`), so entries
  /// that use the user's words together rank above entries that merely hold them.
  static func withPairs(_ terms: [String]) -> [String] {
    guard terms.count > 1 else { return terms }
    return terms + zip(terms, terms.dropFirst()).map { $0 + "_" + $1 }
  }

  /// Names the articles never use, which are not typos of a word they do ("comlex" is not
  /// "complex"): left as typed, a question about them finds no confident answer.
  static let neverCorrected: Set<String> = ["comlex", "mcat", "oet", "plab", "ielts", "toefl"]

  /// The query's terms, with unknown words corrected first.
  private func queryTerms(_ query: String) -> ([String], [SearchResponse.Correction]) {
    var words = TextNormalizer.words(query)
    var corrections: [SearchResponse.Correction] = []
    // The stems found while checking the words are kept for the analysis that follows.
    var stems: [String: String] = [:]
    stems.reserveCapacity(words.count)
    for position in words.indices {
      let word = words[position]
      guard !Self.isOrdinary(word), !Self.neverCorrected.contains(word) else { continue }
      let stem = analyzer.stem(word)
      stems[word] = stem
      guard !index.contains(stem), let corrected = corrector.correction(for: word) else {
        continue
      }
      corrections.append(.init(typed: word, corrected: corrected))
      words[position] = corrected
    }
    return (analyzer.terms(words: words, stems: &stems), corrections)
  }

  /// Whether `word` is ordinary vocabulary here: a stop word, a domain term, a number, or a
  /// word some entry uses. Typo correction leaves such words alone.
  package func recognizes(_ word: String) -> Bool {
    Self.isOrdinary(word) || index.contains(analyzer.stem(word))
  }

  /// Whether `word` is known without the index: a stop word, a domain term or a number.
  private static func isOrdinary(_ word: String) -> Bool {
    StopWords.contains(word) || Synonyms.vocabulary.contains(word) || holdsNumber(word)
  }

  /// Whether `word` holds a numeric character. In ASCII, nearly every word, only the digits
  /// are, and checking bytes spares reading the word character by character.
  private static func holdsNumber(_ word: String) -> Bool {
    word.utf8.allSatisfy { $0 < 0x80 }
      ? word.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
      : word.contains(where: \.isNumber)
  }
}
