import Platform

/// The advisor's private folder: `$XDG_STATE_HOME/advisor`, else `~/.local/state/advisor`.
public struct StateDirectory: Sendable, Hashable {
  public let path: String

  /// Resolves the folder from the environment handed in (not read here, so tests can pass
  /// their own).
  public init?(environment: [String: String]) {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      path = state + "/advisor"
    } else if let home = environment["HOME"], !home.isEmpty {
      path = home + "/.local/state/advisor"
    } else {
      return nil
    }
  }

  public init(path: String) {
    self.path = path
  }

  public var historyPath: String { path + "/history" }
  public var sessionPath: String { path + "/session.json" }

  /// Creates the folder (and its parents) with mode 0700 if it does not exist.
  public func create() throws(StorageError) {
    var current = ""
    for component in path.split(separator: "/", omittingEmptySubsequences: true) {
      current += "/" + component
      var info = stat()
      if stat(current, &info) == 0 {
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
          throw StorageError(path: current, "is not a folder; the advisor keeps its state there")
        }
        continue
      }
      if mkdir(current, 0o700) != 0, errno != EEXIST {
        throw StorageError(path: current, "cannot be created: \(describe(errno))")
      }
    }
  }
}

/// A file the advisor could not read or write.
public struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var message: String

  public init(path: String, _ message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }
}

func describe(_ code: Int32) -> String { errorMessage(code) }
