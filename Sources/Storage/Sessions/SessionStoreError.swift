/// What can go wrong with the session database, each with one clear line for the user.
package enum SessionStoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Written by a newer advisor: left untouched.
  case newer(path: String)
  /// Written by an advisor too old for a read-only command to read it as it is.
  case older(path: String)
  /// No session database yet (a read-only command does not create one).
  case noDatabase(path: String)
  /// Not a database, or a damaged one.
  case corrupt(path: String, reason: String)
  /// Another process held the database longer than the busy timeout.
  case busy(path: String)
  /// Another advisor chat holds this session.
  case inUse(name: String, process: Int32?)
  /// A session name that cannot be used.
  case badName(String)
  /// No session with this name.
  case noSuchSession(String)
  /// Any other failure: a full disk, a read-only folder, permissions.
  case failed(path: String, reason: String)

  init(_ error: SQLiteError, path: String) {
    if error.isCorrupt {
      self = .corrupt(path: path, reason: error.message)
    } else if error.isBusy {
      self = .busy(path: path)
    } else {
      self = .failed(path: path, reason: error.message)
    }
  }

  package var description: String {
    switch self {
    case .newer(let path):
      "\(path): was written by a newer advisor; it is left as it is (update the advisor to use it)"
    case .older(let path):
      "\(path): was written by an older advisor; run 'advisor chat' once to bring it up to date"
    case .noDatabase(let path): "\(path): there are no saved sessions yet (no session database)"
    case .corrupt(let path, let reason): "\(path): is not a usable session database (\(reason))"
    case .busy(let path):
      "\(path): another advisor kept the session database busy; try again in a moment"
    case .inUse(let name, let process):
      "the session '\(name)' is in use by another advisor chat"
        + (process.map { " (process \($0))" } ?? "")
        + "; leave that one first, or pick another with --session NAME"
    case .badName(let name):
      "'\(name)' cannot name a session: use 1-64 letters, digits, '.', '-' or '_'"
    case .noSuchSession(let name): "there is no saved session named '\(name)'"
    case .failed(let path, let reason): "\(path): \(reason)"
    }
  }
}
