import AdvisorCore
import BuiltInKnowledge
import Dialogue
import Foundation
import KnowledgeBase
import LocatedJSON
import Storage
import Testing

/// The built-in knowledge base, loaded once.
private let knowledge: KnowledgeBase = {
  do {
    return try KnowledgeBase.load()
  } catch {
    fatalError("the built-in knowledge base does not load: \(error)")
  }
}()

/// A chat without a terminal: lines in, turns saved through the store.
private struct Chat {
  var conversation: Conversation
  let store: ChatSessionStore

  init(_ directory: StateDirectory, name: String = SessionName.unnamed, resume: Bool = false)
    throws
  {
    store = try ChatSessionStore(directory: directory, name: name, resume: resume)
    if let resumed = store.resumed {
      conversation = Conversation(knowledge: knowledge, state: resumed.state)
    } else {
      conversation = Conversation(knowledge: knowledge)
    }
  }

  mutating func say(_ lines: String...) {
    for line in lines {
      let turn = conversation.respond(to: line)
      store.save(turn, state: conversation.state)
    }
  }
}

@Suite("The session store")
struct SessionStoreTests {
  private func directory() throws -> StateDirectory {
    StateDirectory(path: try Folders.make() + "/advisor")
  }

  /// A fresh state folder holding one saved chat of `lines`.
  private func directory(savedChat lines: String...) throws -> StateDirectory {
    let directory = try directory()
    var chat = try Chat(directory)
    for line in lines { chat.say(line) }
    return directory
  }

  @Test("Turns are appended and a resumed chat continues from the saved state")
  func resume() throws {
    let directory = try directory()
    do {
      var chat = try Chat(directory)
      chat.say("failed step 1 once, passed", "238 on CK")
      #expect(chat.store.failure == nil)
    }
    let resumed = try Chat(directory, resume: true)
    #expect(resumed.store.resumed?.turns == 2)
    #expect(resumed.conversation.state.profile.step2ck.score == 238)
    #expect(try Folders.mode(directory.path + "/sessions.sqlite") == 0o600)
    #expect(try Folders.mode(directory.path) == 0o700)
  }

  @Test("After hundreds of turns and undos, a resumed chat has the very same state")
  func resumedStateIsExact() throws {
    let directory = try directory()
    var chat = try Chat(directory)
    // A new score every turn, so each one adds an undo step, past the limit of 200.
    for index in 0..<300 { chat.say(index % 7 == 6 ? "/undo" : "\(214 + index % 50) on CK") }
    #expect(chat.store.failure == nil)
    #expect(chat.conversation.state.history.count > 100)
    let expected = chat.conversation.state
    chat = try Chat(directory, name: "other")
    let resumed = try Chat(directory, resume: true)
    #expect(resumed.conversation.state == expected)
    #expect(resumed.store.resumed?.turns == 300)
  }

  @Test("A database of the first schema is brought up to date and its sessions resume")
  func migratesFirstSchema() throws {
    let directory = try directory()
    try directory.create()
    let path = directory.path + "/sessions.sqlite"
    var state = ConversationState()
    state.profile.specialty = .pediatrics
    var snapshot = state
    snapshot.profile.specialty = .internalMedicine
    state.history = [try #require(Self.snapshot(of: snapshot))]
    state.turnCount = 2
    let blob = Session(state: state).json.serialized().replacingOccurrences(of: "'", with: "''")
    try sqlite(
      path,
      """
      CREATE TABLE session (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, state BLOB NOT NULL,
        turns INTEGER NOT NULL DEFAULT 0);
      CREATE TABLE turn (session INTEGER NOT NULL, number INTEGER NOT NULL, input TEXT NOT NULL,
        reply TEXT NOT NULL, profile BLOB, decision TEXT, PRIMARY KEY (session, number)) WITHOUT ROWID;
      INSERT INTO session VALUES (1, 'default', CAST('\(blob)' AS BLOB), 2);
      INSERT INTO turn VALUES (1, 1, 'IM', 'Got it.', NULL, NULL), (1, 2, 'peds', 'Got it.', NULL, NULL);
      PRAGMA user_version = 1;
      """)
    var chat = try Chat(directory, resume: true)
    #expect(chat.conversation.state == state)
    chat.say("/undo")
    #expect(chat.conversation.state.profile.specialty == .internalMedicine)
    #expect(chat.store.failure == nil)
    let (database, _) = try ChatSessionStore.open(directory)
    #expect(try database.turns("default").map(\.input) == ["IM", "peds", "/undo"])
  }

  /// The snapshot `/undo` would restore to `state`, taken through a session JSON round trip.
  private static func snapshot(of state: ConversationState) -> ConversationState.Snapshot? {
    var conversation = Conversation(knowledge: knowledge, state: state)
    _ = conversation.respond(to: "US MD")
    return conversation.state.history.last
  }

  @Test("The export holds every turn's stored input, profile and decision")
  func export() throws {
    let directory = try directory()
    do {
      var chat = try Chat(directory, name: "alex")
      // "yes": strong clerkship results, which the decision on a 238 after a failure waits for.
      chat.say("failed step 1 once, passed", "238 on CK", "yes", "IM", "US MD")
    }
    let (database, _) = try ChatSessionStore.open(directory)
    let export = try database.export("alex")
    #expect(export["name"] == .string("alex"))
    guard case .array(let turns)? = export["turns"] else {
      Issue.record("no turns in \(export.serialized())")
      return
    }
    #expect(turns.count == 5)
    #expect(turns.map { $0["turn"]?.integerValue } == [1, 2, 3, 4, 5])
    #expect(turns[0]["input"] == .string("failed step 1 once, passed"))
    #expect(turns[4]["email"]?["decision"] == .string("targeted-email"))
    #expect(turns[3]["profile"]?["specialty"] == .string("internal-medicine"))
    #expect(export["profile"]?["applicant"] == .string("us-md"))
  }

  @Test("Health details are stored only as their category")
  func redacted() throws {
    let directory = try directory(
      savedChat: "I failed because my mother had cancer and I was depressed")
    let (database, _) = try ChatSessionStore.open(directory)
    for file in ["sessions.sqlite", "sessions.sqlite-wal"] {
      let bytes = FileManager.default.contents(atPath: directory.path + "/" + file) ?? Data()
      #expect(String(decoding: bytes, as: UTF8.self).contains("cancer") == false)
    }
    #expect(try database.turns("default").first?.input.contains("cancer") == false)
  }

  @Test("A new chat keeps the saved session as NAME.previous once it is answered")
  func previousKept() throws {
    let directory = try directory(savedChat: "peds")
    var second = try Chat(directory)
    #expect(second.store.notices.count == 1)
    guard case .replacing(1, _, "default.previous")? = second.store.notices.first else {
      Issue.record("expected a notice, got \(second.store.notices)")
      return
    }
    let (database, _) = try ChatSessionStore.open(directory)
    #expect(try database.list().map(\.name) == ["default"])
    second.say("IM")
    #expect(try database.list().map(\.name) == ["default", "default.previous"])
    #expect(try database.turns("default.previous").map(\.input) == ["peds"])
    #expect(try database.turns("default").map(\.input) == ["IM"])
  }

  @Test("A third chat keeps the second beside the first: no kept session is overwritten")
  func previousNeverOverwritten() throws {
    let directory = try directory()
    for line in ["peds", "IM"] {
      var chat = try Chat(directory)
      chat.say(line)
    }
    var third = try Chat(directory)
    guard case .replacing(1, _, "default.previous-2")? = third.store.notices.first else {
      Issue.record("expected a notice, got \(third.store.notices)")
      return
    }
    third.say("FM")
    let (database, _) = try ChatSessionStore.open(directory)
    #expect(try database.turns("default.previous").map(\.input) == ["peds"])
    #expect(try database.turns("default.previous-2").map(\.input) == ["IM"])
    #expect(try database.turns("default").map(\.input) == ["FM"])
  }

  @Test(
    "A new chat of commands, questions and goodbyes alone leaves the saved session in place"
  )
  func nothingSaidKeepsSaved() throws {
    let directory = try directory(savedChat: "peds")
    // Tester Fatima (2026-12-05): a question on starting again moved her session aside.
    for lines in [["/quit"], ["/help", "", "bye"], ["is 221 ok for IM", "how many programs"]] {
      var chat = try Chat(directory)
      for line in lines { chat.say(line) }
    }
    let (database, _) = try ChatSessionStore.open(directory)
    #expect(try database.list().map(\.name) == ["default"])
    #expect(try database.turns("default").map(\.input) == ["peds"])
    // A line of the user's replaces it, and the commands before it are kept with it.
    var chat = try Chat(directory)
    chat.say("/profile", "IM")
    #expect(try database.turns("default.previous").map(\.input) == ["peds"])
    #expect(try database.turns("default").map(\.input) == ["/profile", "IM"])
  }

  @Test("Resuming a session that knows nothing names the latest kept one that does")
  func earlierKeptNamed() throws {
    let directory = try directory(savedChat: "peds")
    do {
      var second = try Chat(directory)
      second.say("IM", "/reset")
    }
    let resumed = try Chat(directory, resume: true)
    guard case .earlierKept("default.previous", 1, let profile)? = resumed.store.notices.first
    else {
      Issue.record("expected a notice, got \(resumed.store.notices)")
      return
    }
    #expect(profile.specialty == .pediatrics)
  }

  @Test("A second chat on a session in use is told so; another name works")
  func inUse() throws {
    let directory = try directory()
    let first = try Chat(directory, name: "alex")
    #expect(throws: SessionStoreError.inUse(name: "alex", process: getpid())) {
      _ = try Chat(directory, name: "alex", resume: true)
    }
    _ = try Chat(directory, name: "sam")
    _ = first
  }

  @Test("The session.json of earlier versions is imported once, then kept aside")
  func importsEarlierFile() throws {
    let directory = try directory()
    try directory.create()
    var state = ConversationState()
    state.profile.specialty = .pediatrics
    state.turnCount = 1
    let old = Session(
      state: state, turns: [Session.Entry(turn: 1, input: "peds", reply: "Got it.")])
    try JSONSessionFile(path: directory.sessionPath).save(old)
    let chat = try Chat(directory, resume: true)
    #expect(
      chat.store.notices == [
        .imported(name: "default", keptAt: directory.sessionPath + ".imported")
      ])
    #expect(chat.conversation.state.profile.specialty == .pediatrics)
    #expect(!FileManager.default.fileExists(atPath: directory.sessionPath))
    let again = try ChatSessionStore.open(directory)
    #expect(again.1.isEmpty)
    #expect(try again.0.turns("default").map(\.input) == ["peds"])
  }

  @Test("A corrupt database is set aside, never overwritten, and a new one starts")
  func corruptDatabase() throws {
    let directory = try directory()
    try directory.create()
    let path = directory.path + "/sessions.sqlite"
    let garbage = Data("this is not a database, but it is somebody's file".utf8)
    try garbage.write(to: URL(fileURLWithPath: path))
    var chat = try Chat(directory, resume: true)
    guard case .setAside(let aside, _)? = chat.store.notices.first else {
      Issue.record("expected a set-aside notice, got \(chat.store.notices)")
      return
    }
    #expect(aside == path + ".corrupt")
    #expect(FileManager.default.contents(atPath: aside) == garbage)
    chat.say("peds")
    #expect(chat.store.failure == nil)
  }

  @Test("An unreadable session file or database is set aside, never replaced")
  func unreadable() throws {
    // Permissions do not stop root, and this runs in the test's own process: as root it is
    // skipped here, and `UnprivilegedStateTests` runs the advisor as `nobody` for the same case.
    guard getuid() != 0 else { return }
    let directory = try directory(savedChat: "peds")
    let database = directory.path + "/sessions.sqlite"
    chmod(database, 0)
    try JSONSessionFile(path: directory.sessionPath).save(Session())
    chmod(directory.sessionPath, 0)
    let chat = try Chat(directory, resume: true)
    #expect(
      chat.store.notices.contains(
        .setAside(path: database + ".unreadable", reason: "permission denied")))
    #expect(
      chat.store.notices.contains { notice in
        if case .setAside(let path, _) = notice {
          return path == directory.sessionPath + ".corrupt"
        }
        return false
      })
    #expect(FileManager.default.fileExists(atPath: database + ".unreadable"))
  }

  @Test("A database from a newer advisor is refused and left exactly as it was")
  func newerDatabase() throws {
    let directory = try directory(savedChat: "peds")
    let path = directory.path + "/sessions.sqlite"
    let database = try SessionDatabase(path: path)
    _ = database
    try setUserVersion(path, 99)
    let before = FileManager.default.contents(atPath: path)
    #expect(throws: SessionStoreError.newer(path: path)) { _ = try Chat(directory, resume: true) }
    #expect(FileManager.default.contents(atPath: path) == before)
  }

  @Test("A failed save is reported, never claimed as saved")
  func failedSave() throws {
    let directory = try directory()
    var chat = try Chat(directory)
    chat.say("peds")
    // Another advisor's database schema has moved on under this chat: the append fails.
    let (database, _) = try ChatSessionStore.open(directory)
    try database.delete("default")
    try dropTurnTable(directory.path + "/sessions.sqlite")
    chat.say("IM")
    #expect(chat.store.failure != nil)
  }
}

/// Raw SQL for setting up broken databases, through the sqlite3 tool the machine has.
private func sqlite(_ path: String, _ sql: String) throws {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["sqlite3", path, sql]
  try process.run()
  process.waitUntilExit()
  #expect(process.terminationStatus == 0)
}

private func setUserVersion(_ path: String, _ version: Int) throws {
  try sqlite(path, "PRAGMA user_version = \(version)")
}

private func dropTurnTable(_ path: String) throws {
  try sqlite(path, "DROP TABLE turn")
}
