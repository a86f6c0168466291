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
      // Several places as a list ("columbus, dayton"), compared as a set.
      return profile.connectionPlaces[connection]?.joined(separator: ", ") ?? "null"
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

extension AssertionValue {
  /// What is wrong with `value` for `key` ("banana" for `step1`), or nil when it is a value the
  /// key can take: a transcript that asserts the impossible is malformed, not a failed replay.
  static func problem(key: String, value: String) -> String? {
    let text = value.lowercased()
    if text == "null" { return nil }
    let items = text.split(separator: ",").map { String($0.trimmingWhitespace) }
    func oneOf<Value: RawRepresentable & CaseIterable>(_: Value.Type, list: Bool = false)
      -> String?
    where Value.RawValue == String {
      let allowed = Value.allCases.map(\.rawValue)
      let given = list ? items : [text]
      if list, text == "none" { return nil }
      let known = Set(allowed.map { $0.lowercased() })  // values compare case-insensitively
      guard let bad = given.first(where: { !known.contains($0) }) else { return nil }
      return "'\(bad)' is not a value of \(key); one of: "
        + (allowed + (list ? ["none"] : []) + ["null"]).joined(separator: ", ")
    }
    switch key {
    case "step1", "step1.outcome", "step2ck", "step2ck.outcome": return oneOf(StepOutcome.self)
    case "step1.score", "step1.attempts", "step2ck.score", "step2ck.attempts":
      return Int(text) == nil ? "'\(value)' is not a number (or null) for \(key)" : nil
    case "specialty": return oneOf(Specialty.self)
    case "applicant": return oneOf(ApplicantType.self)
    case "connections": return oneOf(Connection.self, list: true)
    case "hook", "cutoffUnmet", "clinicalEvidence", "ended":
      return ["true", "false"].contains(text)
        ? nil : "'\(value)' is not true, false or null for \(key)"
    case "hardship": return oneOf(Hardship.self)
    case "email": return oneOf(EmailDecision.self)
    case "pending": return oneOf(Slot.self)
    case "sensitivity": return oneOf(Sensitivity.self)
    case "missing": return oneOf(Slot.self, list: true)
    case "applications":
      let bounds = text.split(separator: "-")
      return bounds.count == 2 && bounds.allSatisfy({ Int($0) != nil })
        ? nil : "'\(value)' is not a range such as 30-60 (or null) for \(key)"
    default: return nil  // region and places: any text
    }
  }
}
