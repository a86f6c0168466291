import KnowledgeBase

/// The advisor's search and SQLite FTS5 side by side, in this process, on the same entries and
/// the same evaluation questions: index build times, query latency, precision at 1.
enum SearchBench {
  /// One search engine's figures.
  struct Engine: Sendable {
    /// Each query, in microseconds, over every round.
    var latency: Samples
    /// The share of on-topic questions whose top-ranked entry is the expected one.
    var precisionAtOne: Double
  }

  struct Result: Sendable {
    var advisor: Engine
    /// FTS5 searching every word of the question: its own behaviour.
    var fts5: Engine
    /// FTS5 with the English stop words left out of the question.
    var fts5LessStopWords: Engine
    /// Median time to index the entries from their text (the work the build plug-in does).
    var advisorBuildMilliseconds: Double
    /// Median time to read the knowledge pack compiled into the executable (what `advisor ask`
    /// does at start).
    var packLoadMilliseconds: Double
    /// Median time to create the FTS5 table and insert the entries.
    var fts5BuildMilliseconds: Double
    var questions: Int
    var onTopicQuestions: Int
  }

  /// The engines measured; each round starts with a different one, so that none always runs on
  /// the caches another warmed.
  private enum Contender: CaseIterable {
    case advisor, fts5, fts5LessStopWords
  }

  /// Builds each index `rounds` times, then runs every question through each engine `rounds`
  /// times.
  ///
  /// - Throws: ``BenchError`` when SQLite or the knowledge pack fails.
  static func run(
    knowledgeBase: KnowledgeBase, evaluation: EvaluationSet, rounds: Int
  ) throws(BenchError) -> Result {
    let entries = Array(knowledgeBase.entries)
    var advisorBuild: [Double] = []
    var packLoad: [Double] = []
    var fts5Build: [Double] = []
    var sink = 0
    for _ in 0..<rounds {
      let (built, buildTime) = Stopwatch.time { KnowledgeBase(entries: entries) }
      advisorBuild.append(buildTime.milliseconds)
      sink &+= built.entries.count
      let (loaded, loadTime) = try Stopwatch.time { () throws(BenchError) in try BuiltIn.load() }
      packLoad.append(loadTime.milliseconds)
      sink &+= loaded.entries.count
      let (_, fts5Time) = try Stopwatch.time { () throws(BenchError) in
        try FTS5Index(entries: entries)
      }
      fts5Build.append(fts5Time.milliseconds)
    }

    let fts5 = try FTS5Index(entries: entries)
    let questions = evaluation.questions.map(\.text)
    var times: [Contender: [Double]] = [:]
    var topHits: [Contender: [String?]] = [:]
    let order = Contender.allCases
    for round in 0..<rounds {
      for step in order.indices {
        let contender = order[(round + step) % order.count]
        let hits = try pass(
          questions, contender, knowledgeBase: knowledgeBase, fts5: fts5,
          into: &times[contender, default: []])
        if topHits[contender] == nil { topHits[contender] = hits }
      }
    }
    precondition(sink > 0)

    func engine(_ contender: Contender) -> Engine {
      Engine(
        latency: Samples(times[contender] ?? []),
        precisionAtOne: precision(topHits[contender] ?? [], evaluation))
    }
    return Result(
      advisor: engine(.advisor), fts5: engine(.fts5), fts5LessStopWords: engine(.fts5LessStopWords),
      advisorBuildMilliseconds: Samples(advisorBuild).median,
      packLoadMilliseconds: Samples(packLoad).median,
      fts5BuildMilliseconds: Samples(fts5Build).median,
      questions: questions.count, onTopicQuestions: evaluation.onTopic.count)
  }

  /// Times `contender` on each question in turn, appending the times (µs); returns the top
  /// hits.
  private static func pass(
    _ questions: [String], _ contender: Contender, knowledgeBase: KnowledgeBase,
    fts5: FTS5Index, into times: inout [Double]
  ) throws(BenchError) -> [String?] {
    var top: [String?] = []
    top.reserveCapacity(questions.count)
    for question in questions {
      let (hit, elapsed) = try Stopwatch.time { () throws(BenchError) -> String? in
        switch contender {
        case .advisor: advisorTopHit(question, in: knowledgeBase)
        case .fts5: try fts5.topHit(question, dropping: .none)
        case .fts5LessStopWords: try fts5.topHit(question, dropping: .english)
        }
      }
      times.append(elapsed.microseconds)
      top.append(hit)
    }
    return top
  }

  /// The entry the advisor ranks first, as `advisor ask` searches (three related topics),
  /// whether or not its confidence policy accepts it as the answer.
  private static func advisorTopHit(_ question: String, in knowledgeBase: KnowledgeBase)
    -> String?
  {
    let response = knowledgeBase.search(question, limit: 4)
    return (response.answer ?? response.related.first)?.entry.id
  }

  /// The share of on-topic questions whose top hit is their expected entry.
  private static func precision(_ topHits: [String?], _ evaluation: EvaluationSet) -> Double {
    var onTopic = 0
    var correct = 0
    for (question, hit) in zip(evaluation.questions, topHits) {
      guard let expected = question.expected else { continue }
      onTopic += 1
      if hit == expected { correct += 1 }
    }
    return onTopic > 0 ? Double(correct) / Double(onTopic) : 0
  }
}
