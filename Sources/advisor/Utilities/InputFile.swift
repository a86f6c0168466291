import Platform

/// Reads a file the user named, turning every way it can fail into a one-line ``UserError``.
enum InputFile {
  /// The largest input the advisor reads; anything bigger is refused rather than loaded.
  static let maximumSize = 16 * 1024 * 1024

  /// The file's bytes, or standard input's when `path` is "-".
  static func read(_ path: String, what: String) throws -> [UInt8] {
    if path == "-" { return try readAll(from: STDIN_FILENO, path: "<stdin>") }
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw UserError(file: path, "\(errorMessage(errno)); check the path to the \(what)")
    }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw UserError(file: path, "is a folder, not a \(what) file")
    }
    guard info.st_size <= maximumSize else {
      throw UserError(file: path, "is too large to be a \(what) (over 16 MiB)")
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw UserError(file: path, "\(errorMessage(errno)); check the file's permissions")
    }
    defer { close(descriptor) }
    return try readAll(from: descriptor, path: path)
  }

  /// The file as UTF-8 text, refusing empty and binary files.
  static func readText(_ path: String, what: String) throws -> String {
    let bytes = try read(path, what: what)
    let name = path == "-" ? "<stdin>" : path
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw UserError(file: name, line: 1, "the file is empty; expected a \(what)")
    }
    if let offset = bytes.firstIndex(of: 0) {
      throw UserError(
        file: name, line: line(at: offset, in: bytes),
        "binary data (a NUL byte); expected a \(what) as text")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw UserError(file: name, line: firstInvalidLine(bytes), "the file is not valid UTF-8 text")
    }
    return text
  }

  private static func readAll(from descriptor: Int32, path: String) throws -> [UInt8] {
    do {
      return try Platform.readAll(from: descriptor, limit: maximumSize)
    } catch {
      switch error {
      case .system(let code): throw UserError(file: path, "cannot be read: \(errorMessage(code))")
      case .tooLarge: throw UserError(file: path, "is too large (over 16 MiB)")
      }
    }
  }

  static func line(at offset: Int, in bytes: [UInt8]) -> Int {
    bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
  }

  private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
    var lineStart = 0
    var line = 1
    for (offset, byte) in bytes.enumerated() where byte == 0x0A {
      if String(validating: bytes[lineStart..<offset], as: UTF8.self) == nil { return line }
      line += 1
      lineStart = offset + 1
    }
    return line
  }
}
