import AdvisorCore
import Dialogue
import KnowledgeBase
import LocatedJSON

/// What a set of transcripts exercises, and what it never reaches.
struct CoverageReport {
  struct Part {
    var name: String
    var all: [String]
    var reached: Set<String>

    var missed: [String] { all.filter { !reached.contains($0) } }
  }

  let parts: [Part]

  init(tally: CoverageTally, knowledge: KnowledgeBase) {
    parts = [
      Part(name: "decision and advice rules", all: Advisor.allRuleIDs, reached: tally.rules),
      Part(
        name: "slots", all: Slot.allCases.map(\.rawValue), reached: Set(tally.slots.map(\.rawValue))
      ),
      Part(name: "commands", all: CoverageTally.allCommands, reached: tally.commands),
      Part(name: "knowledge entries", all: knowledge.entries.map(\.id), reached: tally.entries),
    ]
  }

  var text: String {
    var lines = ["", "Coverage"]
    for part in parts {
      let reached = part.all.count - part.missed.count
      lines.append("  \(part.name): \(reached) of \(part.all.count)")
      if !part.missed.isEmpty {
        lines.append("    never reached: " + part.missed.joined(separator: ", "))
      }
    }
    return lines.joined(separator: "\n")
  }

  var json: JSONValue {
    .object(
      parts.map { part in
        JSONValue.Member(
          part.name,
          .object([
            "total": .integer(part.all.count),
            "reached": .array(part.all.filter(part.reached.contains).map(JSONValue.string)),
            "missed": .array(part.missed.map(JSONValue.string)),
          ]))
      })
  }
}

/// `advisor replay --json`.
enum ReplayJSON {
  static func summary(_ results: [ReplayResult], updated: Bool, coverage: CoverageReport?)
    -> JSONValue
  {
    var members: [JSONValue.Member] = [
      .init(
        "files",
        .array(
          results.map { result in
            .object([
              "file": .string(result.file), "passed": .bool(result.passed),
              "turns": .integer(result.turns),
              "failures": .array(
                result.failures.map {
                  .object(["line": .integer($0.line), "detail": .string($0.detail)])
                }),
            ])
          })),
      .init("passed", .integer(results.filter(\.passed).count)),
      .init("failed", .integer(results.filter { !$0.passed }.count)),
      .init("updated", .bool(updated)),
    ]
    if let coverage { members.append(.init("coverage", coverage.json)) }
    return .object(members)
  }
}
