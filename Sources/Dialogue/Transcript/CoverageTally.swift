package import AdvisorCore

/// What a set of transcripts exercises: decision rules, slots, commands, knowledge entries.
package struct CoverageTally: Sendable, Hashable {
  package var rules: Set<String> = []
  package var slots: Set<Slot> = []
  package var commands: Set<String> = []
  package var entries: Set<String> = []
  package var resumed = false

  package init() {}

  mutating func record(_ turn: Turn, advice: Advice) {
    rules.formUnion(advice.ruleIDs)
    slots.formUnion(turn.changes.map(\.slot))
    if let command = turn.command { commands.insert("/" + command.rawValue) }
    entries.formUnion(turn.answered)
  }

  /// Adds another transcript's tally.
  package mutating func merge(_ other: CoverageTally) {
    rules.formUnion(other.rules)
    slots.formUnion(other.slots)
    commands.formUnion(other.commands)
    entries.formUnion(other.entries)
    resumed = resumed || other.resumed
  }

  /// Every command a transcript could exercise.
  package static let allCommands = Command.allCases.filter { $0 != .unknown }.map {
    "/" + $0.rawValue
  }
}
