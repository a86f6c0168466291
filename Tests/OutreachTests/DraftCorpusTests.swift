import Foundation
import Outreach
import Testing

/// A draft of the corpus in `Corpus/`: the draft, after `# ` lines that say what the check must
/// find (`# expect: check@line ...` or `none`) and how the body's sentences count
/// (`# kinds: strength 3, score 1, other 2`). Lines are the draft's, without those lines.
struct CorpusDraft: CustomTestStringConvertible, Sendable {
  var name: String
  var text: String
  var expected: Set<String>
  var kinds: [SentenceKind: Int]?

  var testDescription: String { name }

  static let all: [CorpusDraft] = {
    guard
      let folder = Bundle.module.url(forResource: "Corpus", withExtension: nil),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
      guard
        let text = try? String(
          contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      else { return nil }
      return CorpusDraft(name: name, file: text)
    }
  }()

  init(name: String, file: String) {
    self.name = name
    var rest = Substring(file)
    var expected: Set<String> = []
    var kinds: [SentenceKind: Int]?
    while rest.hasPrefix("# "), let end = rest.firstIndex(of: "\n") {
      let meta = rest[rest.index(rest.startIndex, offsetBy: 2)..<end]
      if meta.hasPrefix("expect: "), !meta.hasSuffix("none") {
        expected = Set(meta.dropFirst("expect: ".count).split(separator: " ").map(String.init))
      }
      if meta.hasPrefix("kinds: ") {
        kinds = [:]
        for pair in meta.dropFirst("kinds: ".count).split(separator: ",") {
          let parts = pair.split(separator: " ")
          if parts.count == 2, let kind = SentenceKind(rawValue: String(parts[0])),
            let count = Int(parts[1])
          {
            kinds?[kind] = count
          }
        }
      }
      rest = rest[rest.index(after: end)...]
    }
    text = String(rest)
    self.expected = expected
    self.kinds = kinds
  }
}

@Suite("The draft corpus: each draft with its expected findings")
struct DraftCorpusTests {
  @Test("The corpus holds at least 40 drafts, and every check is expected somewhere")
  func coverage() {
    #expect(CorpusDraft.all.count >= 40)
    let expected = Set(
      CorpusDraft.all.flatMap(\.expected).compactMap { $0.split(separator: "@").first }.map(
        String.init))
    #expect(expected == Set(DraftChecker.checkIDs), "\(expected)")
    #expect(CorpusDraft.all.filter(\.expected.isEmpty).count >= 15)
  }

  @Test("Each draft gets exactly its expected findings", arguments: CorpusDraft.all)
  func findings(draft: CorpusDraft) {
    let review = DraftChecker.review(draft.text)
    let found = Set(review.findings.map { "\($0.check)@\($0.line)" })
    #expect(
      found == draft.expected, "\(review.findings.map { "\($0.check)@\($0.line): \($0.words)" })")
    for finding in review.findings {
      #expect(!finding.words.isEmpty && !finding.why.isEmpty && !finding.fix.isEmpty)
    }
  }

  @Test("Each draft's body sentences count as the corpus says", arguments: CorpusDraft.all)
  func kinds(draft: CorpusDraft) throws {
    let kinds = try #require(draft.kinds, "\(draft.name) says nothing of its sentences")
    let review = DraftChecker.review(draft.text)
    for kind in SentenceKind.allCases {
      #expect(
        review.count(kind) == kinds[kind] ?? 0,
        "\(kind): \(review.sentences.map { "\($0.line) \($0.kind): \($0.text)" })")
    }
  }
}
