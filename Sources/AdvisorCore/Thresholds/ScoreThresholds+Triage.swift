extension ScoreThresholds {
  /// A listed program is a safety when the score is at least this far above its typical Step 2
  /// CK: a third of a standard deviation (the advisor's estimate).
  package static let safetyMargin = Figure(
    standardDeviation.value / 3,
    Basis(
      .estimate, .tiers,
      "a third of the Step 2 CK standard deviation (about \(standardDeviation.value)) above the "
        + "program's typical score"))

  /// A listed program is a reach when the score is more than this far below its typical Step 2
  /// CK: two thirds of a standard deviation (the advisor's estimate).
  package static let reachMargin = Figure(
    standardDeviation.value * 2 / 3,
    Basis(
      .estimate, .tiers,
      "two thirds of the Step 2 CK standard deviation below the program's typical score"))

  /// A Boston program, the Boston guide's reach tier, counts as a target only when the score
  /// clears its typical Step 2 CK by this much (the advisor's estimate).
  package static let bostonReachMargin = Figure(
    standardDeviation.value * 2 / 3,
    Basis(
      .estimate, .tiers,
      "the Boston guide's reach tier for Boston programs, unless the score is two thirds of a "
        + "standard deviation above the program's typical score"))
}
