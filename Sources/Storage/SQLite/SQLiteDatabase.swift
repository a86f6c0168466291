internal import CSQLiteLazy

/// One connection to an SQLite database file, over the system's libsqlite3.
///
/// Small and typed in the manner of SwiftPM's own wrapper: open, run SQL, prepare statements,
/// transactions; every failure carries SQLite's message. One connection per thread.
package final class SQLiteDatabase {
  fileprivate let handle: OpaquePointer
  package let path: String

  /// Opens (or creates) the database at `path`; a symbolic link there is refused.
  ///
  /// - Parameter busyTimeout: how long, in milliseconds, to wait for another process's lock
  ///   before a call fails with `SQLITE_BUSY`.
  package convenience init(path: String, busyTimeout: Int32 = 5_000) throws(SQLiteError) {
    try self.init(
      path: path, name: path,
      flags: LAZY_SQLITE_OPEN_READWRITE | LAZY_SQLITE_OPEN_CREATE | LAZY_SQLITE_OPEN_NOFOLLOW,
      busyTimeout: busyTimeout)
  }

  /// How a database is opened for reading only.
  package enum ReadMode: Sendable {
    /// Reads what the database holds now, sharing it with writers (SQLite may need to create
    /// its `-shm` file beside it, so the folder must be writable).
    case shared
    /// Reads the main file as it is, without locks or a `-shm` file: for a folder or disk
    /// that cannot be written, where no other process can be changing it.
    case immutable
  }

  /// Opens the existing database at `path` for reading only: nothing is created or changed.
  package convenience init(readingAt path: String, mode: ReadMode, busyTimeout: Int32 = 5_000)
    throws(SQLiteError)
  {
    switch mode {
    case .shared:
      try self.init(
        path: path, name: path, flags: Self.openReadOnly | LAZY_SQLITE_OPEN_NOFOLLOW,
        busyTimeout: busyTimeout)
    case .immutable:
      try self.init(
        path: path, name: "file:" + Self.uriEscaped(path) + "?immutable=1",
        flags: Self.openReadOnly | Self.openURI | LAZY_SQLITE_OPEN_NOFOLLOW,
        busyTimeout: busyTimeout)
    }
  }

  // SQLITE_OPEN_READONLY and SQLITE_OPEN_URI, from sqlite3.h.
  private static let openReadOnly: Int32 = 0x0000_0001
  private static let openURI: Int32 = 0x0000_0040

  private init(path: String, name: String, flags: Int32, busyTimeout: Int32) throws(SQLiteError) {
    var opened: OpaquePointer?
    let code = lazy_sqlite3_open_v2(name, &opened, flags, nil)
    guard code == LAZY_SQLITE_OK, let opened else {
      let message =
        opened.map { String(cString: lazy_sqlite3_errmsg($0)) }
        ?? lazy_sqlite3_load_error().map { String(cString: $0) } ?? "out of memory"
      lazy_sqlite3_close_v2(opened)
      throw SQLiteError(code: code, message: message)
    }
    handle = opened
    self.path = path
    lazy_sqlite3_extended_result_codes(opened, 1)
    lazy_sqlite3_busy_timeout(opened, busyTimeout)
  }

  deinit { lazy_sqlite3_close_v2(handle) }

  /// `path` as a URI's path: every byte but unreserved ones and `/` percent-encoded.
  private static func uriEscaped(_ path: String) -> String {
    var escaped = ""
    for byte in path.utf8 {
      let character = Character(Unicode.Scalar(byte))
      if byte < 0x80, character.isLetter || character.isNumber || "/-._~".contains(character) {
        escaped.append(character)
      } else {
        escaped += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return escaped
  }

  /// Runs one or more statements that take no parameters and return no rows.
  package func execute(_ sql: String) throws(SQLiteError) {
    let code = lazy_sqlite3_exec(handle, sql)
    guard code == LAZY_SQLITE_OK else { throw error(code) }
  }

  /// Compiles one statement.
  package func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
    var statement: OpaquePointer?
    let code = lazy_sqlite3_prepare_v3(
      handle, sql, -1, UInt32(LAZY_SQLITE_PREPARE_PERSISTENT), &statement, nil)
    guard code == LAZY_SQLITE_OK, let statement else { throw error(code) }
    return SQLiteStatement(handle: statement, database: self)
  }

  /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
  ///
  /// `BEGIN IMMEDIATE` takes the write lock at once, so two processes wait for each other
  /// (up to the busy timeout) instead of failing half-way.
  package func transaction<Result>(
    _ body: () throws(SQLiteError) -> Result
  ) throws(SQLiteError) -> Result {
    try execute("BEGIN IMMEDIATE")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  /// `PRAGMA user_version`: the schema version the project stores there.
  package func userVersion() throws(SQLiteError) -> Int {
    let statement = try prepare("PRAGMA user_version")
    try statement.bind([])
    return try statement.step() ? statement.integer(0) : 0
  }

  /// The row id of the last row inserted through this connection.
  package var lastInsertedRow: Int { Int(lazy_sqlite3_last_insert_rowid(handle)) }

  /// The error for a failed call, with SQLite's message for it.
  func error(_ code: Int32) -> SQLiteError {
    let message = String(cString: lazy_sqlite3_errmsg(handle))
    return SQLiteError(
      code: code, message: message.isEmpty ? String(cString: lazy_sqlite3_errstr(code)) : message)
  }
}
