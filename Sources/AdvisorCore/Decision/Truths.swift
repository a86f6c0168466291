/// Every question of the decision tree answered once for one profile.
///
/// The tree, the advice rules and every answer probed for the missing slots ask the same ten
/// questions again and again; each is worked out here once and then read.
struct Truths: Sendable {
  private let anyFailure: Truth
  private let scoreOnRecord: Truth
  private let clearImprovement: Truth
  private let bigMismatch: Truth
  private let cutoffUnmet: Truth
  private let aboveCutoffs: Truth
  private let facultyAdvocate: Truth
  private let imgWithoutTies: Truth
  private let hook: Truth
  private let resolvedHardship: Truth

  // Borrowed: an initializer otherwise takes its argument owned, copying every field of the
  // facts (the profile's and the benchmarks' strings) for each answer probed.
  init(_ facts: borrowing ScoreFacts) {
    anyFailure = Condition.anyFailure.evaluate(facts)
    scoreOnRecord = Condition.scoreOnRecord.evaluate(facts)
    clearImprovement = Condition.clearImprovement.evaluate(facts)
    bigMismatch = Condition.bigMismatch.evaluate(facts)
    cutoffUnmet = Condition.cutoffUnmet.evaluate(facts)
    aboveCutoffs = Condition.aboveCutoffs.evaluate(facts)
    facultyAdvocate = Condition.facultyAdvocate.evaluate(facts)
    imgWithoutTies = Condition.imgWithoutTies.evaluate(facts)
    hook = Condition.hook.evaluate(facts)
    resolvedHardship = Condition.resolvedHardship.evaluate(facts)
  }

  /// The answer to `condition`, as ``Condition/evaluate(_:)`` gives it.
  subscript(condition: Condition) -> Truth {
    switch condition {
    case .anyFailure: anyFailure
    case .scoreOnRecord: scoreOnRecord
    case .clearImprovement: clearImprovement
    case .bigMismatch: bigMismatch
    case .cutoffUnmet: cutoffUnmet
    case .aboveCutoffs: aboveCutoffs
    case .facultyAdvocate: facultyAdvocate
    case .imgWithoutTies: imgWithoutTies
    case .hook: hook
    case .resolvedHardship: resolvedHardship
    }
  }
}
