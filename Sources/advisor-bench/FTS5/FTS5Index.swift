import CSQLite
import KnowledgeBase

/// The same entries in an in-memory SQLite FTS5 table: the peer the advisor's search is measured
/// against, in the same process, on the same questions.
///
/// Porter stemming over `unicode61`, BM25 with the advisor's field weights (title 2.5,
/// questions 1, tags 1, text 0.5: ``SearchParameters/standard``), one prepared query reused.
/// A class because it owns the database handle, closed on `deinit`.
final class FTS5Index {
  private let database: OpaquePointer
  private let query: OpaquePointer

  /// The table, and the query that returns the best-ranked entry's id.
  private static let schema = """
    CREATE VIRTUAL TABLE entries USING fts5(
      id UNINDEXED, title, questions, tags, text, tokenize = 'porter unicode61');
    """
  private static let insertSQL =
    "INSERT INTO entries (id, title, questions, tags, text) VALUES (?1, ?2, ?3, ?4, ?5)"
  static let querySQL =
    "SELECT id FROM entries WHERE entries MATCH ?1 ORDER BY bm25(entries, 0, 2.5, 1, 1, 0.5) LIMIT 1"

  /// Creates the table and inserts every entry (in one transaction).
  ///
  /// - Throws: ``BenchError`` with SQLite's message when a statement fails.
  init(entries: some Sequence<KnowledgeEntry>) throws(BenchError) {
    var handle: OpaquePointer?
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY
    guard sqlite3_open_v2(":memory:", &handle, flags, nil) == SQLITE_OK, let handle else {
      sqlite3_close_v2(handle)
      throw BenchError(file: "sqlite", "cannot open an in-memory database")
    }
    database = handle
    do throws(BenchError) {
      try Self.execute(Self.schema, in: handle)
      try Self.execute("BEGIN", in: handle)
      let insert = try Self.prepare(Self.insertSQL, in: handle)
      defer { sqlite3_finalize(insert) }
      for entry in entries {
        let values = [
          entry.id, entry.title, entry.questions.joined(separator: "\n"),
          entry.tags.joined(separator: " "), entry.text,
        ]
        for (position, value) in values.enumerated() {
          advisor_sqlite_bind_text(insert, Int32(position + 1), value)
        }
        guard sqlite3_step(insert) == SQLITE_DONE else { throw Self.failure(in: handle) }
        sqlite3_reset(insert)
      }
      try Self.execute("COMMIT", in: handle)
      query = try Self.prepare(Self.querySQL, in: handle)
    } catch {
      sqlite3_close_v2(handle)
      throw error
    }
  }

  deinit {
    sqlite3_finalize(query)
    sqlite3_close_v2(database)
  }

  /// The id of the entry FTS5 ranks first for `question`, or nil when none matches.
  ///
  /// - Parameter stopList: the words left out of the query.
  /// - Throws: ``BenchError`` with SQLite's message when the query fails.
  func topHit(_ question: String, dropping stopList: FTS5Query.StopList) throws(BenchError)
    -> String?
  {
    guard let match = FTS5Query.expression(for: question, dropping: stopList) else { return nil }
    defer {
      sqlite3_reset(query)
      sqlite3_clear_bindings(query)
    }
    advisor_sqlite_bind_text(query, 1, match)
    switch sqlite3_step(query) {
    case SQLITE_ROW:
      return sqlite3_column_text(query, 0).map { String(cString: $0) }
    case SQLITE_DONE:
      return nil
    default:
      throw Self.failure(in: database)
    }
  }

  /// The version of the SQLite library in use.
  static var libraryVersion: String { String(cString: sqlite3_libversion()) }

  // MARK: - Statements

  private static func execute(_ sql: String, in database: OpaquePointer) throws(BenchError) {
    guard sqlite3_exec(database, sql, nil, nil, nil) == SQLITE_OK else {
      throw failure(in: database)
    }
  }

  private static func prepare(_ sql: String, in database: OpaquePointer) throws(BenchError)
    -> OpaquePointer
  {
    var statement: OpaquePointer?
    guard
      sqlite3_prepare_v3(database, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        == SQLITE_OK, let statement
    else { throw failure(in: database) }
    return statement
  }

  private static func failure(in database: OpaquePointer) -> BenchError {
    BenchError(file: "sqlite", String(cString: sqlite3_errmsg(database)).lowercased())
  }
}
