package import AdvisorCore
internal import CSQLiteLazy
package import Dialogue
package import LocatedJSON
import Platform

/// The saved sessions: one SQLite database, `sessions.sqlite` in the state folder.
///
/// Each turn is one short transaction that appends the turn's row, replaces the session's small
/// current state (without its undo history) and adds or drops the undo steps that changed, so a
/// turn costs the same at the 2,000th line as at the 2nd; resuming reads the state and its undo
/// steps. WAL mode and a busy timeout let two
/// processes share the file without corrupting it.
package final class SessionDatabase {
  /// The database file's name in the state folder.
  package static let fileName = "sessions.sqlite"

  let database: SQLiteDatabase
  private let appendTurn: SQLiteStatement
  private let updateState: SQLiteStatement
  private let findSession: SQLiteStatement
  private let addSession: SQLiteStatement
  private let readSummary: SQLiteStatement
  private let undo: UndoRows
  /// The clock for a session's last change, in seconds since 1970 (the edge's; tests pass one).
  private let now: @Sendable () -> Int

  /// Opens the database at `path`, creating it (mode 0600) or bringing an older one up to date.
  ///
  /// - Throws: ``SessionStoreError/newer(path:)`` for a database from a newer advisor,
  ///   ``SessionStoreError/corrupt(path:reason:)`` for a file that is not one.
  package convenience init(
    path: String, now: @escaping @Sendable () -> Int = SessionDatabase.currentTime
  )
    throws(SessionStoreError)
  {
    do {
      try PrivateFile.refuseLinkOrFolder(at: path)
      try PrivateFile.createPrivate(path)
    } catch {
      throw .failed(path: path, reason: error.message)
    }
    let database = try Self.openWaitingWhileBusy(path)
    try self.init(database, version: SessionSchema.current, now: now)
  }

  /// Opens, switches to WAL and migrates, waiting while another advisor holds the database.
  ///
  /// Switching a new database to WAL and a first migration need the whole file for a moment;
  /// SQLite answers `SQLITE_BUSY` at once there rather than calling the busy handler when two
  /// chats start together, so the open is tried again for up to ``busyWait`` before the
  /// session is said to be busy.
  private static func openWaitingWhileBusy(_ path: String) throws(SessionStoreError)
    -> SQLiteDatabase
  {
    var waited = 0
    while true {
      do throws(SessionStoreError) {
        let database: SQLiteDatabase
        do {
          database = try SQLiteDatabase(path: path)
          try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
        } catch {
          throw SessionStoreError(error, path: path)
        }
        try SessionSchema.migrate(database)
        return database
      } catch .busy where waited < busyWait {
        usleep(UInt32(retryPause) * 1_000)
        waited += retryPause
      }
    }
  }

  /// How long, in milliseconds, an open waits for another advisor in all.
  static let busyWait = 5_000
  /// The pause between two tries, in milliseconds.
  private static let retryPause = 50

  /// Opens the database at `path` for reading only (`advisor sessions list`, `show`, `export`):
  /// nothing is created, migrated or written, so it works on a read-only folder or disk.
  ///
  /// - Throws: ``SessionStoreError/noDatabase(path:)`` when there is none yet,
  ///   ``SessionStoreError/newer(path:)`` or ``SessionStoreError/older(path:)`` for a schema
  ///   this advisor cannot read as it is.
  package convenience init(readingAt path: String) throws(SessionStoreError) {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      if errno == ENOENT { throw .noDatabase(path: path) }
      throw .failed(path: path, reason: describe(errno))
    }
    do {
      try PrivateFile.refuseLinkOrFolder(at: path)
    } catch {
      throw .failed(path: path, reason: error.message)
    }
    var opened: (SQLiteDatabase, Int)
    do {
      opened = try Self.openForReading(path, mode: .shared)
    } catch  where error.isReadOnlyFolder {
      // SQLite could not make its shared-memory file: the folder or disk cannot be written, so
      // no chat can be writing to it either; read the file as it stands.
      do {
        opened = try Self.openForReading(path, mode: .immutable)
      } catch {
        throw SessionStoreError(error, path: path)
      }
    } catch {
      throw SessionStoreError(error, path: path)
    }
    let (database, version) = opened
    guard version <= SessionSchema.current else { throw .newer(path: path) }
    guard version >= SessionSchema.readable else { throw .older(path: path) }
    try self.init(database, version: version, now: Self.currentTime)
  }

  private static func openForReading(_ path: String, mode: SQLiteDatabase.ReadMode)
    throws(SQLiteError) -> (SQLiteDatabase, Int)
  {
    let database = try SQLiteDatabase(readingAt: path, mode: mode)
    return (database, try database.userVersion())
  }

  private init(
    _ database: SQLiteDatabase, version: Int, now: @escaping @Sendable () -> Int
  ) throws(SessionStoreError) {
    self.database = database
    self.now = now
    // Every statement a turn runs is compiled once per connection, not once per turn.
    do {
      undo = try UndoRows(database: database)
      appendTurn = try database.prepare(
        "INSERT INTO turn (session, number, input, reply, profile, decision) "
          + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
      findSession = try database.prepare("SELECT id FROM session WHERE name = ?1")
      // A database of schema 2, read without migrating it, has no `changed` column.
      let changed = version >= 3 ? "changed" : "NULL"
      readSummary = try database.prepare(
        "SELECT turns, state, \(changed) FROM session WHERE name = ?1")
      if version >= 3 {
        updateState = try database.prepare(
          "UPDATE session SET state = ?2, turns = turns + ?3, changed = ?4 WHERE id = ?1")
        addSession = try database.prepare(
          "INSERT INTO session (name, state, turns, changed) VALUES (?1, ?2, ?3, ?4)")
      } else {
        // Only a read-only connection opens a schema-2 database as it is (a chat migrates it
        // first), so these are never run.
        updateState = try database.prepare("SELECT ?1, ?2, ?3, ?4")
        addSession = updateState
      }
    } catch {
      throw SessionStoreError(error, path: database.path)
    }
  }

  /// One saved session at a glance.
  package struct Summary: Sendable, Hashable {
    package var name: String
    package var turns: Int
    package var profile: Profile
    /// When a turn was last added, in seconds since 1970; nil for a session last changed by an
    /// advisor that did not note it.
    package var changed: Int?
  }

  /// The session `name` at a glance (turns, last change, profile), or nil when there is none:
  /// its one row, without the turns or the undo steps.
  package func summary(_ name: String) throws(SessionStoreError) -> Summary? {
    try run { () throws(SQLiteError) -> Summary? in
      try readSummary.bind([.text(name)])
      guard try readSummary.step() else { return nil }
      defer { readSummary.reset() }
      let session = try Self.decode(readSummary.blob(1) ?? [], path: database.path)
      return Summary(
        name: name, turns: readSummary.integer(0), profile: session.state.profile,
        changed: readSummary.optionalInteger(2))
    }
  }

  /// Whether a session called `name` exists.
  package func contains(_ name: String) throws(SessionStoreError) -> Bool {
    try run { () throws(SQLiteError) -> Bool in try sessionID(name) != nil }
  }

  /// A session's current state and how many turns it holds, or nil when there is none: one
  /// query, the session's row joined with its undo steps.
  package func load(_ name: String) throws(SessionStoreError) -> (Session, turns: Int)? {
    try run { () throws(SQLiteError) -> (Session, turns: Int)? in
      let query = try database.prepare(
        "SELECT s.id, s.state, s.turns, u.sequence, u.snapshot FROM session s "
          + "LEFT JOIN undo u ON u.session = s.id WHERE s.name = ?1 ORDER BY u.sequence")
      try query.bind([.text(name)])
      guard try query.step(), let bytes = query.blob(1) else { return nil }
      let id = query.integer(0)
      let turns = query.integer(2)
      var session = try Self.decode(bytes, path: database.path)
      var steps: [(sequence: Int, snapshot: [UInt8])] = []
      repeat {
        if let snapshot = query.blob(4) { steps.append((query.integer(3), snapshot)) }
      } while try query.step()
      if let history = try undo.adopt(steps, session: id) { session.state.history = history }
      session.state.trimHistory()
      return (session, turns)
    }
  }

  /// Every session, by name.
  package func list() throws(SessionStoreError) -> [Summary] {
    let names = try run { () throws(SQLiteError) -> [String] in
      let query = try database.prepare("SELECT name FROM session ORDER BY name")
      try query.bind([])
      var names: [String] = []
      while try query.step() { names.append(query.text(0) ?? "") }
      return names
    }
    var summaries: [Summary] = []
    for name in names {
      if let summary = try summary(name) { summaries.append(summary) }
    }
    return summaries
  }

  /// The session's turns as stored (inputs redacted where personal), in order; a session that
  /// does not exist is an error.
  package func turns(_ name: String) throws(SessionStoreError) -> [Session.Entry] {
    let found = try run { () throws(SQLiteError) -> Int? in try sessionID(name) }
    guard let id = found else { throw .noSuchSession(name) }
    return try run { () throws(SQLiteError) -> [Session.Entry] in
      let query = try database.prepare(
        "SELECT number, input, reply FROM turn WHERE session = ?1 ORDER BY number")
      try query.bind([.integer(id)])
      var entries: [Session.Entry] = []
      while try query.step() {
        entries.append(
          Session.Entry(
            turn: query.integer(0), input: query.text(1) ?? "", reply: query.text(2) ?? ""))
      }
      return entries
    }
  }

  /// Creates the session `name` holding `session`'s state and turns (for an imported file).
  package func create(_ name: String, from session: Session) throws(SessionStoreError) {
    try run { () throws(SQLiteError) in
      try database.transaction { () throws(SQLiteError) in
        let id = try insertSession(name, state: session.state, turns: session.turns.count)
        try undo.store(session.state.history, session: id)
        for entry in session.turns {
          try appendTurn.run([
            .integer(id), .integer(entry.turn), .text(entry.input), .text(entry.reply), .null,
            .null,
          ])
        }
      }
    }
  }

  /// Appends one turn to the session `name` (creating it at its first turn) and stores the
  /// conversation's state after it, in one transaction.
  package func append(_ turn: Turn, state: ConversationState, to name: String)
    throws(SessionStoreError)
  {
    try run { () throws(SQLiteError) in
      try database.transaction { () throws(SQLiteError) in
        let id: Int
        if let existing = try sessionID(name) {
          id = existing
          try updateState.run([
            .integer(id), .blob(Self.encode(state)), .integer(1), .integer(now()),
          ])
        } else {
          id = try insertSession(name, state: state, turns: 1)
        }
        try undo.store(state.history, session: id)
        try appendTurn.run([
          .integer(id), .integer(turn.number), .text(turn.storedInput), .text(turn.replyText),
          .blob(turn.profile.json.utf8()), .text(turn.decision?.rawValue),
        ])
      }
    }
  }

  /// Renames the session `name` to `newName`, replacing any session already called that.
  package func rename(_ name: String, to newName: String) throws(SessionStoreError) {
    try run { () throws(SQLiteError) in
      try database.transaction { () throws(SQLiteError) in
        _ = try deleteRows(newName)
        try database.prepare("UPDATE session SET name = ?2 WHERE name = ?1")
          .run([.text(name), .text(newName)])
      }
    }
  }

  /// Deletes the session `name` and its turns; false when there was none.
  @discardableResult
  package func delete(_ name: String) throws(SessionStoreError) -> Bool {
    try run { () throws(SQLiteError) -> Bool in
      try database.transaction { () throws(SQLiteError) -> Bool in try deleteRows(name) }
    }
  }

  /// The contract's export of a session: `{"name", "profile", "turns": [{"turn", "input",
  /// "profile", "email"}]}`, inputs as stored (redacted where personal).
  package func export(_ name: String) throws(SessionStoreError) -> JSONValue {
    guard let summary = try summary(name) else { throw .noSuchSession(name) }
    return try run { () throws(SQLiteError) -> JSONValue in
      let query = try database.prepare(
        "SELECT number, input, profile, decision FROM turn "
          + "WHERE session = (SELECT id FROM session WHERE name = ?1) ORDER BY number")
      try query.bind([.text(name)])
      var turns: [JSONValue] = []
      while try query.step() {
        let profile = query.blob(2).flatMap(Self.parse) ?? .null
        turns.append(
          .object([
            "turn": .integer(query.integer(0)), "input": .string(query.text(1) ?? ""),
            "profile": profile, "email": .object(["decision": .string(query.text(3))]),
          ]))
      }
      return .object([
        "name": .string(name), "profile": summary.profile.json, "turns": .array(turns),
      ])
    }
  }

  // MARK: - Rows

  private func sessionID(_ name: String) throws(SQLiteError) -> Int? {
    try findSession.bind([.text(name)])
    defer { findSession.reset() }
    return try findSession.step() ? findSession.integer(0) : nil
  }

  private func insertSession(_ name: String, state: ConversationState, turns: Int)
    throws(SQLiteError) -> Int
  {
    try addSession.run([.text(name), .blob(Self.encode(state)), .integer(turns), .integer(now())])
    return database.lastInsertedRow
  }

  private func deleteRows(_ name: String) throws(SQLiteError) -> Bool {
    guard let id = try sessionID(name) else { return false }
    try database.prepare("DELETE FROM turn WHERE session = ?1").run([.integer(id)])
    try database.prepare("DELETE FROM undo WHERE session = ?1").run([.integer(id)])
    undo.forget(session: id)
    try database.prepare("DELETE FROM session WHERE id = ?1").run([.integer(id)])
    return true
  }

  private func run<Value>(_ body: () throws(SQLiteError) -> Value) throws(SessionStoreError)
    -> Value
  {
    do {
      let value = try body()
      undo.committed()
      return value
    } catch {
      undo.forget()
      throw SessionStoreError(error, path: database.path)
    }
  }

  // MARK: - State as JSON

  /// The system clock, in seconds since 1970.
  package static let currentTime: @Sendable () -> Int = { Int(time(nil)) }

  /// The state as the session JSON of earlier versions, without its turns or its undo history
  /// (kept as rows): one format to read.
  static func encode(_ state: ConversationState) -> [UInt8] {
    var state = state
    state.history = []
    return Session(state: state).json.utf8()
  }

  static func decode(_ bytes: [UInt8], path: String) throws(SQLiteError) -> Session {
    do throws(SessionError) {
      guard let json = parse(bytes) else { throw SessionError(JSONPath(), "not JSON") }
      return try Session(json: json)
    } catch {
      throw SQLiteError(
        code: LAZY_SQLITE_CORRUPT, message: "a saved state is damaged: \(error.message)")
    }
  }

  private static func parse(_ bytes: [UInt8]) -> JSONValue? {
    guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
    return try? JSONDocument(parsing: text).root
  }
}
