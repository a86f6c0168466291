/// The report as text: a header naming the machine, one row per measure (the advisor, FTS5 or
/// the start-up floor beside it, their ratio, the target and whether it is met), and notes.
enum ReportTable {
  /// One line of the table; "–" where a column does not apply.
  struct Row {
    var measure: String
    var advisor: String
    var peer = "–"
    var ratio = "–"
    var target = "–"
    var met = "–"

    var cells: [String] { [measure, advisor, peer, ratio, target, met] }
  }

  static func text(_ report: BenchReport) -> String {
    let heading = Row(
      measure: "measure", advisor: "advisor", peer: "FTS5 / floor", ratio: "ratio",
      target: "target", met: "met")
    var rows: [Row] = [heading]
    rows += searchRows(report)
    rows += dialogueRows(report)
    rows += sessionRows(report)
    rows += userEntryRows(report)
    rows += processRows(report)
    rows += hostileRows(report)
    let targets = report.targets
    let metCount = [
      targets.queryP50, targets.precision, targets.startup, targets.turnP99, targets.memory,
      targets.sessionGrowth, targets.recordingGrowth, targets.userEntries,
    ].count { $0 }
    var lines = [header(report), ""]
    lines += layout(rows.map(\.cells))
    lines += ["", "targets met: \(metCount) of 8"]
    lines += notes(report)
    return lines.joined(separator: "\n")
  }

  private static func searchRows(_ report: BenchReport) -> [Row] {
    let search = report.search
    let targets = report.targets
    var rows = [
      Row(
        measure: "index build (ms)", advisor: Decimal.fixed(search.advisorBuildMilliseconds, 2),
        peer: Decimal.fixed(search.fts5BuildMilliseconds, 2), ratio: times(report.buildRatio)),
      Row(
        measure: "knowledge pack load (ms)",
        advisor: Decimal.fixed(search.packLoadMilliseconds, 2)),
    ]
    for (label, peer, judged) in [
      ("", search.fts5, true), (", FTS5 less stop words", search.fts5LessStopWords, false),
    ] {
      var p50 = Row(
        measure: "FAQ query p50\(label) (µs)",
        advisor: Decimal.fixed(search.advisor.latency.median, 1),
        peer: Decimal.fixed(peer.latency.median, 1), ratio: times(report.queryP50Ratio(peer)))
      let p99 = Row(
        measure: "FAQ query p99\(label) (µs)",
        advisor: Decimal.fixed(search.advisor.latency.p99, 1),
        peer: Decimal.fixed(peer.latency.p99, 1), ratio: times(report.queryP99Ratio(peer)))
      var precision = Row(
        measure: "precision at 1\(label)", advisor: Decimal.fixed(search.advisor.precisionAtOne, 3),
        peer: Decimal.fixed(peer.precisionAtOne, 3), ratio: signed(report.precisionGain(peer)))
      if judged {
        (p50.target, p50.met) = ("≤ 1.00× FTS5", met(targets.queryP50))
        (precision.target, precision.met) = ("≥ FTS5 + 0.10", met(targets.precision))
      }
      rows += [p50, p99, precision]
    }
    return rows
  }

  private static func dialogueRows(_ report: BenchReport) -> [Row] {
    let dialogue = report.dialogue
    return [
      Row(
        measure: "dialogue turn p50 (µs)", advisor: Decimal.fixed(dialogue.turnLatency.median, 1)),
      Row(
        measure: "dialogue turn p99 (µs)", advisor: Decimal.fixed(dialogue.turnLatency.p99, 1),
        target: "< 300 µs", met: met(report.targets.turnP99)),
      Row(
        measure: "  first pass, one-time set-up included, p99 (µs)",
        advisor: Decimal.fixed(dialogue.firstPassLatency.p99, 1)),
      Row(
        measure: "replay throughput (turns/s)",
        advisor: Decimal.fixed(dialogue.turnsPerSecond, 1)),
    ]
  }

  private static func sessionRows(_ report: BenchReport) -> [Row] {
    let session = report.session
    return [
      Row(
        measure: "saved-session turn, line 200 (µs)", advisor: Decimal.fixed(session.at200, 1)),
      Row(
        measure: "saved-session turn, line 2,000 (µs)", advisor: Decimal.fixed(session.at2000, 1),
        peer: Decimal.fixed(session.at200, 1), ratio: times(ratio(session.at2000, session.at200))),
      Row(
        measure: "saved-session turn, line \(session.turns) (µs)",
        advisor: Decimal.fixed(session.atEnd, 1), peer: Decimal.fixed(session.at200, 1),
        ratio: times(session.growth), target: "≤ 2.00× line 200",
        met: met(report.targets.sessionGrowth)),
      Row(
        measure: "recorded turn (--record), line 200 (µs)",
        advisor: Decimal.fixed(report.recording.at200, 1)),
      Row(
        measure: "recorded turn (--record), line 2,000 (µs)",
        advisor: Decimal.fixed(report.recording.at2000, 1),
        peer: Decimal.fixed(report.recording.at200, 1), ratio: times(report.recording.growth),
        target: "≤ 2.00× line 200", met: met(report.targets.recordingGrowth)),
    ]
  }

  private static func userEntryRows(_ report: BenchReport) -> [Row] {
    let entries = report.userEntries
    let limit = BenchReport.Targets.userEntriesMiB
    return [
      Row(
        measure: "ask --kb \(entries.entries) entries, first (ms)",
        advisor: Decimal.fixed(entries.first, 1), target: "< 1000 ms",
        met: met(entries.first < BenchReport.Targets.userEntriesFirstMilliseconds)),
      Row(
        measure: "ask --kb \(entries.entries) entries, later (ms)",
        advisor: Decimal.fixed(entries.later.median, 2),
        peer: Decimal.fixed(entries.plain.median, 2), ratio: times(entries.ratio),
        target: "≤ 2.00× plain ask", met: met(entries.ratio <= BenchReport.Targets.userEntriesRatio)
      ),
      Row(
        measure: "  its freshness check, in process (ms)",
        advisor: Decimal.fixed(entries.freshness.median, 2)),
      Row(
        measure: "  cached load and answer, in process (ms)",
        advisor: Decimal.fixed(entries.cachedAnswer.median, 2)),
      Row(
        measure: "peak memory, ask --kb first (MiB)",
        advisor: Decimal.fixed(mebibytes(entries.firstPeakMemory), 1)),
      Row(
        measure: "peak memory, ask --kb later (MiB)",
        advisor: Decimal.fixed(mebibytes(entries.laterPeakMemory), 1), target: "< 60 MiB",
        met: met(mebibytes(entries.laterPeakMemory) < limit)),
    ]
  }

  private static func ratio(_ value: Double, _ base: Double) -> Double {
    base > 0 ? value / base : 0
  }

  private static func processRows(_ report: BenchReport) -> [Row] {
    let memory = report.memory
    let limit = BenchReport.Targets.peakMemoryMiB
    return [
      Row(
        measure: "advisor ask, whole process (ms)",
        advisor: Decimal.fixed(report.startup.advisor.median, 2),
        peer: Decimal.fixed(report.startup.helloWorld.median, 2),
        ratio: times(report.startup.ratio), target: "≤ 1.30× floor",
        met: met(report.targets.startup)),
      Row(
        measure: "peak memory, advisor ask (MiB)", advisor: Decimal.fixed(mebibytes(memory.ask), 1),
        target: "< 30 MiB", met: met(mebibytes(memory.ask) < limit)),
      Row(
        measure: "peak memory, advisor replay (MiB)",
        advisor: Decimal.fixed(mebibytes(memory.replay), 1), target: "< 30 MiB",
        met: met(mebibytes(memory.replay) < limit)),
    ]
  }

  private static func header(_ report: BenchReport) -> String {
    let search = report.search
    let dialogue = report.dialogue
    let questions =
      "\(search.questions) evaluation questions (\(search.onTopicQuestions) on-topic), "
      + "\(report.rounds) rounds"
    let transcripts =
      "\(dialogue.transcripts) transcripts (\(dialogue.replayTurns) turns), "
      + "\(report.dialogueRounds) rounds"
    return "advisor-bench: \(report.machine.summary)\n"
      + "\(questions); \(transcripts); \(report.launches) launches of each program"
  }

  private static func notes(_ report: BenchReport) -> [String] {
    let benchPeak = Decimal.fixed(mebibytes(report.memory.benchAtLaunch), 1)
    var notes = [
      "",
      "precision at 1: the top-ranked entry, whether or not the advisor's confidence policy",
      "  accepts it as the answer (as the evaluation test counts it), on the on-topic questions.",
      "FTS5: SQLite's in-memory fts5 table over the same entries, porter unicode61, bm25 with the",
      "  advisor's field weights (2.5, 1, 1, 0.5), the question's words joined by OR; the targets",
      "  are against every word (FTS5's default, its most precise here); 'less stop words' drops",
      "  the Snowball English list (faster, less precise). Each query timed alone, all alike.",
      "dialogue turn: Conversation.respond(to:) and the reply's text (understanding, decision,",
      "  reply), every typed line of every transcript, after a first pass (reported on its own)",
      "  in which turns also build the tables a process builds once; replay: Replayer.replay,",
      "  comparisons included.",
      "saved-session turn: respond(to:) and the save advisor chat does after it (one SQLite",
      "  transaction appending the turn), medians of the \(SessionBench.window) turns up to each "
        + "line; peer: line 200.",
      "recorded turn: the same with --record (the turn's text appended to the transcript, a flush",
      "  every \(RecordingBench.syncInterval) turns), means of the \(RecordingBench.window) turns up "
        + "to each line; peer: line 200.",
      "ask --kb: 10,000 generated entries; first: the launch that lints, indexes and caches",
      "  them; later: median launch reading the cached pack; peer: the plain ask, alternately;",
      "  in process: listing and examining the 10,000 files, and the cache's whole load (that",
      "  check, mapping and checking the pack) with one answer.",
      "floor: a Swift hello world that imports Foundation, compiled with swiftc -O in this run;",
      "  medians of alternating launches.",
      "memory: the child's peak resident set (wait4), at least the bench's own at launch "
        + "(\(benchPeak) MiB).",
    ]
    notes.append("slowest turns (median µs):")
    for turn in report.dialogue.slowest {
      let text = turn.text.count > 50 ? turn.text.prefix(47) + "..." : turn.text
      notes.append("  \(Decimal.fixed(turn.microseconds, 1))  \(turn.location)  \(text)")
    }
    if report.dialogue.failedTranscripts > 0 {
      notes.append(
        "warning: \(report.dialogue.failedTranscripts) transcripts no longer replay as written.")
    }
    return notes
  }

  private static func signed(_ value: Double) -> String {
    (value >= 0 ? "+" : "") + Decimal.fixed(value, 3)
  }

  static func times(_ ratio: Double) -> String { Decimal.fixed(ratio, 2) + "×" }

  static func met(_ value: Bool) -> String { value ? "yes" : "NO" }

  /// The rows in columns: the first and the last two left-aligned, the figures right-aligned.
  private static func layout(_ rows: [[String]]) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
    }
    return rows.map { row in
      var cells: [String] = []
      for (column, cell) in row.enumerated() {
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        let leftAligned = column == 0 || column >= columns - 2
        cells.append(leftAligned ? cell + padding : padding + cell)
      }
      return String(cells.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
    }
  }
}
