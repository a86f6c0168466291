/// Every figure of one run, and whether each target is met.
struct BenchReport: Sendable {
  var machine: Machine
  var rounds: Int
  var dialogueRounds: Int
  var launches: Int
  var search: SearchBench.Result
  var dialogue: DialogueBench.Result
  var startup: StartupBench.Result
  var memory: MemoryBench.Result
  var hostile: HostileInputBench.Result
  var session: SessionBench.Result
  var recording: RecordingBench.Result
  var userEntries: KnowledgeCacheBench.Result

  // MARK: - Ratios

  /// The advisor's median query time over a peer's.
  func queryP50Ratio(_ peer: SearchBench.Engine) -> Double {
    ratio(search.advisor.latency.median, peer.latency.median)
  }

  /// The advisor's 99th-percentile query time over a peer's.
  func queryP99Ratio(_ peer: SearchBench.Engine) -> Double {
    ratio(search.advisor.latency.p99, peer.latency.p99)
  }

  /// The advisor's precision at 1 less a peer's.
  func precisionGain(_ peer: SearchBench.Engine) -> Double {
    search.advisor.precisionAtOne - peer.precisionAtOne
  }

  /// The advisor's index build time over FTS5's.
  var buildRatio: Double {
    ratio(search.advisorBuildMilliseconds, search.fts5BuildMilliseconds)
  }

  /// A hostile-input turn over the median normal turn; nil when the probe did not finish.
  func hostileRatio(_ outcome: HostileInputBench.Outcome) -> Double? {
    outcome.microseconds.map { ratio($0, dialogue.turnLatency.median) }
  }

  private func ratio(_ value: Double, _ base: Double) -> Double { base > 0 ? value / base : 0 }

  // MARK: - Targets

  /// The targets, as measured in this run, against FTS5 searching every word (its own
  /// behaviour and, on the evaluation set, its most precise configuration).
  struct Targets: Sendable {
    static let precisionGain = 0.10
    static let startupRatio = 1.3
    static let turnP99Microseconds = 300.0
    static let peakMemoryMiB = 30.0
    static let sessionGrowth = 2.0
    static let recordingGrowth = 2.0
    static let userEntriesFirstMilliseconds = 1_000.0
    static let userEntriesRatio = 2.0
    static let userEntriesMiB = 60.0

    /// FAQ query p50 no slower than FTS5's.
    var queryP50: Bool
    /// Precision at 1 at least 0.10 above FTS5's.
    var precision: Bool
    /// `advisor ask` within 1.3× of the hello-world floor.
    var startup: Bool
    /// Turn p99 under 300 µs (issue 11 set this for the pipeline with mentions and confirmations;
    /// issue 7 had asked for 200 µs before that work).
    var turnP99: Bool
    /// Peak memory under 30 MiB.
    var memory: Bool
    /// A saved session's turn at its end within 2× its turn near line 200.
    var sessionGrowth: Bool
    /// A turn recorded with `--record` near line 2,000 within 2× one near line 200.
    var recordingGrowth: Bool
    /// `ask --kb` over 10,000 entries: first use under 1 s; later ones within 2× the plain
    /// `ask` and under 60 MiB.
    var userEntries: Bool

    var all: Bool {
      queryP50 && precision && startup && turnP99 && memory && sessionGrowth && recordingGrowth
        && userEntries
    }
  }

  var targets: Targets {
    Targets(
      queryP50: queryP50Ratio(search.fts5) <= 1,
      // A hair of tolerance: 0.1 is not exact in binary.
      precision: precisionGain(search.fts5) >= Targets.precisionGain - 1e-9,
      startup: startup.ratio <= Targets.startupRatio,
      turnP99: dialogue.turnLatency.p99 < Targets.turnP99Microseconds,
      memory: mebibytes(memory.peak) < Targets.peakMemoryMiB,
      sessionGrowth: session.growth <= Targets.sessionGrowth,
      recordingGrowth: recording.growth <= Targets.recordingGrowth,
      userEntries: userEntries.first < Targets.userEntriesFirstMilliseconds
        && userEntries.ratio <= Targets.userEntriesRatio
        && mebibytes(userEntries.laterPeakMemory) < Targets.userEntriesMiB)
  }
}

/// Bytes in mebibytes.
func mebibytes(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }
