import Platform

/// Holds one session for one chat: an exclusive `flock` on `sessions.NAME.lock` in the state
/// folder, released when the chat ends or its process dies (a kill -9 included).
///
/// Two chats appending to one session would interleave their turns; the second one is told
/// that the session is in use instead.
package final class SessionLock {
  private let descriptor: Int32
  private let path: String

  /// Takes the lock for `name` in `folder`.
  ///
  /// - Throws: ``SessionStoreError/inUse(name:process:)`` when another chat holds it.
  package init(folder: String, name: String) throws(SessionStoreError) {
    let path = Self.path(folder: folder, name: name)
    let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw .failed(path: path, reason: "cannot be opened: \(describe(errno))")
    }
    guard Self.lock(descriptor) else {
      let holder = Self.holder(descriptor)
      close(descriptor)
      throw .inUse(name: name, process: holder)
    }
    self.descriptor = descriptor
    self.path = path
    // The holder's process id, for the message the next chat shows.
    let text = Array("\(getpid())\n".utf8)
    ftruncate(descriptor, 0)
    _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
  }

  deinit { close(descriptor) }

  /// Deletes the lock file, for a session that is being deleted.
  package func removeFile() { unlink(path) }

  /// The lock file for a session.
  static func path(folder: String, name: String) -> String {
    folder + "/sessions." + name + ".lock"
  }

  /// Takes the `flock`. A lock this process let go of can still be held for a moment by a child
  /// forked before it closed the file and not yet past its `exec` (which closes the copy): when
  /// the holder named is this process, the lock is tried again for up to a quarter second.
  private static func lock(_ descriptor: Int32) -> Bool {
    for attempt in 0..<25 {
      if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
      guard attempt < 24, holder(descriptor) == getpid() else { return false }
      usleep(10_000)
    }
    return false
  }

  private static func holder(_ descriptor: Int32) -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 16)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return nil }
    return Int32(String(decoding: buffer[..<count], as: UTF8.self).prefix { $0.isNumber })
  }
}
