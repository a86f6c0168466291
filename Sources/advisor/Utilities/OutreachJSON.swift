import AdvisorCore
import LocatedJSON
import Outreach

/// JSON for drafts, draft checks and triage results.
enum OutreachJSON {
  static func draft(_ draft: Draft) -> JSONValue {
    switch draft {
    case .email(let email):
      return .object([
        "kind": .string("email"), "subject": .string(email.subject),
        "text": .string(email.text),
        "sentences": .array(
          email.sentences.map {
            .object(["text": .string($0.text), "topic": .string($0.topic.rawValue)])
          }),
      ])
    case .facultyBrief(let brief):
      return .object(["kind": .string("faculty-brief"), "text": .string(brief.text)])
    case .staySilent(let paragraph):
      return .object([
        "kind": .string("stay-silent"), "statementParagraph": .string(paragraph?.text),
      ])
    case .undecided(let missing, _):
      return .object([
        "kind": .string("undecided"), "missing": .array(missing.map { .string($0.rawValue) }),
      ])
    }
  }

  static func review(_ review: DraftReview, file: String) -> JSONValue {
    .object([
      "file": .string(file),
      "errors": .integer(review.findings.filter { $0.severity == .error }.count),
      "findings": .array(
        review.findings.map { finding in
          .object([
            "check": .string(finding.check), "severity": .string(finding.severity.rawValue),
            "line": .integer(finding.line), "words": .string(finding.words),
            "why": .string(finding.why),
            "source": finding.source.json, "fix": .string(finding.fix),
            "moreLines": .integer(finding.moreLines),
          ])
        }),
      "sentences": .array(
        review.sentences.map {
          .object([
            "line": .integer($0.line), "text": .string($0.text), "kind": .string($0.kind.rawValue),
          ])
        }),
      "counts": .object(
        [JSONValue.Member("sentences", .integer(review.sentences.count))]
          + SentenceKind.allCases.map { JSONValue.Member($0.rawValue, .integer(review.count($0))) }
      ),
    ])
  }

  static func triage(_ result: TriageResult) -> JSONValue {
    .object([
      "programs": .array(
        result.programs.map { triaged in
          .object([
            "name": .string(triaged.program.name), "line": .integer(triaged.program.line),
            "tier": .string(triaged.tier.rawValue),
            "reasons": .array(triaged.reasons.map(JSONValue.string)),
            "cutoffMissed": .bool(triaged.cutoffMissed), "unlikely": .string(triaged.unlikely),
            "outreach": .string(triaged.outreach?.rawValue),
          ])
        }),
      "totals": .object(
        Tier.allCases.map { JSONValue.Member($0.rawValue, .integer(result.count($0))) }
          + [JSONValue.Member("all", .integer(result.programs.count))]),
      "recommended": result.recommended.map {
        .object(["min": .integer($0.min), "max": .integer($0.max)])
      } ?? .null,
      "notes": .array(result.notes.map(\.json)),
    ])
  }
}
