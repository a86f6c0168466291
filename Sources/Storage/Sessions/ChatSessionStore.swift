package import AdvisorCore
package import Dialogue
import Platform

/// A chat's saved session: the state folder made ready, the session held against other chats,
/// the session of earlier versions imported, the previous session kept, every turn appended.
///
/// The chat asks it what to tell the user (``notices``), where to start (``resumed``), and
/// after each turn calls ``save(_:state:)``; ``failure`` says whether everything was saved.
package final class ChatSessionStore {
  /// Something the user should be told when the chat starts.
  package enum Notice: Sendable, Equatable {
    /// A `session.json` of an earlier version was imported as `name`; the file was kept aside.
    case imported(name: String, keptAt: String)
    /// A file that could not be used was renamed, so nothing is lost.
    case setAside(path: String, reason: String)
    /// A session file of an earlier version could not be imported; it was left where it is.
    case notImported(path: String, reason: String)
    /// `--resume` found nothing to resume.
    case nothingToResume
    /// A new chat will replace the saved session `name`, which is then kept as `keptAs`.
    case replacing(turns: Int, profile: Profile, keptAs: String)
    /// The session resumed knows nothing of the user, and the latest one a new chat kept aside
    /// (`name`) does.
    case earlierKept(name: String, turns: Int, profile: Profile)
  }

  package let name: String
  package let directory: StateDirectory
  package private(set) var notices: [Notice] = []
  /// The saved state and its number of turns, when the chat resumes one.
  package private(set) var resumed: (state: ConversationState, turns: Int)?
  /// The first reason a turn could not be saved; nil while every turn was.
  package private(set) var failure: String?

  private let database: SessionDatabase
  private let lock: SessionLock
  private var replacesSaved: Bool
  /// Turns that added nothing, held while the saved session is not yet replaced.
  private var held: [(Turn, ConversationState)] = []
  /// Where the saved session goes when a new chat replaces it: the first free previous name.
  private var keptAs: String

  /// Opens the session `name` in `directory`.
  ///
  /// - Parameter resume: continue the saved session; otherwise a new one replaces it at the
  ///   first turn and the saved one is kept under ``SessionName/previous(_:)``.
  /// - Throws: ``SessionStoreError`` for a session in use, a database from a newer advisor,
  ///   or a state folder that cannot be used.
  package init(directory: StateDirectory, name: String, resume: Bool) throws(SessionStoreError) {
    guard SessionName.isValid(name) else { throw .badName(name) }
    self.name = name
    self.directory = directory
    let folder = try Self.prepare(directory)
    lock = try SessionLock(folder: directory.path, name: name)
    var (database, notices) = try Self.open(folder)
    self.database = database
    keptAs = SessionName.previous(name)
    if resume {
      replacesSaved = false
      if let saved = try database.load(name) {
        resumed = (saved.0.state, saved.turns)
        if saved.0.state.profile == Profile(),
          let earlier = try Self.latestKept(of: name, in: database)
        {
          notices.append(
            .earlierKept(name: earlier.name, turns: earlier.turns, profile: earlier.profile))
        }
      } else {
        notices.append(.nothingToResume)
      }
    } else {
      // A new chat needs only the saved one's row, for the notice: not its turns or undo steps.
      let saved = try database.summary(name)
      replacesSaved = saved != nil
      // "echo ... | advisor" twice must not cost the chat kept the first time.
      if saved != nil { keptAs = try Self.freePrevious(of: name, in: database) }
      if let saved, saved.turns > 0 {
        notices.append(.replacing(turns: saved.turns, profile: saved.profile, keptAs: keptAs))
      }
    }
    self.notices = notices
  }

  /// Whether the session saved before this chat is still in place: this chat has not told the
  /// advisor anything that replaced it.
  package var keepsSavedSession: Bool { replacesSaved }

  /// Appends a turn; a failure is kept in ``failure`` (the chat goes on, and says so at the end).
  package func save(_ turn: Turn, state: ConversationState) {
    do throws(SessionStoreError) {
      // Until the new chat holds something of the user's, the saved session stays in place;
      // the lines before are kept with the first that does.
      if replacesSaved, turn.addsNothing {
        held.append((turn, state))
        return
      }
      if replacesSaved {
        // Taken since the chat opened ("chat --session default.previous-2" meanwhile): the
        // next free name, never an overwrite.
        if try database.contains(keptAs) { keptAs = try Self.freePrevious(of: name, in: database) }
        let previousLock = try SessionLock(folder: directory.path, name: keptAs)
        try database.rename(name, to: keptAs)
        _ = previousLock
        replacesSaved = false
        for (heldTurn, heldState) in held {
          try database.append(heldTurn, state: heldState, to: name)
        }
        held = []
      }
      try database.append(turn, state: state, to: name)
    } catch {
      if failure == nil { failure = error.description }
    }
  }

  /// The latest changed of `NAME.previous`, `NAME.previous-2`, ... that knows something of
  /// the user (by when it last took a turn: the numbers skip those deleted).
  private static func latestKept(of name: String, in database: SessionDatabase)
    throws(SessionStoreError) -> SessionDatabase.Summary?
  {
    let kept = SessionName.previous(name)
    return try database.list().filter { summary in
      (summary.name == kept || summary.name.hasPrefix(kept + "-"))
        && summary.profile != Profile()
    }.max { ($0.changed ?? 0, $0.name) < ($1.changed ?? 0, $1.name) }
  }

  /// The first of `NAME.previous`, `NAME.previous-2`, ... that names no session.
  private static func freePrevious(of name: String, in database: SessionDatabase)
    throws(SessionStoreError) -> String
  {
    var number = 1
    while try database.contains(SessionName.previous(name, number: number)) { number += 1 }
    return SessionName.previous(name, number: number)
  }

  // MARK: - Opening

  /// Makes the state folder ready (created, private, no orphan temporary files).
  package static func prepare(_ directory: StateDirectory) throws(SessionStoreError)
    -> StateDirectory
  {
    do {
      try directory.create()
    } catch {
      throw .failed(path: error.path, reason: error.message)
    }
    return directory
  }

  /// Opens the session database in a prepared folder, setting aside one that cannot be used and
  /// importing the session files of earlier versions; also for `advisor sessions`.
  package static func open(_ directory: StateDirectory) throws(SessionStoreError) -> (
    SessionDatabase, [Notice]
  ) {
    var notices: [Notice] = []
    let database = try openDatabase(in: directory, notices: &notices)
    notices += importEarlierSessions(in: directory, into: database)
    return (database, notices)
  }

  private static func openDatabase(in directory: StateDirectory, notices: inout [Notice])
    throws(SessionStoreError) -> SessionDatabase
  {
    let path = directory.path + "/" + SessionDatabase.fileName
    if access(path, F_OK) == 0, access(path, R_OK) != 0, errno == EACCES {
      notices.append(try setAside(path, as: "unreadable", reason: "permission denied"))
    } else if access(path, F_OK) == 0, access(path, W_OK) != 0, errno == EACCES {
      // Readable but not writable: a chat would lose every turn; 'advisor sessions' still
      // reads it.
      throw .failed(path: path, reason: "is read-only (permission denied)")
    }
    do {
      return try SessionDatabase(path: path)
    } catch .corrupt(_, let reason) {
      notices.append(try setAside(path, as: "corrupt", reason: reason))
      return try SessionDatabase(path: path)
    }
  }

  /// Renames the database and its WAL files together, so the next open starts a new one.
  private static func setAside(_ path: String, as label: String, reason: String)
    throws(SessionStoreError) -> Notice
  {
    guard let aside = PrivateFile.setAside(path, as: label) else {
      throw .failed(path: path, reason: "\(reason), and it cannot be moved aside")
    }
    for suffix in ["-wal", "-shm"] { rename(path + suffix, aside + suffix) }
    return .setAside(path: aside, reason: reason)
  }

  /// Imports `session.json` (and `session.previous.json`) once, then keeps the files aside.
  private static func importEarlierSessions(
    in directory: StateDirectory, into database: SessionDatabase
  ) -> [Notice] {
    var notices: [Notice] = []
    let files = [
      (directory.sessionPath, SessionName.unnamed),
      (directory.path + "/session.previous.json", SessionName.previous(SessionName.unnamed)),
    ]
    for (path, wanted) in files {
      let loaded: JSONSessionFile.Loaded
      do {
        loaded = try JSONSessionFile(path: path).load()
      } catch {
        notices.append(.notImported(path: path, reason: error.message))
        continue
      }
      switch loaded {
      case .none: continue
      case .setAside(let aside, let reason): notices.append(.setAside(path: aside, reason: reason))
      case .session(let session):
        do throws(SessionStoreError) {
          var name = wanted
          var number = 1
          while try database.contains(name) {
            number += 1
            name = wanted + ".imported-\(number)"
          }
          try database.create(name, from: session)
          let aside = PrivateFile.setAside(path, as: "imported") ?? path
          notices.append(.imported(name: name, keptAt: aside))
        } catch {
          notices.append(.notImported(path: path, reason: error.description))
        }
      }
    }
    return notices
  }
}
