import BuiltInKnowledge
import KnowledgeBase
import Platform
import Storage

/// `advisor ask --kb FOLDER` over 10,000 generated entries: the first launch (which lints,
/// indexes and caches the folder as a knowledge pack) and later ones (which read the pack),
/// beside the plain `advisor ask`, with the launches' peak memory; and, in this process, the
/// later launch's own parts: the freshness check alone, and the cached pack opened and asked.
enum KnowledgeCacheBench {
  struct Result: Sendable {
    var entries: Int
    /// The first launch, building the cache, in milliseconds.
    var first: Double
    /// Later launches reading the cache, in milliseconds.
    var later: Samples
    /// The plain `advisor ask`, launched alternately with the later ones, in milliseconds.
    var plain: Samples
    /// Bytes: the first launch's peak resident set, and the largest of the later ones'.
    var firstPeakMemory: Int
    var laterPeakMemory: Int
    /// In this process, in milliseconds: the entry folder's fingerprint (listing and examining
    /// every file), and the whole cache load (fingerprint, mapping, checks) with one answer.
    var freshness: Samples
    var cachedAnswer: Samples

    /// A later launch over the plain one.
    var ratio: Double { plain.median > 0 ? later.median / plain.median : 0 }
  }

  /// The words the generated entries are made of.
  private static let words = [
    "visa", "rotation", "letter", "research", "clinic", "observership", "pathway", "mentor",
    "network", "hospital", "elective", "audition", "fellowship", "county", "rural", "night",
    "call", "wards", "consult", "teaching", "quality", "project", "poster", "abstract",
  ]

  static func run(advisor: String, folder: TempFolder, entries: Int = 10_000, launches: Int = 10)
    throws(BenchError) -> Result
  {
    let entryFolder = folder.file("kb")
    let cacheHome = folder.file("cache")
    defer {
      removeTree(cacheHome + "/advisor")
      removeTree(cacheHome)
      removeTree(entryFolder)
    }
    mkdir(entryFolder, 0o700)
    var state: UInt64 = 13
    for index in 0..<entries {
      var picked: [String] = []
      for _ in 0..<40 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        picked.append(words[Int(state >> 33) % words.count])
      }
      let id = "user-\(index)"
      try folder.write(
        """
        id: \(id)
        title: Note \(index): \(picked[0]) and \(picked[1])
        article: My notes
        section: Notes \(index)
        tags: \(picked[2]), \(picked[3])
        question: what about \(picked[4...9].joined(separator: " "))?

        \(picked.joined(separator: " ")).

        """, to: "kb/\(id).md")
    }
    setenv("XDG_CACHE_HOME", cacheHome, 1)
    defer { unsetenv("XDG_CACHE_HOME") }
    let ask = ["ask", "--kb", entryFolder, StartupBench.question]
    let first = try StartupBench.launch(advisor, ask)
    var later: [Double] = []
    var plain: [Double] = []
    var peak = 0
    for _ in 0..<launches {
      let outcome = try StartupBench.launch(advisor, ask)
      later.append(outcome.elapsed.milliseconds)
      peak = max(peak, outcome.peakMemory)
      plain.append(
        try StartupBench.launch(advisor, ["ask", StartupBench.question]).elapsed.milliseconds)
    }
    let (freshness, cachedAnswer) = try inProcess(folder: entryFolder, cache: cacheHome)
    return Result(
      entries: entries, first: first.elapsed.milliseconds, later: Samples(later),
      plain: Samples(plain), firstPeakMemory: first.peakMemory, laterPeakMemory: peak,
      freshness: freshness, cachedAnswer: cachedAnswer)
  }

  /// The freshness check and a cached load with one answer, each timed `rounds` times.
  private static func inProcess(folder: String, cache: String, rounds: Int = 30)
    throws(BenchError) -> (freshness: Samples, cachedAnswer: Samples)
  {
    var freshness: [Double] = []
    var cachedAnswer: [Double] = []
    let knowledgeCache = KnowledgeCache(folder: cache + "/advisor")
    func answer() throws(BenchError) -> Int {
      do {
        let base = try knowledgeCache.load(userFolders: [folder], writer: "advisor-bench") {
          try KnowledgeBase.load(userFolders: [folder])
        }
        return base.search(StartupBench.question).related.count
      } catch {
        throw BenchError("ask --kb in process: \(error)")
      }
    }
    var sink = try answer()  // builds this writer's pack
    for _ in 0..<rounds {
      let (fingerprint, checked) = Stopwatch.time { EntryFingerprint.of([folder]) }
      sink &+= fingerprint?.count ?? 0
      freshness.append(checked.milliseconds)
      let (count, answered) = try Stopwatch.time { () throws(BenchError) -> Int in try answer() }
      sink &+= count
      cachedAnswer.append(answered.milliseconds)
    }
    guard sink > 0 else { throw BenchError("ask --kb in process: nothing was answered") }
    return (Samples(freshness), Samples(cachedAnswer))
  }

  private static func removeTree(_ path: String) {
    for name in (try? TextFile.names(in: path)) ?? [] { unlink(path + "/" + name) }
    rmdir(path)
  }
}
