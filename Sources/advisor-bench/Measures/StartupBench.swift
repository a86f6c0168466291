/// The whole-process time of `advisor ask` against the start-up floor: a Swift hello world that
/// uses Foundation, compiled with `swiftc -O` in the same run.
enum StartupBench {
  struct Result: Sendable {
    /// Each launch of `advisor ask QUESTION`, in milliseconds.
    var advisor: Samples
    /// Each launch of the hello world, in milliseconds.
    var helloWorld: Samples
    /// The median advisor launch over the median hello-world launch.
    var ratio: Double { helloWorld.median > 0 ? advisor.median / helloWorld.median : 0 }
    /// The largest peak resident memory of the `advisor ask` launches, in bytes.
    var advisorPeakMemory: Int
    /// What `swiftc --version` printed first.
    var swiftVersion: String
  }

  /// The question asked: one the advisor answers.
  static let question = "should I mention my score in interviews?"

  /// The floor: starts the Swift runtime and Foundation, prints a line through Foundation.
  static let helloWorld = """
    import Foundation

    print(String(format: "hello, %@", "world"))

    """

  /// Compiles the hello world in `folder`, then runs it and `advisor ask` alternately,
  /// `launches` times each after three untimed warm-up runs each.
  ///
  /// - Throws: ``BenchError`` when the compiler or either program fails.
  static func run(advisor: String, launches: Int, folder: TempFolder) throws(BenchError) -> Result {
    let versionFile = folder.file("swift-version.txt")
    _ = try ChildProcess.run("swiftc", ["--version"], output: versionFile)
    let version = try TextFile.read(versionFile).split(separator: "\n").first.map(String.init)

    try folder.write(helloWorld, to: "hello.swift")
    let hello = folder.file("hello")
    let compiled = try ChildProcess.run(
      "swiftc", ["-O", folder.file("hello.swift"), "-o", hello])
    guard compiled.exitCode == 0 else {
      throw BenchError(file: "swiftc", "cannot compile the hello world (exit \(compiled.exitCode))")
    }

    let ask = ["ask", question]
    for _ in 0..<3 {
      _ = try launch(advisor, ask)
      _ = try launch(hello, [])
    }
    var advisorTimes: [Double] = []
    var helloTimes: [Double] = []
    var peak = 0
    for _ in 0..<launches {
      let outcome = try launch(advisor, ask)
      advisorTimes.append(outcome.elapsed.milliseconds)
      peak = max(peak, outcome.peakMemory)
      helloTimes.append(try launch(hello, []).elapsed.milliseconds)
    }
    return Result(
      advisor: Samples(advisorTimes), helloWorld: Samples(helloTimes), advisorPeakMemory: peak,
      swiftVersion: version ?? "unknown")
  }

  /// One run, which must succeed.
  static func launch(_ program: String, _ arguments: [String]) throws(BenchError)
    -> ChildProcess.Outcome
  {
    let outcome = try ChildProcess.run(program, arguments)
    guard outcome.exitCode == 0 else {
      throw BenchError(
        file: program,
        "exited with \(outcome.exitCode) on '\(([program] + arguments).joined(separator: " "))'")
    }
    return outcome
  }
}
