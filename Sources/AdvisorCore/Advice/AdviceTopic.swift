/// The parts of the advice, in the order a reader needs them.
package enum AdviceTopic: String, Sendable, Hashable, CaseIterable, Codable {
  /// Notes on the email decision.
  case email
  /// Who should reach out, and through which channel.
  case channel
  /// Where to address the score instead of email.
  case addressing
  /// The specialty reality check.
  case specialty
  /// The program list: tiers, count, region strategy, IMG-friendly programs.
  case programs
  /// Academic recovery: Step 2 CK and the transcript.
  case recovery
  /// Strengthening the rest of the application.
  case strengthening
  /// Interviews and after.
  case interviews
  /// Mistakes to avoid.
  case mistakes

  /// A heading for the advice card.
  package var heading: String {
    switch self {
    case .email: "Email or stay silent"
    case .channel: "Who should reach out"
    case .addressing: "Where to address the score"
    case .specialty: "Specialty reality check"
    case .programs: "Program list"
    case .recovery: "Academic recovery"
    case .strengthening: "Strengthening the rest"
    case .interviews: "Interviews and after"
    case .mistakes: "Mistakes to avoid"
    }
  }
}
