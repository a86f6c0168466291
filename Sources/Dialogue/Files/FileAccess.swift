/// How the conversation reads and writes the files a user names (`/programs FILE`,
/// `/export FILE`): the edge supplies the real file system, tests an in-memory one.
package protocol FileAccess: Sendable {
  /// The file's text.
  ///
  /// - Throws: ``FileAccessError`` with a one-line reason.
  func read(_ path: String) throws(FileAccessError) -> String
  /// Writes `text` to the file, replacing it.
  func write(_ text: String, to path: String) throws(FileAccessError)
}

/// A file the conversation could not use.
package struct FileAccessError: Error, Sendable, Equatable, CustomStringConvertible {
  package var message: String

  package init(_ message: String) {
    self.message = message
  }

  package var description: String { message }
}

/// No file access: for replays and tests that do not need it.
package struct NoFileAccess: FileAccess {
  package init() {}

  package func read(_ path: String) throws(FileAccessError) -> String {
    throw FileAccessError("\(path): files are not available here")
  }

  package func write(_ text: String, to path: String) throws(FileAccessError) {
    throw FileAccessError("\(path): files are not available here")
  }
}
