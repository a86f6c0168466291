/// The latest result of one USMLE exam.
package enum StepOutcome: String, Sendable, Hashable, CaseIterable, Codable {
  case pass
  case fail
  /// Not sat yet.
  case notTaken = "not-taken"
  /// Sat, result not out yet.
  case pending
}
