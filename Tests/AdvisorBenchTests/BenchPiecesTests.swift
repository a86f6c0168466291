import AdvisorCore
import KnowledgeBase
import Testing

@testable import advisor_bench

@Suite("The benchmark's arithmetic and its FTS5 queries")
struct BenchPiecesTests {
  @Test("Percentiles are nearest-rank over the sorted samples")
  func percentiles() {
    let samples = Samples((1...100).reversed().map(Double.init))
    #expect(samples.median == 50)
    #expect(samples.p99 == 99)
    #expect(samples.percentile(100) == 100)
    #expect(samples.percentile(0) == 1)
    #expect(Samples([]).median == 0)
    #expect(Samples([7]).p99 == 7)
  }

  @Test(
    "Fixed decimals round half away from zero and pad",
    arguments: [
      (3.14159, 2, "3.14"), (2.5, 0, "3"), (0.05, 1, "0.1"), (-1.25, 1, "-1.3"), (12, 3, "12.000"),
      (0.0004, 3, "0.000"), (-0.0004, 3, "0.000"),
    ])
  func decimals(_ value: Double, _ places: Int, _ expected: String) {
    #expect(Decimal.fixed(value, places) == expected)
  }

  @Test("A question becomes an OR of quoted words, so FTS5 never reads it as query syntax")
  func fts5Expression() {
    #expect(
      FTS5Query.expression(for: "Should I email \"NEAR\" programs? AND/OR", dropping: .none)
        == #""should" OR "i" OR "email" OR "near" OR "programs" OR "and" OR "or""#)
    #expect(
      FTS5Query.expression(for: "Should I email the programs?", dropping: .english)
        == #""email" OR "programs""#)
    #expect(FTS5Query.expression(for: "?? !!", dropping: .none) == nil)
    #expect(FTS5Query.expression(for: "the and of", dropping: .english) == nil)
  }

  @Test("FTS5 over two entries ranks the one that matches first")
  func fts5Ranks() throws {
    let source = Source(article: "emailing-programs", section: "Test")
    let index = try FTS5Index(entries: [
      KnowledgeEntry(
        id: "silent", title: "Staying silent", text: "Say nothing about the score.",
        source: source, questions: ["should I stay quiet"]),
      KnowledgeEntry(
        id: "email", title: "Emailing programs", text: "Write a short email.", source: source,
        tags: ["email"], questions: ["should I email programs"]),
    ])
    #expect(try index.topHit("email the programs", dropping: .none) == "email")
    #expect(try index.topHit("quiet", dropping: .none) == "silent")
    #expect(try index.topHit("zebra", dropping: .none) == nil)
  }
}
