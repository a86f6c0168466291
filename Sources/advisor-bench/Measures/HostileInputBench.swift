/// Turns on hostile input against a normal turn: one line holding a 64 KiB word, and `/check`
/// of a 5,000-line paste. Each runs in a child process (``TurnProbe``) with a time and memory
/// limit, so a superlinear stage shows as a missed limit rather than a hung benchmark.
enum HostileInputBench {
  /// One probe's figure, or the limit it ran into.
  enum Outcome: Sendable {
    case microseconds(Double)
    /// The child was ended (time or memory limit) or failed; the exit code says which.
    case didNotFinish(exitCode: Int32)

    var microseconds: Double? {
      if case .microseconds(let value) = self { return value }
      return nil
    }
  }

  struct Result: Sendable {
    /// The word's length in bytes.
    var wordBytes: Int
    /// The pasted draft's length in lines.
    var pasteLines: Int
    /// The turn whose line holds the long word.
    var longWordTurn: Outcome
    /// The turn that ends the paste (the `.`), which runs the check on the whole draft.
    var checkTurn: Outcome
    /// Every turn of the paste, from `/check` to the `.`, summed.
    var wholePaste: Outcome
    /// The limits each child ran under.
    var secondsLimit: Int
    var memoryLimitMiB: Int
  }

  /// The most a hostile turn may cost, in normal turns.
  static let targetRatio = 100.0

  /// Runs both probes with this benchmark's own executable as the child.
  ///
  /// - Throws: ``BenchError`` when the inputs cannot be written or the child cannot start.
  static func run(
    folder: TempFolder, wordBytes: Int, pasteLines: Int, seconds: Int, memoryMiB: Int
  ) throws(BenchError) -> Result {
    let word = String(repeating: "abcdefghijklmnopqrstuvwxyz", count: wordBytes / 26 + 1)
      .prefix(wordBytes)
    try folder.write("my region is \(word)\n", to: "long-word.txt")
    var paste = ["/check"]
    for number in 1...pasteLines {
      paste.append(
        "Line \(number): I rotated at your clinic and I am sorry my score was low, I will do better."
      )
    }
    paste.append(".")
    try folder.write(paste.joined(separator: "\n") + "\n", to: "paste.txt")

    let longWord = try probe(folder.file("long-word.txt"), folder, seconds, memoryMiB)
    let pasteTimes = try probe(folder.file("paste.txt"), folder, seconds, memoryMiB)
    return Result(
      wordBytes: wordBytes, pasteLines: pasteLines,
      longWordTurn: longWord.outcome { $0.last ?? 0 },
      checkTurn: pasteTimes.outcome { $0.last ?? 0 },
      wholePaste: pasteTimes.outcome { $0.reduce(0, +) },
      secondsLimit: seconds, memoryLimitMiB: memoryMiB)
  }

  /// What one child gave: each turn's time, or the exit code it ended with.
  private struct Probe {
    var times: [Double]?
    var exitCode: Int32

    func outcome(_ figure: ([Double]) -> Double) -> Outcome {
      times.map { .microseconds(figure($0)) } ?? .didNotFinish(exitCode: exitCode)
    }
  }

  private static func probe(_ file: String, _ folder: TempFolder, _ seconds: Int, _ memory: Int)
    throws(BenchError) -> Probe
  {
    let output = folder.file("probe-output.txt")
    // The benchmark itself, in probe mode: the same build, without a second executable.
    let outcome = try ChildProcess.run(
      "/proc/self/exe",
      ["--probe-turns", file, "--probe-seconds", "\(seconds)", "--probe-memory-mib", "\(memory)"],
      // A probe ended by its memory limit prints the runtime's crash report: not the bench's.
      output: output, errors: "/dev/null")
    guard outcome.exitCode == 0 else { return Probe(times: nil, exitCode: outcome.exitCode) }
    let times = try TextFile.read(output).split(separator: "\n").compactMap { Double($0) }
    return Probe(times: times, exitCode: 0)
  }
}
