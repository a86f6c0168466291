import LocatedJSON

extension ReportTable {
  /// The hostile-input rows: each turn against the median normal turn, within 100×.
  static func hostileRows(_ report: BenchReport) -> [Row] {
    let hostile = report.hostile
    let kib = Decimal.fixed(Double(hostile.wordBytes) / 1024, 0)
    return [
      row("turn with a \(kib) KiB word (µs)", hostile.longWordTurn, report),
      row("/check of \(hostile.pasteLines) lines, the check (µs)", hostile.checkTurn, report),
      Row(
        measure: "/check of \(hostile.pasteLines) lines, every turn (ms)",
        advisor: hostile.wholePaste.microseconds.map { Decimal.fixed($0 / 1000, 1) }
          ?? stopped(hostile)),
    ]
  }

  private static func row(
    _ measure: String, _ outcome: HostileInputBench.Outcome, _ report: BenchReport
  ) -> Row {
    let ratio = report.hostileRatio(outcome)
    return Row(
      measure: measure,
      advisor: outcome.microseconds.map { Decimal.fixed($0, 1) } ?? stopped(report.hostile),
      peer: Decimal.fixed(report.dialogue.turnLatency.median, 1), ratio: ratio.map(times) ?? "–",
      target: "≤ 100× turn p50",
      met: met(ratio.map { $0 <= HostileInputBench.targetRatio } ?? false))
  }

  /// What a probe that did not finish shows instead of a figure.
  private static func stopped(_ hostile: HostileInputBench.Result) -> String {
    "> \(hostile.secondsLimit) s or \(hostile.memoryLimitMiB) MiB"
  }
}

extension ReportJSON {
  /// The hostile-input figures; a probe that did not finish is `null` with its exit code.
  static func hostile(_ report: BenchReport) -> JSONValue {
    let hostile = report.hostile
    func figure(_ outcome: HostileInputBench.Outcome) -> JSONValue {
      switch outcome {
      case .microseconds(let value):
        .object([
          "us": number(value), "ratioToTurnP50": report.hostileRatio(outcome).map(number) ?? .null,
        ])
      case .didNotFinish(let code): .object(["us": .null, "exitCode": .integer(Int(code))])
      }
    }
    return .object([
      "wordBytes": .integer(hostile.wordBytes), "pasteLines": .integer(hostile.pasteLines),
      "longWordTurn": figure(hostile.longWordTurn), "checkTurn": figure(hostile.checkTurn),
      "wholePaste": figure(hostile.wholePaste), "secondsLimit": .integer(hostile.secondsLimit),
      "memoryLimitMiB": .integer(hostile.memoryLimitMiB),
    ])
  }
}
