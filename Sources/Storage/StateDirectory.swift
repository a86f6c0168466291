import Platform

/// The advisor's private folder: `$XDG_STATE_HOME/advisor`, else `~/.local/state/advisor`.
package struct StateDirectory: Sendable, Hashable {
  package let path: String

  /// Resolves the folder from the environment handed in (not read here, so tests can pass
  /// their own).
  package init?(environment: [String: String]) {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      path = state + "/advisor"
    } else if let home = environment["HOME"], !home.isEmpty {
      path = home + "/.local/state/advisor"
    } else {
      return nil
    }
  }

  package init(path: String) {
    self.path = path
  }

  package var historyPath: String { path + "/history" }
  package var sessionPath: String { path + "/session.json" }

  /// Makes the folder ready: creates it (and its parents) with mode 0700 if it does not exist,
  /// refuses a symbolic link or another user's folder in its place, tightens loose permissions
  /// to 0700, and removes temporary files that a killed run left behind.
  package func create() throws(StorageError) {
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
    try tighten()
    removeOrphans()
  }

  private func tighten() throws(StorageError) {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      throw StorageError(path: path, "cannot be used: \(describe(errno))")
    }
    guard (info.st_mode & S_IFMT) != S_IFLNK else {
      throw StorageError(
        path: path, "is a symbolic link; the advisor keeps its state only in a real folder")
    }
    guard info.st_uid == geteuid() else {
      throw StorageError(path: path, "belongs to another user; the advisor keeps its state private")
    }
    if info.st_mode & 0o077 != 0, chmod(path, 0o700) != 0 {
      throw StorageError(
        path: path, "is open to other users and cannot be made private: \(describe(errno))")
    }
  }

  /// Deletes `.NAME.tmp-PID-...` files whose process is gone; a live writer's file is kept.
  private func removeOrphans() {
    guard let folder = opendir(path) else { return }
    defer { closedir(folder) }
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard let owner = PrivateFile.temporaryOwner(name), owner != getpid() else { continue }
      if owner > 0, kill(owner, 0) == 0 || errno == EPERM { continue }
      var info = stat()
      let file = path + "/" + name
      if lstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { unlink(file) }
    }
  }
}

/// A file the advisor could not read or write.
package struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
  package var path: String
  package var message: String

  package init(path: String, _ message: String) {
    self.path = path
    self.message = message
  }

  package var description: String { "\(path): \(message)" }
}

func describe(_ code: Int32) -> String { errorMessage(code) }
