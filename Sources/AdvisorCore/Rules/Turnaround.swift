/// A turnaround the record shows. Worded only where the plan says it: rules ask often whether
/// there is one.
enum Turnaround: Sendable, Hashable {
  /// A pass, with this score, after a failed Step 2 CK sitting.
  case passAfterFailedSitting(Int)
  /// A Step 2 CK above the Step 1 score.
  case climbFromStep1
  /// A passed Step 2 CK, with this score, after a Step 1 failure.
  case passAfterStep1Failure(Int)

  /// The turnaround in a phrase ("the climb from your Step 1 score to your Step 2 CK").
  var text: String {
    switch self {
    case .passAfterFailedSitting(let score):
      "your Step 2 CK pass (\(score)) after the failed sitting"
    case .climbFromStep1: "the climb from your Step 1 score to your Step 2 CK"
    // The score, not an adjective: a rebound read from clinical results need not be a strong
    // score.
    case .passAfterStep1Failure(let score): "your Step 2 CK \(score) after the Step 1 failure"
    }
  }
}

extension AdviceContext {
  /// The turnaround the record shows, said only as it holds: a pass after a failed Step 2 CK
  /// sitting, a climb from a Step 1 score to a higher Step 2 CK, or a passed Step 2 CK after a
  /// Step 1 failure (pass/fail has no score to climb from); nil without a passed Step 2 CK.
  var turnaround: Turnaround? {
    let step1 = profile.step1
    let step2ck = profile.step2ck
    guard let score = step2ck.passingScore else { return nil }
    // A failed Step 2 CK sitting is named first: a climb from Step 1 would pass over it.
    if step2ck.hasFailure == true { return .passAfterFailedSitting(score) }
    if let step1Score = step1.score { return score > step1Score ? .climbFromStep1 : nil }
    if step1.hasFailure == true { return .passAfterStep1Failure(score) }
    return nil
  }
}
