import AdvisorCore

/// The words LineCues listens for: data, extended by adding lines.
extension LineCues {
  static let cutoffWords: Set<String> = [
    "cutoff", "cutoffs", "minimum", "min", "requires", "require", "required", "requirement",
    "threshold", "screen", "screens", "cut", "needs", "need", "at", "least", "above", "over",
    "under", "below",
  ]

  /// Words right after a number that make it a pass mark, not a score ("the 218 mark", "saw 218
  /// somewhere").
  static let passMarkAfter: Set<String> = [
    "mark", "passmark", "pass mark", "somewhere", "online", "on reddit", "is the pass",
    "is passing", "to pass",
  ]
  /// Words right before a number that make it a pass mark ("the pass mark is 218").
  static let passMarkBefore: Set<String> = [
    "mark is", "mark was", "mark of", "passmark is", "pass is", "passing is", "passing score is",
    "pass line is", "raised to", "need to pass", "needed to pass",
  ]
}
