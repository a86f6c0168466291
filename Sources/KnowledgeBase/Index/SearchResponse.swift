/// One entry found for a query.
public struct SearchHit: Sendable, Hashable {
  public var entry: KnowledgeEntry
  /// The BM25F score.
  public var score: Double
  /// The share of the query's weight (idf) that this entry matched, 0...1.
  public var coverage: Double
  /// The score divided by the query's total idf: comparable across short and long questions.
  public var normalizedScore: Double
}

/// The result of a search: a confident answer, or none, and the nearest topics.
public struct SearchResponse: Sendable, Hashable {
  public var query: String
  /// The best hit when it clears the confidence policy; nil otherwise.
  public var answer: SearchHit?
  /// Other near topics, best first (the best hit itself when there is no answer).
  public var related: [SearchHit]
  /// Query words corrected for typos, as (typed, corrected).
  public var corrections: [Correction]

  public struct Correction: Sendable, Hashable {
    public var typed: String
    public var corrected: String
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
public struct ConfidencePolicy: Sendable, Hashable {
  public var minimumCoverage: Double
  public var normalizedThreshold: Double
  public var threshold: Double
  public var coverageWeight: Double

  public init(
    minimumCoverage: Double, normalizedThreshold: Double, threshold: Double, coverageWeight: Double
  ) {
    self.minimumCoverage = minimumCoverage
    self.normalizedThreshold = normalizedThreshold
    self.threshold = threshold
    self.coverageWeight = coverageWeight
  }

  public static let standard = ConfidencePolicy(
    minimumCoverage: 0.2, normalizedThreshold: 0.46, threshold: 6.5, coverageWeight: 1)

  /// Accepts everything: for ranking experiments.
  public static let acceptAll = ConfidencePolicy(
    minimumCoverage: 0, normalizedThreshold: 0, threshold: 0, coverageWeight: 0)

  public func accepts(_ hit: SearchHit) -> Bool {
    hit.coverage >= minimumCoverage
      && (hit.normalizedScore >= normalizedThreshold
        || hit.score + coverageWeight * hit.coverage >= threshold)
  }
}
