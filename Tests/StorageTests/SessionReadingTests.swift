import AdvisorCore
import BuiltInKnowledge
import Dialogue
import Foundation
import KnowledgeBase
import Storage
import Testing

/// `advisor sessions` reads without writing; a session at a glance without its turns.
@Suite("Reading saved sessions")
struct SessionReadingTests {
  private static let knowledge: KnowledgeBase = {
    do {
      return try KnowledgeBase.load()
    } catch {
      fatalError("the built-in knowledge base does not load: \(error)")
    }
  }()

  /// A database in a new folder holding the session `alex` with `lines` as its turns, saved at
  /// the moment `clock` says.
  private func database(_ lines: [String], clock: Int = 1_764_547_200) throws -> String {
    let path = try Folders.make() + "/" + SessionDatabase.fileName
    let database = try SessionDatabase(path: path, now: { clock })
    var conversation = Conversation(knowledge: Self.knowledge)
    for line in lines {
      let turn = conversation.respond(to: line)
      try database.append(turn, state: conversation.state, to: "alex")
    }
    return path
  }

  @Test("A summary gives the turns, the last change and the profile, without the turns")
  func summary() throws {
    let path = try database(["peds", "US MD", "238 on CK"], clock: 1_800_000_000)
    let database = try SessionDatabase(readingAt: path)
    let summary = try #require(try database.summary("alex"))
    #expect(summary.turns == 3)
    #expect(summary.changed == 1_800_000_000)
    #expect(summary.profile.specialty == .pediatrics)
    #expect(summary.profile.step2ck.score == 238)
    #expect(try database.summary("sam") == nil)
    #expect(try database.contains("alex"))
    #expect(try !database.contains("sam"))
    #expect(try database.list() == [summary])
  }

  @Test("Reading lists, shows and exports without changing the database or adding a file of ours")
  func readingWritesNothing() throws {
    let path = try database(["peds", "US MD"])
    let folder = (path as NSString).deletingLastPathComponent
    let before = try Folders.names(folder)
    let bytes = FileManager.default.contents(atPath: path)
    do {
      let database = try SessionDatabase(readingAt: path)
      #expect(try database.list().map(\.name) == ["alex"])
      #expect(try database.turns("alex").map(\.input) == ["peds", "US MD"])
      _ = try database.export("alex")
    }
    // Only SQLite's own shared-memory files may appear beside it, private like the database.
    let added = Set(try Folders.names(folder)).subtracting(before)
    #expect(
      added.isSubset(of: [path + "-wal", path + "-shm"].map { ($0 as NSString).lastPathComponent }))
    for name in added { #expect(try Folders.mode(folder + "/" + name) == 0o600) }
    #expect(FileManager.default.contents(atPath: path) == bytes)
  }

  @Test("No database yet: reading says so and creates nothing")
  func missing() throws {
    let folder = try Folders.make()
    let path = folder + "/" + SessionDatabase.fileName
    #expect(throws: SessionStoreError.noDatabase(path: path)) {
      _ = try SessionDatabase(readingAt: path)
    }
    #expect(try Folders.names(folder).isEmpty)
  }

  @Test("A database of the second schema is read as it is, not migrated")
  func secondSchema() throws {
    let path = try database(["peds"])
    do {
      let raw = try SQLiteDatabase(path: path)
      try raw.execute("ALTER TABLE session DROP COLUMN changed; PRAGMA user_version = 2")
    }
    let database = try SessionDatabase(readingAt: path)
    let summary = try #require(try database.summary("alex"))
    #expect(summary.turns == 1)
    #expect(summary.changed == nil)
    #expect(try SQLiteDatabase(path: path).userVersion() == 2)
  }

  @Test(
    "A schema too old or too new to read as it is is refused and left as it was",
    arguments: [1, 99])
  func unreadableSchema(version: Int) throws {
    let path = try database(["peds"])
    try SQLiteDatabase(path: path).execute("PRAGMA user_version = \(version)")
    let bytes = FileManager.default.contents(atPath: path)
    let expected: SessionStoreError = version > 3 ? .newer(path: path) : .older(path: path)
    #expect(throws: expected) { _ = try SessionDatabase(readingAt: path) }
    #expect(FileManager.default.contents(atPath: path) == bytes)
  }

  @Test("A new chat's notice about the session it replaces comes from the summary")
  func replacingNotice() throws {
    let path = try database(["peds", "US MD"])
    let directory = StateDirectory(path: (path as NSString).deletingLastPathComponent)
    let store = try ChatSessionStore(directory: directory, name: "alex", resume: false)
    guard case .replacing(let turns, let profile, let keptAs)? = store.notices.first else {
      Issue.record("expected a replacing notice, got \(store.notices)")
      return
    }
    #expect(turns == 2)
    #expect(profile.specialty == .pediatrics)
    #expect(keptAs == "alex.previous")
  }
}
