/// Why a file or standard input could not be read as text, with where, when there is a line.
package struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, as a value callers can match on.
  package enum Kind: Sendable, Equatable {
    /// No file at the path.
    case missing
    /// A folder, FIFO, device or socket where a regular file was expected.
    case notRegularFile(FileKind)
    /// Larger than the limit (in bytes) for this kind of input.
    case tooLarge(limit: Int)
    /// The system refused to open or read it.
    case unreadable
    /// Nothing but white space.
    case empty
    /// A NUL byte: binary data, not text.
    case binary
    /// Bytes that are not UTF-8.
    case invalidUTF8
  }

  package var kind: Kind
  /// The file as shown to the user (`<stdin>` for standard input).
  package var file: String
  /// The 1-based line, where the problem has one.
  package var line: Int?
  /// A short, lowercase, actionable message (without the file or line).
  package var message: String

  package init(_ kind: Kind, file: String, line: Int? = nil, _ message: String) {
    self.kind = kind
    self.file = file
    self.line = line
    self.message = message
  }

  /// `FILE:LINE: message`, or `FILE: message` without a line.
  package var description: String {
    line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
  }
}

/// The kind of file at a path, named in messages when it is not a regular file.
package enum FileKind: String, Sendable, Equatable {
  case regular = "a regular file"
  case folder = "a folder"
  case fifo = "a FIFO (named pipe)"
  case characterDevice = "a character device"
  case blockDevice = "a block device"
  case socket = "a socket"
  case other = "a special file"
}
