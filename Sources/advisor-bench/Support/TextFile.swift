#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole text files, and lists folders, with the system's calls.
enum TextFile {
  /// The UTF-8 text of the file at `path`.
  ///
  /// - Throws: ``BenchError`` naming the file when it cannot be read or is not UTF-8.
  static func read(_ path: String) throws(BenchError) -> String {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw BenchError(file: path, reason(errno)) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw BenchError(file: path, reason(errno))
      }
      if count == 0 { break }
      bytes += buffer[..<count]
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw BenchError(file: path, "not a UTF-8 text file")
    }
    return text
  }

  /// The names in `folder` (no `.` or hidden files), sorted.
  ///
  /// - Throws: ``BenchError`` naming the folder when it cannot be opened.
  static func names(in folder: String) throws(BenchError) -> [String] {
    guard let directory = opendir(folder) else { throw BenchError(file: folder, reason(errno)) }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    return names.sorted()
  }

  /// A short, lowercase reason for an `errno`.
  static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: "no such file or folder"
    case EACCES: "permission denied"
    case ENOTDIR: "not a folder"
    case EISDIR: "is a folder, not a file"
    default: String(cString: strerror(code)).lowercased()
    }
  }
}

/// The system's `read`, named apart from ``TextFile/read(_:)``.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  read(descriptor, buffer, count)
}
