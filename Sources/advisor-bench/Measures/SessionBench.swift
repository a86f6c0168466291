import Dialogue
import KnowledgeBase
import Platform
import Storage

/// One long saved session, as `advisor chat` keeps it: each turn is the conversation's reply
/// and its save (one transaction appending the turn to the SQLite session store), timed near
/// line 200, line 2,000 and the last line (5,000 by default), so a cost that grows with the session shows.
enum SessionBench {
  struct Result: Sendable {
    /// Median microseconds of a turn with its save, over the turns just before each line.
    var at200: Double
    var at2000: Double
    var atEnd: Double
    /// The session's length: the last line timed.
    var turns: Int
    /// The database's size after the last turn, in bytes.
    var databaseBytes: Int

    /// The cost at the end over the cost near the start.
    var growth: Double { at200 > 0 ? atEnd / at200 : 0 }
  }

  /// The lines typed, over and over: answers, corrections, a question, an undo.
  static let lines = [
    "failed step 1 once, passed", "238 on CK", "IM", "US MD", "Boston", "no connections",
    "no hook", "/undo", "actually it was 241", "peds", "what should I do next?", "/profile",
  ]

  /// How many turns before each line are timed together.
  static let window = 50

  static func run(knowledgeBase: KnowledgeBase, folder: TempFolder, turns: Int = 5_000)
    throws(BenchError) -> Result
  {
    let directory = StateDirectory(path: folder.file("state"))
    defer { removeState(directory) }
    let store: ChatSessionStore
    do {
      store = try ChatSessionStore(
        directory: directory, name: SessionName.unnamed, resume: false)
    } catch {
      throw BenchError(file: directory.path, error.description)
    }
    var conversation = Conversation(knowledge: knowledgeBase)
    _ = conversation.opening()
    var times: [Double] = []
    times.reserveCapacity(turns)
    for index in 0..<turns {
      let line = lines[index % lines.count]
      let (_, elapsed) = Stopwatch.time {
        let turn = conversation.respond(to: line)
        store.save(turn, state: conversation.state)
      }
      times.append(elapsed.microseconds)
    }
    if let failure = store.failure { throw BenchError(file: directory.path, failure) }
    var info = stat()
    let size = stat(directory.path + "/" + SessionDatabase.fileName, &info) == 0 ? info.st_size : 0
    return Result(
      at200: median(times, endingAt: 200), at2000: median(times, endingAt: 2_000),
      atEnd: median(times, endingAt: turns), turns: turns, databaseBytes: Int(size))
  }

  private static func median(_ times: [Double], endingAt line: Int) -> Double {
    let end = min(line, times.count)
    return Samples(Array(times[max(0, end - window)..<end])).median
  }

  private static func removeState(_ directory: StateDirectory) {
    for name in (try? TextFile.names(in: directory.path)) ?? [] {
      unlink(directory.path + "/" + name)
    }
    rmdir(directory.path)
  }
}
