/// The session database's schema: ordered migrations, the version kept in `PRAGMA user_version`.
enum SessionSchema {
  /// Each step takes the database from version `index` to `index + 1`; steps are only ever
  /// appended, so any older database is brought up to date in order.
  static let migrations: [String] = [
    """
    CREATE TABLE session (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      state BLOB NOT NULL,
      turns INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE turn (
      session INTEGER NOT NULL,
      number INTEGER NOT NULL,
      input TEXT NOT NULL,
      reply TEXT NOT NULL,
      profile BLOB,
      decision TEXT,
      PRIMARY KEY (session, number)
    ) WITHOUT ROWID;
    """,
    // The undo history as rows, so a turn writes the snapshot it adds instead of all of them;
    // a state saved before keeps its history inside it until its next turn.
    """
    CREATE TABLE undo (
      session INTEGER NOT NULL,
      sequence INTEGER NOT NULL,
      snapshot BLOB NOT NULL,
      PRIMARY KEY (session, sequence)
    ) WITHOUT ROWID;
    """,
    // When a session last took a turn, in seconds since 1970, for `advisor sessions list`.
    """
    ALTER TABLE session ADD COLUMN changed INTEGER;
    """,
    // No table changes: a connection's places may now be a list inside the state, which an
    // advisor before it cannot read; the new version makes it say so ("a newer advisor")
    // instead of calling the database unusable.
    """
    SELECT 1;
    """,
  ]

  /// The oldest version the read-only commands read as it is (the undo steps as rows).
  static let readable = 2

  /// The version this advisor writes.
  static var current: Int { migrations.count }

  /// Brings `database` up to ``current`` in one transaction; a newer database is refused and
  /// left untouched.
  static func migrate(_ database: SQLiteDatabase) throws(SessionStoreError) {
    let newer: Bool
    do {
      // Most opens find the schema current: read it without taking the write lock, so a
      // read-only command never waits behind a chat that is writing.
      let found = try database.userVersion()
      if found == current { return }
      newer = try database.transaction { () throws(SQLiteError) -> Bool in
        let version = try database.userVersion()
        guard version <= current else { return true }
        for step in migrations[version...] { try database.execute(step) }
        if version < current { try database.execute("PRAGMA user_version = \(current)") }
        return false
      }
    } catch {
      throw SessionStoreError(error, path: database.path)
    }
    if newer { throw .newer(path: database.path) }
  }
}
