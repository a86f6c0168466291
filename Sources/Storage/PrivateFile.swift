import Platform
import TextInput

/// Files only the user can read: the one writer for every file the advisor writes (the session
/// database's neighbours, the history, `--record`, `/export`, `replay --update`, caches), and
/// a whole-file reader.
package enum PrivateFile {
  /// Writes `text` to `path` atomically; see ``write(bytes:to:)``.
  package static func write(_ text: String, to path: String) throws(StorageError) {
    var text = text
    var failure: StorageError?
    text.withUTF8 { buffer in
      do throws(StorageError) { try write(bytes: buffer, to: path) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// Writes `bytes` to `path` atomically with mode 0600.
  ///
  /// A temporary file with an unpredictable name is created beside the target with
  /// `O_EXCL|O_NOFOLLOW` (so a planted file or link is never opened), written, flushed to disk,
  /// renamed over the target, and the folder is flushed too. A crash leaves the old file or the
  /// new one, never half of either; a symbolic link or a folder where the file should be is
  /// refused, never followed.
  package static func write(bytes: UnsafeBufferPointer<UInt8>, to path: String) throws(StorageError)
  {
    try write(to: path) { descriptor throws(StorageError) in
      try writeAll(bytes, to: descriptor, naming: path)
    }
  }

  /// Writes `path` atomically as ``write(bytes:to:)`` does, with `fill` writing the contents
  /// into the temporary file's descriptor (for libraries that write to a file themselves).
  package static func write(
    to path: String, filling fill: (Int32) throws(StorageError) -> Void
  ) throws(StorageError) {
    close(try writeKeepingOpen(to: path, filling: fill))
  }

  /// Writes `path` atomically as ``write(to:filling:)`` does, and returns the new file's
  /// descriptor, still open for writing: later writes reach the file this call created, never
  /// whatever another process may have put at `path` since.
  package static func writeKeepingOpen(
    to path: String, filling fill: (Int32) throws(StorageError) -> Void
  ) throws(StorageError) -> Int32 {
    try refuseLinkOrFolder(at: path)
    let (descriptor, temporary) = try createTemporary(beside: path)
    do throws(StorageError) {
      try fill(descriptor)
      fchmod(descriptor, 0o600)
      guard fsync(descriptor) == 0 else {
        throw StorageError(path: path, "cannot be written: \(describe(errno))")
      }
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      close(descriptor)
      unlink(temporary)
      throw StorageError(path: path, "cannot be replaced: \(describe(code))")
    }
    syncFolder(of: path)
    return descriptor
  }

  /// Checks, before anything is written, that ``write(bytes:to:)`` can later create `path`: its
  /// folder exists and is writable, and no folder or symbolic link stands in its place.
  package static func checkWritable(_ path: String) throws(StorageError) {
    try refuseLinkOrFolder(at: path)
    let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    var info = stat()
    guard stat(folder.isEmpty ? "/" : folder, &info) == 0 else {
      let reason = errno == ENOENT ? "its folder does not exist" : describe(errno)
      throw StorageError(path: path, "cannot be written: \(reason)")
    }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      throw StorageError(path: path, "cannot be written: \(folder) is not a folder")
    }
    guard access(folder.isEmpty ? "/" : folder, W_OK | X_OK) == 0 else {
      throw StorageError(path: path, "cannot be written: \(describe(errno))")
    }
  }

  /// Creates `path` empty with mode 0600 when it does not exist, and makes an existing file
  /// 0600: for files another library fills (SQLite copies the database's mode to its WAL files).
  package static func createPrivate(_ path: String) throws(StorageError) {
    let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw StorageError(path: path, "cannot be opened: \(describe(errno))")
    }
    fchmod(descriptor, 0o600)
    close(descriptor)
  }

  /// Whether `path` names a temporary file this writer left behind, and the process that made
  /// it: `.NAME.tmp-PID-RANDOM`, or the `NAME.tmp-PID` of earlier versions.
  static func temporaryOwner(_ name: String) -> pid_t? {
    guard let marker = name.ranges(of: ".tmp-").last else { return nil }
    let digits = name[marker.upperBound...].prefix { $0.isASCII && $0.isNumber }
    return pid_t(digits)
  }

  /// Throws when a symbolic link or a folder stands where a file is to be written.
  static func refuseLinkOrFolder(at path: String) throws(StorageError) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    switch info.st_mode & S_IFMT {
    case S_IFLNK:
      throw StorageError(path: path, "is a symbolic link; the advisor does not write through links")
    case S_IFDIR: throw StorageError(path: path, "is a folder, not a file")
    default: return
    }
  }

  private static func createTemporary(beside path: String) throws(StorageError) -> (
    Int32, String
  ) {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var generator = SystemRandomNumberGenerator()
    var code = EEXIST
    for _ in 0..<8 {
      let suffix = String(generator.next() as UInt64, radix: 36)
      let temporary = folder + "." + name + ".tmp-\(getpid())-" + suffix
      let descriptor = open(
        temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if descriptor >= 0 { return (descriptor, temporary) }
      code = errno
      if code != EEXIST { break }
    }
    throw StorageError(path: path, "cannot be written: \(describe(code))")
  }

  static func writeAll(
    _ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, naming path: String
  ) throws(StorageError) {
    var offset = 0
    while offset < bytes.count {
      let written = systemWrite(
        descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw StorageError(path: path, "cannot be written: \(describe(errno))")
      }
      offset += written
    }
  }

  /// Flushes the folder's entry for the renamed file, so the rename survives a power cut.
  private static func syncFolder(of path: String) {
    let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    let descriptor = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  /// The file's bytes, or nil when it does not exist; read through ``InputReader``, so only a
  /// regular file within `limit` is read, and a FIFO or device never blocks.
  ///
  /// - Parameter limit: the largest file accepted, in bytes (the input layer's 16 MiB by
  ///   default); a larger one is an error.
  package static func read(_ path: String, limit: Int = 16 << 20)
    throws(StorageError) -> [UInt8]?
  {
    do {
      return try InputReader.bytesIfPresent(atPath: path, what: "state file", limit: limit)
    } catch {
      throw StorageError(path: path, error.message)
    }
  }

  /// Renames a file that could not be used to `PATH.corrupt` (or `.corrupt-2`, ...) and returns
  /// the new path, so it is neither lost nor silently overwritten.
  package static func setAside(_ path: String, as label: String = "corrupt") -> String? {
    var aside = path + "." + label
    var number = 1
    var info = stat()
    while lstat(aside, &info) == 0 {
      number += 1
      aside = path + ".\(label)-\(number)"
    }
    return rename(path, aside) == 0 ? aside : nil
  }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafePointer<UInt8>?, _ count: Int) -> Int
{
  write(descriptor, buffer, count)
}
