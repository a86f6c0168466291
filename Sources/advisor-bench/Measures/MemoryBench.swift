/// The advisor's peak memory, read from the kernel for child processes (`wait4`'s
/// `ru_maxrss`): the one-shot `advisor ask`, and `advisor replay` of every dialogue, the
/// longest-running command.
///
/// A spawned child starts in the parent's address space, so the kernel's figure is the larger of
/// the child's own peak and the bench's peak at the spawn. The bench therefore launches its
/// children before it loads or measures anything else, and reports its own peak beside them: a
/// child's figure above it is the child's own.
enum MemoryBench {
  struct Result: Sendable {
    /// Bytes, the largest of the `advisor ask` launches timed for start-up.
    var ask: Int
    /// Bytes, the replay's.
    var replay: Int
    /// Bytes, the bench's own peak resident set after launching them (`VmHWM`).
    var benchAtLaunch: Int
    var peak: Int { max(ask, replay) }
  }

  /// Runs `advisor replay FOLDER` once; a replay that reports differences still counts
  /// (exit 1), any other failure is an error.
  ///
  /// - Throws: ``BenchError`` when the advisor cannot run or fails.
  static func run(advisor: String, dialogues: String, askPeak: Int) throws(BenchError) -> Result {
    let outcome = try ChildProcess.run(advisor, ["replay", dialogues])
    guard outcome.exitCode <= 1 else {
      throw BenchError(file: advisor, "exited with \(outcome.exitCode) on 'replay \(dialogues)'")
    }
    return Result(ask: askPeak, replay: outcome.peakMemory, benchAtLaunch: ownPeak())
  }

  /// The bench's peak resident set so far, from `/proc/self/status`; 0 when unreadable.
  static func ownPeak() -> Int {
    guard let status = try? TextFile.read("/proc/self/status") else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let digits = line.dropFirst("VmHWM:".count).filter(\.isNumber)
      return (Int(digits) ?? 0) * 1024
    }
    return 0
  }
}
