import Foundation
import Testing

/// `--kb` folders compiled once and cached: used while nothing changed, rebuilt when it did.
@Suite("The --kb cache")
struct KnowledgeCacheTests {
  fileprivate static func entry(_ id: String, title: String) -> String {
    """
    id: \(id)
    title: \(title)
    article: My notes
    section: Notes
    tags: zebra
    question: what about the zebra rotation?

    A note about the zebra rotation at \(title).

    """
  }

  /// An advisor with a folder holding one entry, and a private cache folder.
  private struct Setup {
    let advisor: AdvisorProcess
    let file: URL
    let cache: URL
    let entries: URL
    var environment: [String: String] { ["XDG_CACHE_HOME": cache.path] }

    init() throws {
      advisor = try AdvisorProcess()
      entries = advisor.stateHome.appendingPathComponent("entries")
      cache = advisor.stateHome.appendingPathComponent("cache")
      try FileManager.default.createDirectory(at: entries, withIntermediateDirectories: true)
      file = entries.appendingPathComponent("zebra.md")
      try Data(KnowledgeCacheTests.entry("my-zebra", title: "Zebra General").utf8).write(to: file)
    }

    func ask(json: Bool = true) throws -> AdvisorProcess.Result {
      try advisor.run(
        ["ask", "--kb", entries.path] + (json ? ["--json"] : []) + ["zebra rotation"],
        environment: environment)
    }
  }

  private func cacheFiles(_ cache: URL) throws -> [String] {
    let folder = cache.appendingPathComponent("advisor").path
    return try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  @Test("The cache is written once, reused, and rebuilt when an entry file changes")
  func invalidatedOnChange() throws {
    let setup = try Setup()
    let first = try setup.ask()
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("Zebra General"))
    let files = try cacheFiles(setup.cache)
    #expect(files.count == 1 && files[0].hasSuffix(".pack"), "\(files)")
    let packPath = setup.cache.appendingPathComponent("advisor/" + files[0]).path
    let written = try FileManager.default.attributesOfItem(atPath: packPath)[.systemFileNumber]

    let second = try setup.ask()
    #expect(second.stdout == first.stdout)
    // Reused, not rewritten: the same file.
    #expect(
      try FileManager.default.attributesOfItem(atPath: packPath)[.systemFileNumber] as? Int
        == written as? Int)

    try Data(Self.entry("my-zebra", title: "Zebra Memorial").utf8).write(to: setup.file)
    let changed = try setup.ask()
    #expect(changed.stdout.contains("Zebra Memorial"), "\(changed.stdout)")
    #expect(try cacheFiles(setup.cache) == files)
  }

  @Test("A half-written or damaged cache is rebuilt, never trusted")
  func damagedCache() throws {
    let setup = try Setup()
    let first = try setup.ask()
    let pack = setup.cache.appendingPathComponent("advisor/" + (try cacheFiles(setup.cache)[0]))
    for cut in [0, 20, 200] {
      let bytes = try Data(contentsOf: pack)
      try bytes.prefix(bytes.count - (cut == 0 ? bytes.count - 3 : cut)).write(to: pack)
      let again = try setup.ask()
      #expect(again.status == 0, "\(again.stderr)")
      #expect(again.stdout == first.stdout)
    }
  }

  @Test("An entry with a problem is still reported after a good one was cached")
  func problemsStillReported() throws {
    let setup = try Setup()
    #expect(try setup.ask(json: false).status == 0)
    try Data("id: my-zebra\ntitle: Zebra\nbogus: 1\n".utf8).write(to: setup.file)
    let broken = try setup.ask(json: false)
    #expect(broken.status == 2)
    #expect(broken.stderr.hasPrefix("advisor: error: \(setup.file.path):"), "\(broken.stderr)")
  }
}
