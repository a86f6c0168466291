internal import CSQLiteLazy

/// A failed SQLite call: the result code and SQLite's own message.
package struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The extended result code (`SQLITE_BUSY`, `SQLITE_CORRUPT`, ...).
  package var code: Int32
  package var message: String

  package init(code: Int32, message: String) {
    self.code = code
    self.message = message
  }

  /// The primary result code, without the extended bits.
  package var primaryCode: Int32 { code & 0xFF }

  /// The file is not a database, or a damaged one.
  package var isCorrupt: Bool {
    primaryCode == LAZY_SQLITE_CORRUPT || primaryCode == LAZY_SQLITE_NOTADB
  }

  /// A read-only connection could not set up its shared memory (`SQLITE_READONLY` or
  /// `SQLITE_CANTOPEN`): the folder beside the database cannot be written.
  package var isReadOnlyFolder: Bool {
    primaryCode == 8 || primaryCode == LAZY_SQLITE_CANTOPEN
  }

  /// Another connection held the lock longer than the busy timeout.
  package var isBusy: Bool { primaryCode == LAZY_SQLITE_BUSY || primaryCode == LAZY_SQLITE_LOCKED }

  package var description: String { message }
}
