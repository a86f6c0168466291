/// How the conversation reads and writes the files a user names (`/programs FILE`,
/// `/export FILE`): the edge supplies the real file system, tests an in-memory one.
public protocol FileAccess: Sendable {
  /// The file's text.
  ///
  /// - Throws: ``FileAccessError`` with a one-line reason.
  func read(_ path: String) throws(FileAccessError) -> String
  /// Writes `text` to the file, replacing it.
  func write(_ text: String, to path: String) throws(FileAccessError)
}

/// A file the conversation could not use.
public struct FileAccessError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}

/// No file access: for replays and tests that do not need it.
public struct NoFileAccess: FileAccess {
  public init() {}

  public func read(_ path: String) throws(FileAccessError) -> String {
    throw FileAccessError("\(path): files are not available here")
  }

  public func write(_ text: String, to path: String) throws(FileAccessError) {
    throw FileAccessError("\(path): files are not available here")
  }
}
