import AdvisorCore

/// The words LineCues listens for: data, extended by adding lines.
extension LineCues {
  static let cutoffWords: Set<String> = [
    "cutoff", "cutoffs", "minimum", "min", "requires", "require", "required", "requirement",
    "threshold", "screen", "screens", "cut", "needs", "need", "at", "least", "above", "over",
    "under", "below",
  ]
}
