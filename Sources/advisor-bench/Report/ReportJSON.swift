import LocatedJSON

/// The report as one JSON object: every figure, the ratios, and `targets` as booleans.
///
/// Times are in the unit their key names (`Ms`, `Us`), memory in MiB, rounded to three decimal
/// places.
enum ReportJSON {
  static func object(_ report: BenchReport) -> JSONValue {
    let search = report.search
    let dialogue = report.dialogue
    let targets = report.targets
    return .object([
      "machine": .object([
        "cpu": .string(report.machine.cpu),
        "cores": .integer(report.machine.cores),
        "os": .string(report.machine.operatingSystem),
        "swift": .string(report.machine.swift),
        "sqlite": .string(report.machine.sqlite),
        "date": .string(report.machine.date),
      ]),
      "settings": .object([
        "rounds": .integer(report.rounds),
        "dialogueRounds": .integer(report.dialogueRounds),
        "launches": .integer(report.launches),
        "questions": .integer(search.questions),
        "onTopicQuestions": .integer(search.onTopicQuestions),
        "transcripts": .integer(dialogue.transcripts),
      ]),
      "index": .object([
        "advisorBuildMs": number(search.advisorBuildMilliseconds),
        "packLoadMs": number(search.packLoadMilliseconds),
        "fts5BuildMs": number(search.fts5BuildMilliseconds),
        "buildRatio": number(report.buildRatio),
      ]),
      "query": .object([
        "advisorP50Us": number(search.advisor.latency.median),
        "advisorP99Us": number(search.advisor.latency.p99),
        "advisorPrecisionAt1": number(search.advisor.precisionAtOne),
        "samplesPerEngine": .integer(search.advisor.latency.count),
        "fts5": peer(search.fts5, in: report),
        "fts5LessStopWords": peer(search.fts5LessStopWords, in: report),
      ]),
      "turns": .object([
        "p50Us": number(dialogue.turnLatency.median),
        "p99Us": number(dialogue.turnLatency.p99),
        "samples": .integer(dialogue.turnLatency.count),
        "firstPassP99Us": number(dialogue.firstPassLatency.p99),
        "slowest": .array(
          dialogue.slowest.map { turn in
            .object([
              "location": .string(turn.location), "line": .string(turn.text),
              "medianUs": number(turn.microseconds),
            ])
          }),
      ]),
      "session": .object([
        "turns": .integer(report.session.turns),
        "turnAt200Us": number(report.session.at200),
        "turnAt2000Us": number(report.session.at2000),
        "turnAtEndUs": number(report.session.atEnd),
        "growth": number(report.session.growth),
        "databaseMiB": number(mebibytes(report.session.databaseBytes)),
      ]),
      "recording": .object([
        "turnAt200Us": number(report.recording.at200),
        "turnAt2000Us": number(report.recording.at2000),
        "growth": number(report.recording.growth),
        "transcriptMiB": number(mebibytes(report.recording.transcriptBytes)),
      ]),
      "askUserEntries": .object([
        "entries": .integer(report.userEntries.entries),
        "firstMs": number(report.userEntries.first),
        "laterP50Ms": number(report.userEntries.later.median),
        "plainAskP50Ms": number(report.userEntries.plain.median),
        "ratio": number(report.userEntries.ratio),
        "firstPeakMiB": number(mebibytes(report.userEntries.firstPeakMemory)),
        "laterPeakMiB": number(mebibytes(report.userEntries.laterPeakMemory)),
        "freshnessP50Ms": number(report.userEntries.freshness.median),
        "cachedAnswerP50Ms": number(report.userEntries.cachedAnswer.median),
      ]),
      "replay": .object([
        "turnsPerSecond": number(dialogue.turnsPerSecond),
        "turns": .integer(dialogue.replayTurns),
        "failedTranscripts": .integer(dialogue.failedTranscripts),
      ]),
      "startup": .object([
        "advisorAskMs": number(report.startup.advisor.median),
        "helloWorldMs": number(report.startup.helloWorld.median),
        "ratio": number(report.startup.ratio),
      ]),
      "memory": .object([
        "advisorAskMiB": number(mebibytes(report.memory.ask)),
        "advisorReplayMiB": number(mebibytes(report.memory.replay)),
        "peakMiB": number(mebibytes(report.memory.peak)),
        "benchAtLaunchMiB": number(mebibytes(report.memory.benchAtLaunch)),
      ]),
      "hostileInput": hostile(report),
      "targets": .object([
        "queryP50NoSlowerThanFTS5": .bool(targets.queryP50),
        "precisionAt1AtLeast010AboveFTS5": .bool(targets.precision),
        "askWithin1_3xHelloWorld": .bool(targets.startup),
        "turnP99Under300Us": .bool(targets.turnP99),
        "peakMemoryUnder30MiB": .bool(targets.memory),
        "sessionTurnAtEndWithin2xLine200": .bool(targets.sessionGrowth),
        "recordedTurnAtLine2000Within2xLine200": .bool(targets.recordingGrowth),
        "askUserEntriesFirstUnder1sLaterWithin2xUnder60MiB": .bool(targets.userEntries),
        "all": .bool(targets.all),
      ]),
    ])
  }

  /// One FTS5 configuration's figures and the advisor's ratios to them.
  private static func peer(_ engine: SearchBench.Engine, in report: BenchReport) -> JSONValue {
    .object([
      "p50Us": number(engine.latency.median),
      "p99Us": number(engine.latency.p99),
      "precisionAt1": number(engine.precisionAtOne),
      "p50Ratio": number(report.queryP50Ratio(engine)),
      "p99Ratio": number(report.queryP99Ratio(engine)),
      "precisionGain": number(report.precisionGain(engine)),
    ])
  }

  static func number(_ value: Double) -> JSONValue {
    .number(Decimal.rounded(value, 3))
  }
}
