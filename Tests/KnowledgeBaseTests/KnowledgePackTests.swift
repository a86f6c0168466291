import AdvisorCore
import Testing

@testable import KnowledgeBase

/// A knowledge pack is read in place and answers exactly as the index it was written from, and
/// a damaged one is refused or, where the checksum does not reach, read without a crash.
@Suite("Knowledge packs")
struct KnowledgePackTests {
  /// Words the generated entries and queries are made of: some the built-in entries use too.
  private static let words = [
    "visa", "rotation", "letter", "research", "score", "interview", "mentor", "observership",
    "step", "failed", "match", "program", "signal", "county", "rural", "night", "call", "240",
    "poster", "abstract", "elective", "audition", "fellowship", "teaching",
  ]

  /// A seeded generator (the 64-bit LCG of Knuth's MMIX), so every run sees the same data.
  private struct Seeded {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    mutating func words(_ count: Int) -> [String] {
      (0..<count).map { _ in KnowledgePackTests.words[next(KnowledgePackTests.words.count)] }
    }
  }

  /// The built-in entries plus `count` generated ones, every fifth a copy of the one before
  /// under another id (so scores tie and the id decides), files named by their name alone (as
  /// a pack read without a folder names them).
  private static func entries(_ count: Int, seed: UInt64) -> [KnowledgeEntry] {
    var random = Seeded(state: seed)
    var entries = Array(BuiltIn.knowledgeBase.entries)
    var previous: KnowledgeEntry?
    for index in 0..<count {
      let id = "user-\(String(index, radix: 7))-\(index)"
      var entry = KnowledgeEntry(
        id: id, title: random.words(3).joined(separator: " "),
        text: random.words(10 + random.next(40)).joined(separator: " ") + ".",
        source: Source(article: "My notes", section: "Notes \(index)"),
        tags: random.words(random.next(3)),
        questions: (0..<random.next(3)).map { _ in random.words(6).joined(separator: " ") + "?" },
        file: "/notes/\(id).md")
      if index % 5 == 4, let previous {
        entry = KnowledgeEntry(
          id: id, title: previous.title, text: previous.text, source: previous.source,
          tags: previous.tags, questions: previous.questions, file: "/notes/\(id).md")
      }
      entries.append(entry)
      previous = entry
    }
    return entries.map { entry in
      var entry = entry
      entry.file = entry.file.map { String($0.split(separator: "/").last ?? "") }
      return entry
    }
  }

  private static func queries(seed: UInt64) -> [String] {
    var random = Seeded(state: seed)
    var queries = (0..<60).map { _ in random.words(1 + random.next(6)).joined(separator: " ") }
    queries += [
      "should I mention my score in interviews?", "rotaton letter", "obsrvership visa",
      "zebra giraffe", "", "240 240 240",
    ]
    return queries
  }

  @Test("A pack answers every query exactly as the index it was written from", arguments: [1, 7])
  func packAnswersAsMemory(seed: UInt64) throws {
    let memory = KnowledgeBase(entries: Self.entries(300, seed: seed))
    let packed = try KnowledgePack.decode(KnowledgePack.encode(memory))
    #expect(packed.entries.count == memory.entries.count)
    for query in Self.queries(seed: seed) {
      for limit in [3, 12] {
        let expected = memory.search(query, limit: limit)
        let found = packed.search(query, limit: limit)
        #expect(found == expected, "\(query) (\(limit))")
      }
    }
    for entry in memory.entries {
      #expect(packed.entry(id: entry.id) == entry)
    }
    #expect(packed.entry(id: "no-such-entry") == nil)
    #expect(Array(packed.entries) == Array(memory.entries))
    #expect(
      packed.corrector.wordCounts.map(\.word) == memory.corrector.wordCounts.map(\.word))
  }

  @Test("The best results are those a full sort by score, then id, gives")
  func bestIsAFullSort() {
    let memory = KnowledgeBase(entries: Self.entries(200, seed: 3))
    for query in Self.queries(seed: 3) {
      let terms = Set(Analyzer().terms(words: TextNormalizer.words(query)))
      let scored = memory.index.score(terms, coverageTerms: terms)
      let sorted = scored.sorted {
        ($0.score, memory.entries.id(at: $1.document))
          > ($1.score, memory.entries.id(at: $0.document))
      }
      for count in [1, 5, KnowledgeBase.keptByInsertion, KnowledgeBase.keptByInsertion + 1, 500] {
        #expect(
          memory.top(scored, count: count).map(\.document)
            == sorted.prefix(count).map(\.document), "\(query)")
      }
    }
  }

  @Test("Opening a pack decodes nothing it does not need: the typo list waits for a typo")
  func opensLazily() throws {
    let pack = KnowledgePack.encode(KnowledgeBase(entries: Self.entries(50, seed: 5)))
    let base = try KnowledgePack.decode(pack)
    #expect(
      base.search("rotation letter").answer != nil || !base.search("rotation").related.isEmpty)
    #expect(base.search("rotaton").corrections == [.init(typed: "rotaton", corrected: "rotation")])
  }

  /// A small pack for the damage tests, written once.
  private static let smallPack = KnowledgePack.encode(
    KnowledgeBase(entries: Array(entries(40, seed: 11).suffix(60))))

  @Test("A pack cut short or with bytes added is refused", arguments: 0..<40)
  func truncatedOrExtended(seed: UInt64) throws {
    let pack = Self.smallPack
    var random = Seeded(state: seed &+ 100)
    var damaged = pack
    if seed % 2 == 0 {
      damaged.removeLast(1 + random.next(pack.count))
    } else {
      damaged += (0...random.next(64)).map { _ in UInt8(random.next(128)) }
    }
    #expect(throws: KnowledgePack.Failure.self) { try KnowledgePack.decode(damaged) }
  }

  @Test(
    "A flipped byte is refused where the checksum reaches, and never crashes elsewhere",
    arguments: 0..<200)
  func flippedByte(seed: UInt64) throws {
    let pack = Self.smallPack
    var reader = PackReader(PackBytes(pack), at: KnowledgePack.headerSize)
    let layout = try PackLayout(reading: &reader, length: pack.count)
    let checked = [
      0..<layout.fixedEnd, layout.index.dictionaryRange,
      layout.questionIndex.dictionaryRange,
    ]
    var random = Seeded(state: seed &+ 7)
    // Half the flips land in what the checksum covers, half anywhere.
    let region = checked[random.next(checked.count)]
    let position =
      seed % 2 == 0
      ? region.lowerBound + random.next(max(region.count, 1)) : random.next(pack.count)
    var damaged = pack
    damaged[position] ^= UInt8(1 + random.next(255))
    guard let base = try? KnowledgePack.decode(damaged) else { return }
    #expect(!checked.contains { $0.contains(position) }, "byte \(position) was not checked")
    for query in Self.queries(seed: seed).prefix(3) { _ = base.search(query) }
    for entry in base.entries { _ = base.entry(id: entry.id) }
    _ = base.search("rotaton")
  }

  @Test("A pack of another format version is refused, naming both versions")
  func otherVersion() throws {
    var pack = KnowledgePack.encode(KnowledgeBase(entries: Self.entries(5, seed: 2)))
    var version: [UInt8] = []
    SevenBit.append(2, bits: 32, to: &version)
    pack.replaceSubrange(8..<13, with: version)
    #expect {
      try KnowledgePack.decode(pack)
    } throws: { error in
      "\(error)".contains("format version 2, this build reads \(KnowledgePack.formatVersion)")
    }
  }
}
