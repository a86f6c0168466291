import Platform

/// A file written as a chat goes (`advisor chat --record`): each turn appends only its own text,
/// so a turn costs the same at the 2,000th line as at the 2nd.
///
/// The first text creates the file, or replaces an existing one, through ``PrivateFile``'s safe
/// writer (a temporary file with an unpredictable name, renamed into place); the writer's
/// descriptor is kept open in append mode, so later turns reach that file and never follow a
/// link or a file put at the path since. An existing file is therefore replaced only once the
/// first turn is recorded.
///
/// The file is flushed to disk every ``syncInterval`` appends and when it is closed, not after
/// every turn: each append is in the kernel's hands as soon as `write` returns, so a killed chat
/// loses nothing, and only a power cut can lose the last few turns, which the session database
/// keeps too. A flush per turn would cost each turn a disk round trip for that alone.
package final class RecordingFile {
  /// Appends between two flushes to disk.
  package static let syncInterval = 16

  package let path: String
  private var descriptor: Int32 = -1
  private var unsynced = 0
  /// The first failure; once a write fails nothing more is appended, so the file never holds
  /// a turn after a gap.
  package private(set) var failure: StorageError?

  /// Checks that `path` can be written (its folder exists and is writable, no link or folder
  /// stands there) without touching it.
  ///
  /// - Throws: ``StorageError`` naming `path` and what is wrong.
  package init(path: String) throws(StorageError) {
    try PrivateFile.checkWritable(path)
    self.path = path
  }

  deinit { close() }

  /// Appends `text`: the first call writes the file anew, later ones add to its end. A failure
  /// is kept in ``failure`` and returned once; later calls do nothing.
  @discardableResult
  package func append(_ text: String) -> StorageError? {
    guard failure == nil else { return nil }
    var text = text
    var failed: StorageError?
    text.withUTF8 { bytes in
      do throws(StorageError) { try write(bytes) } catch { failed = error }
    }
    failure = failed
    return failed
  }

  private func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(StorageError) {
    guard descriptor >= 0 else {
      descriptor = try PrivateFile.writeKeepingOpen(to: path) { file throws(StorageError) in
        try PrivateFile.writeAll(bytes, to: file, naming: path)
      }
      _ = fcntl(descriptor, F_SETFL, O_APPEND)
      return
    }
    try PrivateFile.writeAll(bytes, to: descriptor, naming: path)
    unsynced += 1
    if unsynced >= Self.syncInterval { try sync() }
  }

  /// Flushes what was appended to disk and closes the file.
  package func close() {
    guard descriptor >= 0 else { return }
    if unsynced > 0 { try? sync() }
    Platform.close(descriptor)
    descriptor = -1
  }

  private func sync() throws(StorageError) {
    unsynced = 0
    guard fsync(descriptor) == 0 else {
      throw StorageError(path: path, "cannot be written: \(describe(errno))")
    }
  }
}
