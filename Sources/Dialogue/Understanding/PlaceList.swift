/// How places said one after another read as one list ("tulsa, wichita and omaha"): the one
/// rule the region and connection readers share for carrying what a place is said of on to the
/// places listed after it.
extension Utterance {
  /// Whether the place at `later` is listed right after the one at `earlier`: at most
  /// `maxGap` tokens apart, with only list joiners between them; not
  /// a place that opens a clause of its own ("an away in dallas, houston is where i want to
  /// be"), nor one in a clause that says a wish ("my parents live in dallas, texas or oklahoma
  /// ideally").
  func lists(_ later: Range<Int>, after earlier: Range<Int>, maxGap: Int = .max) -> Bool {
    (1...maxGap).contains(later.lowerBound - earlier.upperBound)
      && tokens[earlier.upperBound..<later.lowerBound].allSatisfy {
        Lexicon.placeListJoiners.contains($0.text)
      }
      && !opensClause(after: later) && !clauseWishes(at: later.lowerBound)
  }

  /// Whether a copula follows the place at `place`: it starts a clause of its own ("houston
  /// is ...").
  func opensClause(after place: Range<Int>) -> Bool {
    Lexicon.copulas.contains(tokens.word(at: place.upperBound) ?? "")
  }

  /// Whether the clause holding token `index` says a wish to train ("texas or oklahoma
  /// ideally").
  func clauseWishes(at index: Int) -> Bool {
    clause(holding: index).map { clause in
      tokens[clause].contains { RegionExtractor.strongIntentWords.contains($0.text) }
    } ?? false
  }
}
