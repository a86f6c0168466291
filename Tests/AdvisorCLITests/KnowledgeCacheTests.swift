import Foundation
import Testing

/// `--kb` folders compiled once and cached: used while nothing changed, rebuilt when it did.
@Suite("The --kb cache")
struct KnowledgeCacheTests {
  private static func entry(_ id: String, title: String) -> String {
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

  private func cacheFiles(_ cache: URL) throws -> [String] {
    let folder = cache.appendingPathComponent("advisor").path
    return try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  @Test("The cache is written once, reused, and rebuilt when an entry file changes")
  func invalidatedOnChange() throws {
    let advisor = try AdvisorProcess()
    let entries = advisor.stateHome.appendingPathComponent("entries")
    let cache = advisor.stateHome.appendingPathComponent("cache")
    try FileManager.default.createDirectory(at: entries, withIntermediateDirectories: true)
    let file = entries.appendingPathComponent("zebra.md")
    try Data(Self.entry("my-zebra", title: "Zebra General").utf8).write(to: file)
    let environment = ["XDG_CACHE_HOME": cache.path]
    let ask = ["ask", "--kb", entries.path, "--json", "zebra rotation"]

    let first = try advisor.run(ask, environment: environment)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("Zebra General"))
    let files = try cacheFiles(cache)
    #expect(files.count == 1 && files[0].hasSuffix(".pack"), "\(files)")
    let packPath = cache.appendingPathComponent("advisor/" + files[0]).path
    let written = try FileManager.default.attributesOfItem(atPath: packPath)[.systemFileNumber]

    let second = try advisor.run(ask, environment: environment)
    #expect(second.stdout == first.stdout)
    // Reused, not rewritten: the same file.
    #expect(
      try FileManager.default.attributesOfItem(atPath: packPath)[.systemFileNumber] as? Int
        == written as? Int)

    try Data(Self.entry("my-zebra", title: "Zebra Memorial").utf8).write(to: file)
    let changed = try advisor.run(ask, environment: environment)
    #expect(changed.stdout.contains("Zebra Memorial"), "\(changed.stdout)")
    #expect(try cacheFiles(cache) == files)
  }

  @Test("A half-written or damaged cache is rebuilt, never trusted")
  func damagedCache() throws {
    let advisor = try AdvisorProcess()
    let entries = advisor.stateHome.appendingPathComponent("entries")
    let cache = advisor.stateHome.appendingPathComponent("cache")
    try FileManager.default.createDirectory(at: entries, withIntermediateDirectories: true)
    try Data(Self.entry("my-zebra", title: "Zebra General").utf8).write(
      to: entries.appendingPathComponent("zebra.md"))
    let environment = ["XDG_CACHE_HOME": cache.path]
    let ask = ["ask", "--kb", entries.path, "--json", "zebra rotation"]
    let first = try advisor.run(ask, environment: environment)
    let pack = cache.appendingPathComponent("advisor/" + (try cacheFiles(cache)[0]))
    for cut in [0, 20, 200] {
      let bytes = try Data(contentsOf: pack)
      try bytes.prefix(bytes.count - (cut == 0 ? bytes.count - 3 : cut)).write(to: pack)
      let again = try advisor.run(ask, environment: environment)
      #expect(again.status == 0, "\(again.stderr)")
      #expect(again.stdout == first.stdout)
    }
  }

  @Test("An entry with a problem is still reported after a good one was cached")
  func problemsStillReported() throws {
    let advisor = try AdvisorProcess()
    let entries = advisor.stateHome.appendingPathComponent("entries")
    let cache = advisor.stateHome.appendingPathComponent("cache")
    try FileManager.default.createDirectory(at: entries, withIntermediateDirectories: true)
    let file = entries.appendingPathComponent("zebra.md")
    try Data(Self.entry("my-zebra", title: "Zebra General").utf8).write(to: file)
    let environment = ["XDG_CACHE_HOME": cache.path]
    let ask = ["ask", "--kb", entries.path, "zebra rotation"]
    #expect(try advisor.run(ask, environment: environment).status == 0)
    try Data("id: my-zebra\ntitle: Zebra\nbogus: 1\n".utf8).write(to: file)
    let broken = try advisor.run(ask, environment: environment)
    #expect(broken.status == 2)
    #expect(broken.stderr.hasPrefix("advisor: error: \(file.path):"), "\(broken.stderr)")
  }
}
