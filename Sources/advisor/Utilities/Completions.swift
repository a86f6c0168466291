import AdvisorCore
import Dialogue

/// What Tab completes: slash commands, and the values of the question being asked.
final class CompletionContext {
  var pending: PendingQuestion?
}

enum Completions {
  /// Every slash command the conversation knows, from its own list.
  static let commands = Command.allCases.filter { $0 != .unknown }.map { "/" + $0.rawValue }

  static func candidates(for line: String, pending: PendingQuestion?) -> [String] {
    let word =
      line.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    if word.hasPrefix("/") { return commands }
    guard let pending else { return [] }
    switch pending.slot {
    case .specialty:
      return Specialty.allCases.flatMap { specialty in
        [specialty.rawValue]
      }
    case .applicant:
      return ["US", "MD", "DO", "Caribbean", "citizen", "visa", "IMG", "abroad"]
    case .connections:
      return ["rotation", "mentor", "faculty", "family", "alumni", "none"]
    case .region:
      return ["Boston", "Massachusetts", "Worcester", "Springfield", "anywhere"]
    case .step1, .step2ck:
      return ["passed", "failed", "pending", "first", "second", "attempt", "not", "taken", "yet"]
    case .hook, .cutoffUnmet, .hardship, .clinicalEvidence:
      return ["yes", "no", "skip", "not sure"]
    }
  }
}
