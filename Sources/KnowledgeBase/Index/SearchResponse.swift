/// One entry found for a query.
package struct SearchHit: Sendable, Hashable {
  package var entry: KnowledgeEntry
  /// The BM25F score.
  package var score: Double
  /// The share of the query's weight (idf) that this entry matched, 0...1.
  package var coverage: Double
  /// The score divided by the query's total idf: comparable across short and long questions.
  package var normalizedScore: Double

  package init(entry: KnowledgeEntry, score: Double, coverage: Double, normalizedScore: Double) {
    self.entry = entry
    self.score = score
    self.coverage = coverage
    self.normalizedScore = normalizedScore
  }

  /// An entry chosen by what a question asks, not by its words ("what are my chances" is
  /// answered by the match rates): it has no search score.
  package static func chosen(_ entry: KnowledgeEntry) -> SearchHit {
    SearchHit(entry: entry, score: 0, coverage: 0, normalizedScore: 0)
  }
}

/// The result of a search: a confident answer, or none, and the nearest topics.
package struct SearchResponse: Sendable, Hashable {
  package var query: String
  /// The best hit when it clears the confidence policy; nil otherwise.
  package var answer: SearchHit?
  /// Other near topics, best first (the best hit itself when there is no answer).
  package var related: [SearchHit]
  /// Query words corrected for typos, as (typed, corrected).
  package var corrections: [Correction]

  package struct Correction: Sendable, Hashable {
    package var typed: String
    package var corrected: String
  }
}

/// When the best hit is confident enough to be given as the answer.
///
/// The hit must match at least `minimumCoverage` of the query's weight, and then either its
/// score normalised by the query's weight reaches `normalizedThreshold` (this keeps answers to
/// short, precise questions, whose raw BM25 scores are small), or its raw score plus
/// `coverageWeight` × coverage reaches `threshold` (this keeps answers to long, wordy questions).
///
/// Calibrated on `Tests/KnowledgeBaseTests/Fixtures/evaluation.tsv`; the evaluation test prints
/// the precision, the share answered, the confident wrong answers and the off-topic rejection
/// these values give.
package struct ConfidencePolicy: Sendable, Hashable {
  package var minimumCoverage: Double
  package var normalizedThreshold: Double
  package var threshold: Double
  package var coverageWeight: Double

  package init(
    minimumCoverage: Double, normalizedThreshold: Double, threshold: Double, coverageWeight: Double
  ) {
    self.minimumCoverage = minimumCoverage
    self.normalizedThreshold = normalizedThreshold
    self.threshold = threshold
    self.coverageWeight = coverageWeight
  }

  package static let standard = ConfidencePolicy(
    minimumCoverage: 0.2, normalizedThreshold: 0.46, threshold: 6.5, coverageWeight: 1)

  /// Accepts everything: for ranking experiments.
  package static let acceptAll = ConfidencePolicy(
    minimumCoverage: 0, normalizedThreshold: 0, threshold: 0, coverageWeight: 0)

  package func accepts(_ hit: SearchHit) -> Bool {
    hit.coverage >= minimumCoverage
      && (hit.normalizedScore >= normalizedThreshold
        || hit.score + coverageWeight * hit.coverage >= threshold)
  }
}
