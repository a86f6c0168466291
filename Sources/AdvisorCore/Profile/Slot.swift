/// One piece of the profile that the conversation fills, named as in the contract.
package enum Slot: String, Sendable, Hashable, CaseIterable, Codable {
  case step1
  case step2ck
  case specialty
  case applicant
  case region
  case connections
  case hook
  case cutoffUnmet
  case hardship
  /// Honors or strong comments in core clerkships, or strong shelf results: the evidence the
  /// email article pairs with a rebound score.
  case clinicalEvidence

  /// A short human name for the slot ("your Step 2 CK result").
  package var displayName: String {
    switch self {
    case .step1: "your Step 1 result"
    case .step2ck: "your Step 2 CK result"
    case .specialty: "your specialty"
    case .applicant: "your applicant type"
    case .region: "where you want to train"
    case .connections: "your connections to programs"
    case .hook: "a program-specific hook"
    case .cutoffUnmet: "a stated score cutoff you miss"
    case .hardship: "a concrete event behind the score"
    case .clinicalEvidence: "your clerkship and shelf results"
    }
  }

  /// The slot's name as what is still needed of `profile`: an exam whose result is on record
  /// without the score the advice reads is "your Step 2 CK score", never its "result" again.
  package func displayName(in profile: Profile) -> String {
    switch self {
    case .step1 where [.pass, .fail].contains(profile.step1.outcome): "your Step 1 score"
    case .step2ck where [.pass, .fail].contains(profile.step2ck.outcome): "your Step 2 CK score"
    default: displayName
    }
  }
}
