internal import CSQLiteLazy

/// A prepared statement: bind the parameters, step through the rows, read typed columns.
package final class SQLiteStatement {
  private let handle: OpaquePointer
  private let database: SQLiteDatabase

  init(handle: OpaquePointer, database: SQLiteDatabase) {
    self.handle = handle
    self.database = database
  }

  deinit { lazy_sqlite3_finalize(handle) }

  /// Clears the previous run and binds `values` to the parameters `?1`, `?2`, ... in order.
  package func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
    lazy_sqlite3_reset(handle)
    lazy_sqlite3_clear_bindings(handle)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let code: Int32
      switch value {
      case .null: code = lazy_sqlite3_bind_null(handle, index)
      case .integer(let number): code = lazy_sqlite3_bind_int64(handle, index, number)
      case .text(let text): code = lazy_sqlite3_bind_text(handle, index, text)
      case .blob(let bytes):
        code = bytes.withUnsafeBytes {
          lazy_sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count))
        }
      }
      guard code == LAZY_SQLITE_OK else { throw database.error(code) }
    }
  }

  /// Runs to the next row: true when a row is ready to read, false when the statement is done.
  @discardableResult
  package func step() throws(SQLiteError) -> Bool {
    let code = lazy_sqlite3_step(handle)
    switch code {
    case LAZY_SQLITE_ROW: return true
    case LAZY_SQLITE_DONE: return false
    default:
      let error = database.error(code)
      lazy_sqlite3_reset(handle)
      throw error
    }
  }

  /// Binds `values` and runs the statement to its end.
  package func run(_ values: [SQLiteValue] = []) throws(SQLiteError) {
    try bind(values)
    while try step() {}
    lazy_sqlite3_reset(handle)
  }

  /// Ends the current run, so the statement holds no read lock until it is bound again.
  package func reset() { lazy_sqlite3_reset(handle) }

  /// The column's integer, or nil for NULL.
  package func optionalInteger(_ column: Int32) -> Int? {
    lazy_sqlite3_column_type(handle, column) == LAZY_SQLITE_NULL ? nil : integer(column)
  }

  /// The column's integer; 0 for NULL.
  package func integer(_ column: Int32) -> Int {
    Int(lazy_sqlite3_column_int64(handle, column))
  }

  /// The column's text, or nil for NULL.
  package func text(_ column: Int32) -> String? {
    guard lazy_sqlite3_column_type(handle, column) != LAZY_SQLITE_NULL,
      let bytes = lazy_sqlite3_column_text(handle, column)
    else { return nil }
    let count = Int(lazy_sqlite3_column_bytes(handle, column))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }

  /// The column's bytes, or nil for NULL.
  package func blob(_ column: Int32) -> [UInt8]? {
    guard lazy_sqlite3_column_type(handle, column) != LAZY_SQLITE_NULL else { return nil }
    let count = Int(lazy_sqlite3_column_bytes(handle, column))
    guard count > 0, let start = lazy_sqlite3_column_blob(handle, column) else { return [] }
    return Array(UnsafeRawBufferPointer(start: start, count: count))
  }
}
