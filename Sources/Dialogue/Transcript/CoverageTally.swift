public import AdvisorCore

/// What a set of transcripts exercises: decision rules, slots, commands, knowledge entries.
public struct CoverageTally: Sendable, Hashable {
  public var rules: Set<String> = []
  public var slots: Set<Slot> = []
  public var commands: Set<String> = []
  public var entries: Set<String> = []
  public var resumed = false

  public init() {}

  mutating func record(_ turn: Turn, advice: Advice) {
    rules.formUnion(advice.ruleIDs)
    slots.formUnion(turn.changes.map(\.slot))
    if let command = turn.command { commands.insert("/" + command.rawValue) }
    entries.formUnion(turn.answered)
  }

  /// Adds another transcript's tally.
  public mutating func merge(_ other: CoverageTally) {
    rules.formUnion(other.rules)
    slots.formUnion(other.slots)
    commands.formUnion(other.commands)
    entries.formUnion(other.entries)
    resumed = resumed || other.resumed
  }

  /// Every command a transcript could exercise.
  public static let allCommands = Command.allCases.filter { $0 != .unknown }.map {
    "/" + $0.rawValue
  }
}
