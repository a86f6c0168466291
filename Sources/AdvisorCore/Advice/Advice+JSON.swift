package import LocatedJSON

extension Advice {
  /// The contract's `advisor advise --json` object, with the extra keys `plan`, `topics` and
  /// `channels`.
  package var json: JSONValue {
    .object([
      "profile": profile.json,
      "email": email.json,
      "specialty": specialty.json,
      "applications": applications?.json ?? .null,
      "missing": .array(missing.map { .string($0.rawValue) }),
      "awaiting": .array(awaiting.map { .string($0.slot.rawValue) }),
      "plan": .array(plan.map(\.json)),
      "topics": .object(
        AdviceTopic.allCases.map { topic in
          JSONValue.Member(topic.rawValue, .array(items(topic).map(\.reason.json)))
        }),
      "channels": .array(
        Channel.hierarchy.map { channel in
          .object([
            "id": .string(channel.id), "name": .string(channel.name),
            "impact": .integer(channel.impact),
            // Every figure with its source; a rung the chart does not score has none.
            "basis": channel.impact == nil ? .null : Channel.impactBasis.json,
          ])
        }),
    ])
  }
}

extension EmailAdvice {
  /// `{"decision", "rule", "reasons", "programs", "openToChange"}`.
  package var json: JSONValue {
    .object([
      "decision": .string(decision?.rawValue),
      "rule": .string(rule),
      "reasons": .array(reasons.map(\.json)),
      "openToChange": .array(openToChange.map { .string($0.rawValue) }),
      "programs": programs.map {
        .object(["min": .integer($0.lowerBound), "max": .integer($0.upperBound)])
      }
        ?? .null,
    ])
  }
}

extension SpecialtyAdvice {
  /// `{"id", "sensitivity", ...}` with the figures behind them.
  package var json: JSONValue {
    var members: [JSONValue.Member] = [
      .init("id", .string(specialty?.rawValue)),
      .init("sensitivity", .string(sensitivity?.rawValue)),
    ]
    if let benchmarks {
      members.append(.init("sensitivityBasis", benchmarks.sensitivityBasis.json))
      members.append(.init("matchedMean", benchmarks.matchedMean?.json ?? .null))
      members.append(.init("screeningFloor", benchmarks.screeningFloor.json))
      members.append(.init("mismatchBelow", benchmarks.mismatchBelow?.json ?? .null))
    }
    if !backups.isEmpty { members.append(.init("backups", .array(backups.map(\.json)))) }
    return .object(members)
  }
}

extension BackupAssessment {
  /// `{"id", "sensitivity", "verdict", "figure", "reason"}`.
  package var json: JSONValue {
    .object([
      "id": .string(specialty.rawValue), "sensitivity": .string(sensitivity.rawValue),
      "verdict": .string(verdict.rawValue), "figure": figure?.json ?? .null,
      "reason": reason.json,
    ])
  }
}

extension ApplicationRange {
  /// `{"min", "max", "openEnded", "basis"}`.
  package var json: JSONValue {
    .object([
      "min": .integer(min), "max": .integer(max), "openEnded": .bool(openEnded),
      "basis": basis.json,
    ])
  }
}

extension Reason {
  /// `{"rule", "text", "source": {"article", "section"}}`.
  package var json: JSONValue {
    .object(["rule": .string(rule), "text": .string(text), "source": source.json])
  }
}

extension AdviceItem {
  /// A plan entry: the reason plus its topic.
  package var json: JSONValue {
    .object([
      "rule": .string(rule), "topic": .string(topic.rawValue), "text": .string(text),
      "source": source.json,
    ])
  }
}

extension Source {
  /// `{"article", "section"}`.
  package var json: JSONValue {
    .object(["article": .string(article), "section": .string(section)])
  }
}

extension Basis {
  /// `{"kind", "source", "note"}`.
  package var json: JSONValue {
    .object(["kind": .string(kind.rawValue), "source": source.json, "note": .string(note)])
  }
}

extension Figure {
  /// `{"value", "basis"}`.
  package var json: JSONValue {
    .object(["value": .integer(value), "basis": basis.json])
  }
}
