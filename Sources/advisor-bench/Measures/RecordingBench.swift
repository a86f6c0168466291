import Dialogue
import KnowledgeBase
import Platform
import Storage

/// One chat recorded with `--record`, as `advisor chat` runs each turn without printing: the
/// reply, the save to the session store, and the append to the transcript file. The turns near
/// line 200 and near line 2,000 are timed, so a transcript rewritten whole at every turn (the
/// cost grows with its length) would show.
enum RecordingBench {
  struct Result: Sendable {
    /// Mean microseconds of a turn over the window before each line: a mean, not a median, so
    /// the flush to disk every ``RecordingFile/syncInterval`` turns is counted.
    var at200: Double
    var at2000: Double
    /// The transcript's size after the last turn, in bytes.
    var transcriptBytes: Int

    /// The cost near line 2,000 over the cost near line 200.
    var growth: Double { at200 > 0 ? at2000 / at200 : 0 }
  }

  /// How many turns before each line are timed together.
  static let window = 100

  /// Appends between two flushes of the transcript to disk.
  static var syncInterval: Int { RecordingFile.syncInterval }

  static func run(knowledgeBase: KnowledgeBase, folder: TempFolder) throws(BenchError) -> Result {
    let directory = StateDirectory(path: folder.file("recorded-state"))
    let path = folder.file("recorded.chat")
    defer {
      for name in (try? TextFile.names(in: directory.path)) ?? [] {
        unlink(directory.path + "/" + name)
      }
      rmdir(directory.path)
      unlink(path)
    }
    let store: ChatSessionStore
    let recording: RecordingFile
    do {
      store = try ChatSessionStore(directory: directory, name: SessionName.unnamed, resume: false)
      recording = try RecordingFile(path: path)
    } catch {
      throw BenchError(file: directory.path, "\(error)")
    }
    var chat = ChatSession(
      knowledge: knowledgeBase, files: NoFileAccess(), resumed: nil,
      recording: "advisor chat --record \(path)")
    _ = chat.open()
    var times: [Double] = []
    for index in 0..<2_000 {
      let line = SessionBench.lines[index % SessionBench.lines.count]
      let (failure, elapsed) = Stopwatch.time {
        let step = chat.respond(to: line)
        store.save(step.turn, state: chat.state)
        return step.recorded.flatMap { recording.append($0) }
      }
      if let failure { throw BenchError(file: path, failure.message) }
      times.append(elapsed.microseconds)
    }
    recording.close()
    if let failure = store.failure { throw BenchError(file: directory.path, failure) }
    var info = stat()
    let size = stat(path, &info) == 0 ? Int(info.st_size) : 0
    return Result(
      at200: mean(times[(200 - window)..<200]), at2000: mean(times[(2_000 - window)..<2_000]),
      transcriptBytes: size)
  }

  private static func mean(_ times: ArraySlice<Double>) -> Double {
    times.isEmpty ? 0 : times.reduce(0, +) / Double(times.count)
  }
}
