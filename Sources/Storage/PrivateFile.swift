import Platform
import TextInput

/// Files only the user can read: written atomically, read whole.
public enum PrivateFile {
  /// Writes `text` to `path` atomically: a temporary file in the same folder (mode 0600),
  /// flushed to disk, then renamed over the target. A crash leaves the old file or the new one,
  /// never half of either.
  public static func write(_ text: String, to path: String) throws(StorageError) {
    let temporary = path + ".tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else {
      throw StorageError(path: temporary, "cannot be written: \(describe(errno))")
    }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        let code = errno
        close(descriptor)
        unlink(temporary)
        throw StorageError(path: path, "cannot be written: \(describe(code))")
      }
      bytes = bytes.dropFirst(written)
    }
    fchmod(descriptor, 0o600)
    fsync(descriptor)
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw StorageError(path: path, "cannot be replaced: \(describe(code))")
    }
  }

  /// The file's bytes, or nil when it does not exist; read through ``InputReader``, so only a
  /// regular file within the input limit is read, and a FIFO or device never blocks.
  public static func read(_ path: String) throws(StorageError) -> [UInt8]? {
    do {
      return try InputReader.bytesIfPresent(atPath: path, what: "state file")
    } catch {
      throw StorageError(path: path, error.message)
    }
  }

  /// Renames a file that could not be used to `PATH.corrupt` (or `.corrupt-2`, ...) and returns
  /// the new path, so it is neither lost nor silently overwritten.
  public static func setAside(_ path: String) -> String? {
    var aside = path + ".corrupt"
    var number = 1
    while access(aside, F_OK) == 0 {
      number += 1
      aside = path + ".corrupt-\(number)"
    }
    return rename(path, aside) == 0 ? aside : nil
  }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
