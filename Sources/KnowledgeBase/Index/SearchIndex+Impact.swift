/// What one posting adds to a document's score, worked out once when the index is built.
extension SearchIndex {
  /// How much a term counts: a pair of adjacent words ("subject_line") by the pair weight, a
  /// number by the number weight, any other word fully.
  static func share(of term: String, parameters: SearchParameters) -> Double {
    term.utf8.contains(UInt8(ascii: "_"))
      ? parameters.pairWeight
      : term.first?.isNumber == true ? parameters.numberWeight : 1
  }

  /// The BM25F impact of a term on a document: its field frequencies weighted and
  /// length-normalised, saturated with `k1`, times the term's idf and share.
  ///
  /// A query adds these up per document, terms in sorted order; the operations and their order
  /// here are those the score has always been computed with, so stored impacts give the same
  /// scores to the bit.
  ///
  /// - Parameters:
  ///   - frequencies: how often the term occurs in each field of the document.
  ///   - normalizer: the document's per-field `1 − b + b × length / average length`.
  static func impact(
    frequencies: SIMD4<Float>, normalizer: SIMD4<Float>, idf: Double, share: Double,
    parameters: SearchParameters
  ) -> Double {
    // Counts were always capped at 16 bits (far past where `k1` saturates them).
    let counts = pointwiseMin(frequencies, SIMD4(repeating: 65_535))
    let tf = Double((parameters.weights * counts / normalizer).sum())
    return share * idf * tf / (parameters.k1 + tf)
  }
}
