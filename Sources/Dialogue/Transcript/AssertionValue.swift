import AdvisorCore

/// The current value of an assertion key, as text, and how values compare.
enum AssertionValue {
  static func current(_ key: String, conversation: Conversation) -> String {
    let profile = conversation.state.profile
    let advice = conversation.advice
    func step(_ exam: Exam, _ field: String) -> String {
      let result = profile[exam]
      switch field {
      case "score": return result.score.map(String.init) ?? "null"
      case "attempts": return result.attempts.map(String.init) ?? "null"
      default: return result.outcome?.rawValue ?? "null"
      }
    }
    switch key {
    case "step1", "step1.outcome": return step(.step1, "outcome")
    case "step1.score": return step(.step1, "score")
    case "step1.attempts": return step(.step1, "attempts")
    case "step2ck", "step2ck.outcome": return step(.step2ck, "outcome")
    case "step2ck.score": return step(.step2ck, "score")
    case "step2ck.attempts": return step(.step2ck, "attempts")
    case "specialty": return profile.specialty?.rawValue ?? "null"
    case "applicant": return profile.applicant?.rawValue ?? "null"
    case "region": return profile.region ?? "null"
    case "connections":
      guard let connections = profile.connections else { return "null" }
      return connections.isEmpty
        ? "none" : connections.sorted().map(\.rawValue).joined(separator: ", ")
    case "hook": return profile.hook.map(String.init) ?? "null"
    case "cutoffUnmet": return profile.cutoffUnmet.map(String.init) ?? "null"
    case "hardship": return profile.hardship?.rawValue ?? "null"
    case "clinicalEvidence": return profile.clinicalEvidence.map(String.init) ?? "null"
    case "email": return advice.email.decision?.rawValue ?? "null"
    case "pending": return conversation.state.pending?.slot.rawValue ?? "null"
    case "sensitivity": return advice.specialty.sensitivity?.rawValue ?? "null"
    case "applications": return advice.applications.map { "\($0.min)-\($0.max)" } ?? "null"
    case "ended": return String(conversation.state.ended)
    case "missing":
      return advice.missing.isEmpty
        ? "none" : advice.missing.map(\.rawValue).joined(separator: ", ")
    default:
      // "rotation.place": where that connection is, when a place was said.
      guard key.hasSuffix(".place"), let connection = Connection(rawValue: String(key.dropLast(6)))
      else { return "?" }
      return profile.connectionPlaces[connection] ?? "null"
    }
  }

  /// Case-insensitive; lists compare as sets.
  static func equal(_ expected: String, _ actual: String) -> Bool {
    normalised(expected) == normalised(actual)
  }

  private static func normalised(_ text: String) -> Set<String> {
    Set(text.lowercased().split(separator: ",").map { $0.trimmingWhitespace })
  }
}
