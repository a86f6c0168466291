import Platform

/// Reads the `.md` entry files of a folder, in name order.
public enum EntryDirectory {
  /// A folder that cannot be read as a knowledge base.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }

    public init(path: String, message: String) {
      self.path = path
      self.message = message
    }
  }

  /// Every `*.md` file directly in `path` (README.md excepted), sorted by name.
  public static func files(in path: String) throws(Failure) -> [EntryFile] {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw Failure(path: path, message: errorMessage(errno) + "; pass a folder of .md entries")
    }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      throw Failure(path: path, message: "is not a folder; pass a folder of .md entries")
    }
    guard let directory = opendir(path) else {
      throw Failure(path: path, message: errorMessage(errno))
    }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasSuffix(".md"), name != "README.md", !name.hasPrefix(".") { names.append(name) }
    }
    var files: [EntryFile] = []
    for name in names.sorted() {
      let filePath = path.hasSuffix("/") ? path + name : path + "/" + name
      files.append(EntryFile(path: filePath, bytes: try read(filePath)))
    }
    return files
  }

  private static func read(_ path: String) throws(Failure) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw Failure(path: path, message: errorMessage(errno)) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 16_384)
    while true {
      let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw Failure(path: path, message: errorMessage(errno))
      }
      if count == 0 { return bytes }
      bytes += buffer[0..<count]
      if bytes.count > 1 << 20 {
        throw Failure(path: path, message: "is too large for an entry (over 1 MiB)")
      }
    }
  }
}

/// The C library's `read`, which `EntryDirectory.read` would otherwise shadow.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  read(descriptor, buffer, count)
}
