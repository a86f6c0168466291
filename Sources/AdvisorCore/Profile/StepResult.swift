/// What is known about one exam: every field may still be unknown.
package struct StepResult: Sendable, Hashable {
  /// The latest result.
  package var outcome: StepOutcome?
  /// The three-digit score, where there is one (Step 1 was scored before 2022).
  package var score: Int?
  /// How many sittings: failed once then passed is `outcome: .pass, attempts: 2`.
  package var attempts: Int?

  /// The valid range of a three-digit score.
  package static let scoreRange = 1...300
  /// The valid range of a number of sittings.
  package static let attemptsRange = 0...9

  package init(outcome: StepOutcome? = nil, score: Int? = nil, attempts: Int? = nil) {
    self.outcome = outcome
    self.score = score
    self.attempts = attempts
  }

  /// Nothing is known about this exam yet.
  package var isEmpty: Bool { outcome == nil && score == nil && attempts == nil }

  /// At least one sitting ended in a failure: the latest result is a fail, or it took more than
  /// one sitting. Nil while that cannot be told yet.
  package var hasFailure: Bool? {
    switch outcome {
    case .fail?: return true
    case .notTaken?: return false
    case .pass?, .pending?:
      if let attempts { return attempts > 1 }
      return nil
    case nil:
      if let attempts, attempts > 1 { return true }
      return nil
    }
  }

  /// How many sittings ended in a failure, as far as is known: every sitting of a fail, every
  /// one before the latest of a pass or a result still pending.
  package var failedAttempts: Int {
    switch outcome {
    case .fail?: attempts ?? 1
    case .pass?, .pending?, nil: max((attempts ?? 1) - 1, 0)
    case .notTaken?: 0
    }
  }

  /// The score, when this exam was passed with a known score.
  package var passingScore: Int? {
    outcome == .pass ? score : nil
  }
}
