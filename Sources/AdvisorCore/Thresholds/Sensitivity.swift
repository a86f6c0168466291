/// How much a specialty's programs weigh a low Step score (the contract's four levels).
package enum Sensitivity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  case extremelyHigh = "extremely-high"
  /// High, though some programs are flexible.
  case high
  /// Context matters: region, program tier, the rest of the file.
  case moderate
  /// More forgiving, especially community programs.
  case flexible

  /// The words to show a user.
  package var displayName: String {
    switch self {
    case .extremelyHigh: "extremely high"
    case .high: "high (flexible at some programs)"
    case .moderate: "moderate (context matters)"
    case .flexible: "flexible (especially community programs)"
    }
  }

  /// The level alone, without the article's gloss (for specialties its table does not rate).
  package var levelName: String {
    switch self {
    case .extremelyHigh: "extremely high"
    case .high: "high"
    case .moderate: "moderate"
    case .flexible: "flexible"
    }
  }

  /// Extremely high or high: a score far below the specialty's norms is a mismatch.
  package var isScoreDriven: Bool { self == .extremelyHigh || self == .high }

  private var rank: Int {
    switch self {
    case .extremelyHigh: 0
    case .high: 1
    case .moderate: 2
    case .flexible: 3
    }
  }

  package static func < (lhs: Sensitivity, rhs: Sensitivity) -> Bool { lhs.rank < rhs.rank }
}
