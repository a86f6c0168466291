import Dialogue
import KnowledgeBase

/// The conversation measured on the scripted dialogues: the latency of each turn, and the
/// throughput of whole replays.
enum DialogueBench {
  struct Result: Sendable {
    /// Each typed line's turn, in microseconds, over every round after the first pass.
    var turnLatency: Samples
    /// The first pass's turns, in microseconds: each of them may also build a table the
    /// process uses from then on (the lexicon's phrase keys, the gazetteer), once per process.
    var firstPassLatency: Samples
    /// Replayed turns per second (median round).
    var turnsPerSecond: Double
    /// Turns in one replay of every transcript.
    var replayTurns: Int
    var transcripts: Int
    /// Transcripts whose replay differs from what they expect (0 when the advisor is in step
    /// with its dialogues).
    var failedTranscripts: Int
    /// The bytes of reply text the timed turns produced: keeps the work observable.
    var replyBytes: Int
    /// The slowest turns, slowest first, by their median over the rounds.
    var slowest: [SlowTurn]
  }

  /// One typed line and its median turn time.
  struct SlowTurn: Sendable {
    /// `FILE:LINE` of the line in its transcript.
    var location: String
    var text: String
    var microseconds: Double
  }

  /// Times every turn of every transcript in a first pass, reported on its own, then `rounds`
  /// times each for the turn latency, then whole replays `rounds` times.
  static func run(
    _ set: TranscriptSet, knowledgeBase: KnowledgeBase, rounds: Int
  ) -> Result {
    let files = set.files
    // The first pass pays the one-time set-up of the tables every later turn reads; it is
    // kept apart so the turn latency is the turns' own, and reported so that cost is seen.
    var firstPass: [Double] = []
    for transcript in set.transcripts {
      _ = timeTurns(transcript, knowledgeBase: knowledgeBase, files: files) { _, _, microseconds in
        firstPass.append(microseconds)
      }
    }
    var turnTimes: [Double] = []
    var byLine: [String: (text: String, times: [Double])] = [:]
    var replyBytes = 0
    for _ in 0..<rounds {
      for transcript in set.transcripts {
        replyBytes += timeTurns(
          transcript, knowledgeBase: knowledgeBase, files: files
        ) { location, text, microseconds in
          turnTimes.append(microseconds)
          byLine[location, default: (text, [])].times.append(microseconds)
        }
      }
    }
    let slowest = byLine.map { location, value in
      SlowTurn(location: location, text: value.text, microseconds: Samples(value.times).median)
    }
    .sorted { $0.microseconds > $1.microseconds }

    var roundSeconds: [Double] = []
    var turns = 0
    var failed = 0
    for _ in 0..<rounds {
      let (results, elapsed) = Stopwatch.time {
        set.transcripts.map { Replayer.replay($0, knowledge: knowledgeBase, files: files) }
      }
      roundSeconds.append(elapsed.seconds)
      turns = results.reduce(0) { $0 + $1.turns }
      failed = results.count { !$0.passed }
    }
    let median = Samples(roundSeconds).median
    return Result(
      turnLatency: Samples(turnTimes), firstPassLatency: Samples(firstPass),
      turnsPerSecond: median > 0 ? Double(turns) / median : 0,
      replayTurns: turns, transcripts: set.transcripts.count, failedTranscripts: failed,
      replyBytes: replyBytes, slowest: Array(slowest.prefix(slowestKept)))
  }

  /// How many of the slowest turns the result keeps.
  static let slowestKept = 10

  /// Drives a fresh conversation through the transcript's lines, timing each turn: the call
  /// that takes the line and returns the turn (understanding, the decision, the reply) and the
  /// reply's text. `% resume` restores the state untimed. Returns the reply bytes.
  ///
  /// - Parameter record: takes each turn's `FILE:LINE`, line and time in microseconds.
  private static func timeTurns(
    _ transcript: Transcript, knowledgeBase: KnowledgeBase, files: any FileAccess,
    record: (String, String, Double) -> Void
  ) -> Int {
    var conversation = Conversation(knowledge: knowledgeBase, files: files)
    _ = conversation.opening()
    var typed = 0
    var bytes = 0
    for (element, line) in transcript.elements {
      switch element {
      case .input(let text):
        let (reply, elapsed) = Stopwatch.time { conversation.respond(to: text).replyText }
        record("\(transcript.file):\(line)", text, elapsed.microseconds)
        bytes += reply.utf8.count
        typed += 1
      case .resume:
        conversation = Conversation(
          knowledge: knowledgeBase, state: conversation.state, files: files)
        _ = conversation.resumed(turnsSoFar: typed)
      case .comment, .assertion, .reply:
        continue
      }
    }
    return bytes
  }
}
