import ArgumentParser
import LocatedJSON
import Platform

/// `advisor-bench`: the release benchmarks behind `make bench`.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "advisor-bench",
    abstract: "Measure the advisor: search against SQLite FTS5, turns, start-up and memory.",
    discussion: """
      Run from the repository root, after a release build of advisor (make bench does both). \
      Prints a table, or one JSON object with --json. Exits 0 even when a target is missed: \
      it is a report; non-zero only when something cannot be measured.
      """)

  @Flag(help: "Print one JSON object instead of the table.")
  var json = false

  @Option(help: "Passes over the evaluation questions (search latency, build times).")
  var rounds = 20

  @Option(help: "Passes over the transcripts (turn latency, replay throughput).")
  var dialogueRounds = 3

  @Option(help: "Timed launches of advisor ask and of the hello world, each.")
  var launches = 30

  @Option(help: "Turns of the one long saved session (its cost at line 200, 2,000 and the end).")
  var sessionTurns = 5_000

  @Option(help: "The folder of .chat transcripts.")
  var dialogues = "dialogues"

  @Option(help: "The evaluation questions (QUESTION<TAB>ENTRY-ID; '-' for off-topic).")
  var evaluation = "Tests/KnowledgeBaseTests/Fixtures/evaluation.tsv"

  @Option(help: "The advisor executable (default: the advisor beside this benchmark).")
  var advisor: String?

  @Option(help: "The long word's length in bytes, for the hostile-input turn.")
  var longWordBytes = 65_536

  @Option(help: "The pasted draft's length in lines, for the hostile /check.")
  var pasteLines = 5_000

  @Option(help: "Seconds a hostile-input probe may run before it is ended.")
  var probeSeconds = 120

  @Option(
    help: ArgumentHelp("Times the turns of FILE's lines (the child side).", visibility: .private))
  var probeTurns: String?

  @Option(help: ArgumentHelp("Address-space limit of a probe, in MiB.", visibility: .private))
  var probeMemoryMib = 2_048

  func validate() throws {
    guard (1...1000).contains(rounds) else { throw ValidationError("--rounds must be 1 to 1000") }
    guard (1...1000).contains(dialogueRounds) else {
      throw ValidationError("--dialogue-rounds must be 1 to 1000")
    }
    guard (2_000...100_000).contains(sessionTurns) else {
      throw ValidationError("--session-turns must be 2000 to 100000")
    }
    guard (1...1000).contains(launches) else {
      throw ValidationError("--launches must be 1 to 1000")
    }
    guard (1...(16 << 20)).contains(longWordBytes), (1...1_000_000).contains(pasteLines) else {
      throw ValidationError("--long-word-bytes must be 1 to 16 MiB, --paste-lines 1 to 1000000")
    }
  }

  func run() throws {
    if let probeTurns {
      try TurnProbe.run(file: probeTurns, seconds: probeSeconds, memoryMiB: probeMemoryMib)
      return
    }
    let report = try measure()
    if json {
      print(ReportJSON.object(report).serialized(pretty: true))
    } else {
      print(ReportTable.text(report))
    }
  }

  /// Every measure, in turn, each alone on the machine: the child processes first, while the
  /// bench is small (see ``MemoryBench``).
  private func measure() throws(BenchError) -> BenchReport {
    let questions = try EvaluationSet(path: evaluation)
    let transcripts = try TranscriptSet(folder: dialogues)
    let advisorPath = try AdvisorExecutable.locate(advisor)

    Progress.say("start-up: compiling the hello world, then \(launches) launches of each")
    let folder = try TempFolder()
    defer { folder.remove() }
    let startup = try StartupBench.run(advisor: advisorPath, launches: launches, folder: folder)
    Progress.say("memory: advisor replay \(dialogues)")
    let memory = try MemoryBench.run(
      advisor: advisorPath, dialogues: dialogues, askPeak: startup.advisorPeakMemory)

    Progress.say("ask --kb: 10,000 generated entries, cached then read")
    let userEntries = try KnowledgeCacheBench.run(advisor: advisorPath, folder: folder)

    let knowledgeBase = try BuiltIn.load()
    Progress.say("search: the advisor and FTS5, \(rounds) rounds")
    let search = try SearchBench.run(
      knowledgeBase: knowledgeBase, evaluation: questions, rounds: rounds)
    Progress.say("dialogues: turns and replays, \(dialogueRounds) rounds")
    let dialogue = DialogueBench.run(
      transcripts, knowledgeBase: knowledgeBase, rounds: dialogueRounds)
    Progress.say("hostile input: a \(longWordBytes)-byte word, /check of \(pasteLines) lines")
    let hostile = try HostileInputBench.run(
      folder: folder, wordBytes: longWordBytes, pasteLines: pasteLines, seconds: probeSeconds,
      memoryMiB: probeMemoryMib)
    Progress.say("session: \(sessionTurns) turns of one saved session")
    let session = try SessionBench.run(
      knowledgeBase: knowledgeBase, folder: folder, turns: sessionTurns)
    Progress.say("recording: 2,000 turns of a chat with --record")
    let recording = try RecordingBench.run(knowledgeBase: knowledgeBase, folder: folder)
    return BenchReport(
      machine: .current(swift: startup.swiftVersion, sqlite: FTS5Index.libraryVersion),
      rounds: rounds, dialogueRounds: dialogueRounds, launches: launches, search: search,
      dialogue: dialogue, startup: startup, memory: memory, hostile: hostile, session: session,
      recording: recording, userEntries: userEntries)
  }
}

/// Progress lines on standard error, only when it is a terminal.
enum Progress {
  static func say(_ message: String) {
    guard isatty(STDERR_FILENO) == 1 else { return }
    let line = "advisor-bench: \(message)...\n"
    _ = line.utf8CString.withUnsafeBufferPointer {
      write(STDERR_FILENO, $0.baseAddress, $0.count - 1)
    }
  }
}
