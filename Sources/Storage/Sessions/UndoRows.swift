internal import CSQLiteLazy
import Dialogue
import LocatedJSON

/// A session's `/undo` history as rows of the `undo` table, one snapshot each, so that a turn
/// writes only the snapshots that changed (usually one added, at the limit one dropped) instead
/// of the whole history: up to 200 profiles, most of a turn's cost when it was rewritten.
final class UndoRows {
  private struct Row {
    var sequence: Int
    var snapshot: ConversationState.Snapshot
  }

  /// What the table holds for each session this connection wrote, by session id.
  private var saved: [Int: [Row]] = [:]
  // Compiled once per connection: a turn runs the insert, and the deletes at the limit.
  private let insertRow: SQLiteStatement
  private let deleteAll: SQLiteStatement
  private let deleteOutside: SQLiteStatement
  private let readRows: SQLiteStatement

  init(database: SQLiteDatabase) throws(SQLiteError) {
    insertRow = try database.prepare(
      "INSERT INTO undo (session, sequence, snapshot) VALUES (?1, ?2, ?3)")
    deleteAll = try database.prepare("DELETE FROM undo WHERE session = ?1")
    deleteOutside = try database.prepare(
      "DELETE FROM undo WHERE session = ?1 AND (sequence < ?2 OR sequence > ?3)")
    readRows = try database.prepare(
      "SELECT sequence, snapshot FROM undo WHERE session = ?1 ORDER BY sequence")
  }

  /// The snapshots of the rows the session's load read (it joins them in), remembered so the
  /// next store writes only what changed; nil when there are none (a session saved before the
  /// table existed keeps its history inside its state).
  func adopt(_ steps: [(sequence: Int, snapshot: [UInt8])], session id: Int) throws(SQLiteError)
    -> [ConversationState.Snapshot]?
  {
    var rows: [Row] = []
    for step in steps {
      rows.append(Row(sequence: step.sequence, snapshot: try Self.decode(step.snapshot)))
    }
    saved[id] = rows
    return rows.isEmpty ? nil : rows.map(\.snapshot)
  }

  /// Makes the session's rows equal `history`, inside the caller's transaction: rows dropped
  /// from the front or the back are deleted, new ones appended. Call ``committed()`` or
  /// ``forget()`` after the transaction.
  func store(_ history: [ConversationState.Snapshot], session id: Int) throws(SQLiteError) {
    let old: [Row]
    if let cached = saved[id] { old = cached } else { old = try read(session: id) }
    let start =
      history.first.flatMap { first in old.firstIndex { $0.snapshot == first } } ?? old.count
    var common = 0
    while start + common < old.count, common < history.count,
      old[start + common].snapshot == history[common]
    {
      common += 1
    }
    if common == 0 {
      try deleteAll.run([.integer(id)])
    } else if common < old.count {
      try deleteOutside.run([
        .integer(id), .integer(old[start].sequence), .integer(old[start + common - 1].sequence),
      ])
    }
    var rows = common == 0 ? [] : Array(old[start..<(start + common)])
    var next = (old.last?.sequence ?? 0) + 1
    for snapshot in history[common...] {
      try insertRow.run([.integer(id), .integer(next), .blob(Self.encode(snapshot))])
      rows.append(Row(sequence: next, snapshot: snapshot))
      next += 1
    }
    pending = (id, rows)
  }

  private var pending: (Int, [Row])?

  /// The transaction committed: what was stored is now what the table holds.
  func committed() {
    if let (id, rows) = pending { saved[id] = rows }
    pending = nil
  }

  /// The transaction failed or rows were deleted: read the table again next time.
  func forget(session id: Int? = nil) {
    pending = nil
    if let id { saved[id] = nil } else { saved = [:] }
  }

  private func read(session id: Int) throws(SQLiteError) -> [Row] {
    try readRows.bind([.integer(id)])
    defer { readRows.reset() }
    var rows: [Row] = []
    while try readRows.step() {
      rows.append(
        Row(sequence: readRows.integer(0), snapshot: try Self.decode(readRows.blob(1) ?? [])))
    }
    return rows
  }

  // MARK: - One snapshot as JSON

  // A snapshot is written as the session JSON of a state whose history holds only it: the one
  // format `Session` reads and writes, without a second encoder for the same fields.
  private static func encode(_ snapshot: ConversationState.Snapshot) -> [UInt8] {
    var state = ConversationState()
    state.history = [snapshot]
    return Session(state: state).json.utf8()
  }

  private static func decode(_ bytes: [UInt8]) throws(SQLiteError) -> ConversationState.Snapshot {
    let session = try SessionDatabase.decode(bytes, path: "")
    guard let snapshot = session.state.history.first else {
      throw SQLiteError(code: LAZY_SQLITE_CORRUPT, message: "a saved undo step is empty")
    }
    return snapshot
  }
}
