import Platform

/// The ranking's tunable numbers.
package struct SearchParameters: Sendable, Hashable {
  /// Field weights: title, questions, tags, text.
  package var weights: SIMD4<Float>
  /// Term-frequency saturation.
  package var k1: Double
  /// Length normalisation.
  package var b: Float
  /// How much a matched pair of adjacent words counts, relative to a single word.
  package var pairWeight: Double
  /// How much the best-matching single example question adds to an entry's score.
  package var questionWeight: Double
  /// How much a number counts: in questions numbers are mostly the user's own scores and counts,
  /// which should not pull in entries that happen to quote the same figure.
  package var numberWeight: Double

  package init(
    weights: SIMD4<Float>, k1: Double, b: Float, pairWeight: Double, questionWeight: Double = 0,
    numberWeight: Double = 1
  ) {
    self.weights = weights
    self.k1 = k1
    self.b = b
    self.pairWeight = pairWeight
    self.questionWeight = questionWeight
    self.numberWeight = numberWeight
  }

  /// The values tuned on the evaluation set (see the README's search section).
  package static let standard = SearchParameters(
    weights: SIMD4(2.5, 1, 1, 0.5), k1: 1.2, b: 0.75, pairWeight: 0, questionWeight: 0.4,
    numberWeight: 0.3)
}

/// A field-weighted BM25 (BM25F) index over the entries.
///
/// Each entry has four fields (title, questions, tags, text), each weighted. A term's frequency
/// is length-normalised per field, weighted and summed, then saturated once with `k1`
/// (Robertson and Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009).
/// All of that depends on the term and the document alone, so it is worked out once, when the
/// index is built, and stored in each posting as its impact; a query only adds impacts up.
struct SearchIndex: Sendable {
  let parameters: SearchParameters

  /// The terms and their postings, read in place.
  let table: TermTable
  let documentCount: Int

  /// The idf a term would have if no document held it: the weight of an unknown query word.
  var unseenIDF: Double {
    let total = Double(documentCount)
    return log1p((total + 0.5) / 0.5)
  }

  /// Builds the index from each document's terms, field by field (in ``Field`` order).
  init(parameters: SearchParameters = .standard, documents: [[[String]]]) {
    self.parameters = parameters
    var termIDs: [String: Int] = [:]
    var terms: [String] = []
    var counts: [[(document: Int, frequencies: SIMD4<Float>)]] = []
    var lengths: [SIMD4<Float>] = []
    for (documentIndex, fields) in documents.enumerated() {
      var documentCounts: [Int: SIMD4<Float>] = [:]
      var length = SIMD4<Float>()
      for (fieldIndex, fieldTerms) in fields.enumerated() {
        length[fieldIndex] = Float(fieldTerms.count)
        for term in fieldTerms {
          let id: Int
          if let known = termIDs[term] {
            id = known
          } else {
            id = terms.count
            termIDs[term] = id
            terms.append(term)
            counts.append([])
          }
          documentCounts[id, default: SIMD4<Float>()][fieldIndex] += 1
        }
      }
      lengths.append(length)
      for (id, frequencies) in documentCounts {
        counts[id].append((documentIndex, frequencies))
      }
    }
    let count = Float(max(documents.count, 1))
    let average = lengths.reduce(SIMD4<Float>(), +) / count
    let safeAverage = average.replacing(with: 1, where: average .== 0)
    let b = parameters.b
    let normalizers = lengths.map { (1 - b) + b * $0 / safeAverage }
    let total = Double(documents.count)
    documentCount = documents.count
    table = TermTable(
      terms: zip(terms, counts).map { term, counts in
        let frequency = Double(counts.count)
        let idf = log1p((total - frequency + 0.5) / (frequency + 0.5))
        let share = Self.share(of: term, parameters: parameters)
        let postings = counts.map { document, frequencies in
          TermTable.Posting(
            document: document,
            impact: Self.impact(
              frequencies: frequencies, normalizer: normalizers[document], idf: idf,
              share: share, parameters: parameters))
        }
        return (term, idf, postings)
      })
  }

  /// An index restored from its parts (see ``KnowledgePack``).
  init(parameters: SearchParameters, table: TermTable, documentCount: Int) {
    self.parameters = parameters
    self.table = table
    self.documentCount = documentCount
  }

  /// Whether any document holds `term`.
  func contains(_ term: String) -> Bool { table.term(term) != nil }

  /// The inverse document frequency of `term`, or the unseen weight.
  func inverseDocumentFrequency(_ term: String) -> Double {
    table.term(term)?.idf ?? unseenIDF
  }

  /// A document's score, and the idf mass of the query words it matched.
  typealias Result = (document: Int, score: Double, matchedIDF: Double)

  /// BM25F scores of every document holding a query term, with the idf mass each matched
  /// among `coverageTerms` (the single words: pairs add score but not coverage; none when it is
  /// empty).
  func score(_ terms: Set<String>, coverageTerms: Set<String>) -> [Result] {
    var scores = [Double](repeating: 0, count: documentCount)
    // Without coverage terms nothing is ever matched: the sums are not even kept.
    var matched = [Double](repeating: 0, count: coverageTerms.isEmpty ? 0 : documentCount)
    // The sums and the results are written through buffers: an array written element by element
    // is checked for a unique owner at each write.
    return scores.withUnsafeMutableBufferPointer { scores in
      matched.withUnsafeMutableBufferPointer { matched in
        // Terms in a fixed order, so each document's sum is added up the same way every time.
        for term in terms.sorted() {
          guard let entry = table.term(term) else { continue }
          let termIDF = entry.idf
          let covers = coverageTerms.contains(term)
          for posting in table.postings(of: entry) where posting.document < scores.count {
            scores[posting.document] += posting.impact
            if covers { matched[posting.document] += termIDF }
          }
        }
        return [Result](unsafeUninitializedCapacity: scores.count) { results, count in
          for document in scores.indices where scores[document] > 0 {
            let result = (document, scores[document], matched.isEmpty ? 0 : matched[document])
            results.initializeElement(at: count, to: result)
            count += 1
          }
        }
      }
    }
  }
}
