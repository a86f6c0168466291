/// The two USMLE exams the advisor asks about.
package enum Exam: String, Sendable, Hashable, CaseIterable {
  case step1
  case step2ck

  /// The name applicants use: "Step 1", "Step 2 CK".
  package var displayName: String {
    switch self {
    case .step1: "Step 1"
    case .step2ck: "Step 2 CK"
    }
  }

  /// The profile slot that holds this exam's result.
  package var slot: Slot {
    switch self {
    case .step1: .step1
    case .step2ck: .step2ck
    }
  }
}
