package import AdvisorCore

/// The profile in a line or as a list, for cards and `/profile`.
package enum ProfileSummary {
  /// "Step 1 pass, passed on attempt 2 · Step 2 CK 238, first attempt · Internal Medicine · ..."
  package static func line(for profile: Profile) -> String {
    let parts = Slot.allCases.flatMap { slot -> [String] in
      guard profile.isKnown(slot) else { return [] }
      // The backups follow the specialty they back up, so every summary shows them.
      guard slot == .specialty, !profile.backupSpecialties.isEmpty else {
        return [value(of: slot, in: profile)]
      }
      let backups = profile.backupSpecialties.map(\.displayName).joinedAsList()
      let noun = profile.backupSpecialties.count == 1 ? "backup " : "backups "
      return [value(of: slot, in: profile), noun + backups]
    }
    return parts.isEmpty ? "nothing known yet" : parts.joined(separator: " · ")
  }

  /// One line per slot, unknown ones marked.
  /// The backup specialties come last, when there are any: every list of the profile (the
  /// chat's /profile, the exported plan) shows the same lines.
  package static func lines(for profile: Profile) -> [(label: String, value: String)] {
    let slots = Slot.allCases.map { slot in
      (
        label(of: slot),
        profile.isKnown(slot) ? listedValue(of: slot, in: profile) : "not known yet"
      )
    }
    guard !profile.backupSpecialties.isEmpty else { return slots }
    return slots + [
      ("Backup specialties", profile.backupSpecialties.map(\.displayName).joinedAsList())
    ]
  }

  /// The value as a list shows it: a scored pass says it passed, as a scored fail says it
  /// failed ("passed with 214, first attempt", not a bare "214" that reads as undecided).
  package static func listedValue(of slot: Slot, in profile: Profile) -> String {
    guard let exam = Exam.allCases.first(where: { $0.slot == slot }) else {
      return bareValue(of: slot, in: profile)
    }
    let result = profile[exam]
    guard result.outcome == .pass, let score = result.score else { return result.summary }
    return passed(with: score, attempts: result.attempts)
  }

  /// "passed with 214, first attempt", "passed with 231 on attempt 2", "passed with 238".
  private static func passed(with score: Int, attempts: Int?) -> String {
    switch attempts {
    case 1?: "passed with \(score), first attempt"
    case let attempt?: "passed with \(score) on attempt \(attempt)"
    case nil: "passed with \(score)"
    }
  }

  /// The slot's label in a list ("Step 2 CK", "Connections").
  package static func label(of slot: Slot) -> String {
    switch slot {
    case .step1: "Step 1"
    case .step2ck: "Step 2 CK"
    case .specialty: "Specialty"
    case .applicant: "Applicant"
    case .region: "Where"
    case .connections: "Connections"
    case .hook: "Hook"
    case .cutoffUnmet: "Cutoff missed"
    case .hardship: "Event behind the score"
    case .clinicalEvidence: "Clinical evidence"
    }
  }

  /// The slot's value without its label ("238, first attempt" rather than "Step 2 CK 238, …").
  package static func bareValue(of slot: Slot, in profile: Profile) -> String {
    switch slot {
    case .step1: profile.step1.summary
    case .step2ck: step2Summary(profile.step2ck)
    default: value(of: slot, in: profile)
    }
  }

  /// A Step 2 CK score between the two pass marks does not say by itself whether it passed:
  /// its result is said with it ("passed with 214, first attempt"); any other, as it stands.
  private static func step2Summary(_ result: StepResult) -> String {
    guard let score = result.score, ScoreThresholds.step2Outcome(ofBareScore: score) == nil,
      result.outcome == .pass
    else { return result.summary }
    return passed(with: score, attempts: result.attempts)
  }

  /// The slot's value in words.
  package static func value(of slot: Slot, in profile: Profile) -> String {
    switch slot {
    case .step1: return "Step 1 " + profile.step1.summary
    case .step2ck: return "Step 2 CK " + step2Summary(profile.step2ck)
    case .specialty: return profile.specialty?.displayName ?? "?"
    case .applicant: return profile.applicant?.displayName ?? "?"
    case .region: return profile.region ?? "?"
    case .connections:
      guard let connections = profile.connections else { return "?" }
      return connections.isEmpty ? "no connections" : profile.connectionNames.joinedAsList()
    case .hook: return profile.hook == true ? "a strong program-specific hook" : "no strong hook"
    case .cutoffUnmet:
      return profile.cutoffUnmet == true
        ? "a target program's stated cutoff is not met" : "no stated cutoff missed"
    case .hardship:
      switch profile.hardship {
      case .resolved?: return "a concrete event, now resolved"
      case .ongoing?: return "an ongoing situation"
      case .none?, nil: return "no particular event"
      }
    case .clinicalEvidence:
      return profile.clinicalEvidence == true
        ? "strong clerkship or shelf results" : "no strong clerkship or shelf results"
    }
  }
}
