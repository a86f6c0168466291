import Platform

/// The one way the advisor reads a file or standard input: bounded, regular files only.
///
/// A path is opened without blocking (so a FIFO or a device cannot hang the read), checked with
/// `fstat` to be a regular file, refused when larger than the limit, and read to at most the
/// limit (a file that grows while read is refused too).
package enum InputReader {
  /// The largest input read by default: 16 MiB, far above any real profile, list or draft.
  package static let defaultLimit = 16 << 20

  /// The name standard input is reported under.
  package static let standardInputName = "<stdin>"

  /// The file's bytes, or nil when there is no file at `path`.
  ///
  /// - Parameters:
  ///   - path: the file to read; `-` is not special here.
  ///   - what: what the file should be ("JSON profile"), for messages.
  ///   - limit: the largest size accepted, in bytes.
  /// - Throws: ``InputProblem`` for anything but a readable regular file within the limit.
  package static func bytesIfPresent(
    atPath path: String, what: String, limit: Int = defaultLimit
  ) throws(InputProblem) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      if code == ENOENT { return nil }
      throw InputProblem(.unreadable, file: path, "cannot be opened: \(errorMessage(code))")
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw InputProblem(.unreadable, file: path, "cannot be read: \(errorMessage(errno))")
    }
    let kind = FileKind(mode: info.st_mode)
    guard kind == .regular else {
      throw InputProblem(
        .notRegularFile(kind), file: path,
        "is \(kind.rawValue), not a regular file; expected a \(what)")
    }
    guard Int(info.st_size) <= limit else {
      throw tooLarge(path, what: what, limit: limit)
    }
    return try readAll(
      descriptor, file: path, what: what, limit: limit, expected: Int(info.st_size))
  }

  /// The file's bytes; a missing file is an ``InputProblem`` too.
  package static func bytes(atPath path: String, what: String, limit: Int = defaultLimit)
    throws(InputProblem) -> [UInt8]
  {
    guard let bytes = try bytesIfPresent(atPath: path, what: what, limit: limit) else {
      throw InputProblem(.missing, file: path, "no such file; check the path to the \(what)")
    }
    return bytes
  }

  /// Standard input's bytes, read to its end and at most `limit`.
  package static func standardInput(what: String, limit: Int = defaultLimit) throws(InputProblem)
    -> [UInt8]
  {
    try readAll(STDIN_FILENO, file: standardInputName, what: what, limit: limit, expected: 0)
  }

  /// The file's (or, for `-`, standard input's) normalised text; blank input is refused.
  ///
  /// - Throws: ``InputProblem`` from reading, ``InputText/decode(_:file:what:)``, or `.empty`.
  package static func text(_ path: String, what: String, limit: Int = defaultLimit)
    throws(InputProblem) -> String
  {
    let name = path == "-" ? standardInputName : path
    let bytes =
      path == "-"
      ? try standardInput(what: what, limit: limit)
      : try bytes(atPath: path, what: what, limit: limit)
    if InputText.isBlank(bytes) {
      throw InputProblem(.empty, file: name, line: 1, "the file is empty; expected a \(what)")
    }
    return try InputText.decode(bytes, file: name, what: "a \(what)")
  }

  private static func readAll(
    _ descriptor: Int32, file: String, what: String, limit: Int, expected: Int
  ) throws(InputProblem) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(expected, limit) + 1)
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      // One byte past the limit is enough to know the input is too large.
      let room = min(buffer.count, limit + 1 - bytes.count)
      let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, room) }
      if count < 0 {
        if errno == EINTR { continue }
        throw InputProblem(.unreadable, file: file, "cannot be read: \(errorMessage(errno))")
      }
      if count == 0 { return bytes }
      bytes += buffer[0..<count]
      if bytes.count > limit { throw tooLarge(file, what: what, limit: limit) }
    }
  }

  private static func tooLarge(_ file: String, what: String, limit: Int) -> InputProblem {
    InputProblem(
      .tooLarge(limit: limit), file: file,
      "is too large: the limit for a \(what) is \(describe(bytes: limit))")
  }

  /// `16 MiB`, `64 KiB` or `100 bytes`.
  static func describe(bytes: Int) -> String {
    if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }
}

extension FileKind {
  init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .regular
    case S_IFDIR: self = .folder
    case S_IFIFO: self = .fifo
    case S_IFCHR: self = .characterDevice
    case S_IFBLK: self = .blockDevice
    case S_IFSOCK: self = .socket
    default: self = .other
    }
  }
}

/// The C library's `read`, which a type's own `read` would otherwise shadow.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  read(descriptor, buffer, count)
}
