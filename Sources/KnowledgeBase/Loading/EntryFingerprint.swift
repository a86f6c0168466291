import Platform

/// What a cached pack of entry folders is keyed on: every entry file's name, size,
/// modification time and inode, so an edited, added, removed or replaced file changes it.
///
/// Each folder is opened once and its files are examined relative to it (`fstatat`), in the
/// order the folder lists them: no path is built and nothing is sorted per file. Listing order
/// is stable while a folder is unchanged; were it ever to change, the pack would merely be
/// rebuilt.
package enum EntryFingerprint {
  /// The fingerprint of `folders`, or nil when a folder cannot be listed or a file examined
  /// (loading them then says why).
  package static func of(_ folders: [String]) -> [UInt8]? {
    var bytes: [UInt8] = []
    for folder in folders {
      bytes += folder.utf8
      bytes.append(0)
      guard append(folder, to: &bytes) else { return nil }
    }
    return bytes
  }

  private static func append(_ folder: String, to bytes: inout [UInt8]) -> Bool {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    guard let directory = fdopendir(descriptor) else {
      close(descriptor)
      return false
    }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let examined = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
        let size = MemoryLayout.size(ofValue: tuple.pointee)
        return tuple.withMemoryRebound(to: CChar.self, capacity: size) { name -> Bool in
          let length = strnlen(name, size)
          let raw = UnsafeRawBufferPointer(start: name, count: length)
          guard EntryDirectory.isEntryName(raw) else { return true }
          var info = stat()
          guard fstatat(descriptor, name, &info, 0) == 0 else { return false }
          bytes.append(contentsOf: raw)
          bytes.append(0)
          let record = (
            Int64(info.st_size).littleEndian, Int64(info.st_mtim.tv_sec).littleEndian,
            Int64(info.st_mtim.tv_nsec).littleEndian,
            Int64(bitPattern: UInt64(info.st_ino)).littleEndian
          )
          withUnsafeBytes(of: record) { bytes.append(contentsOf: $0) }
          return true
        }
      }
      guard examined else { return false }
    }
    return true
  }
}
