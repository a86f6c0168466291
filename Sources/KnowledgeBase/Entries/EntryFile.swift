/// An entry file's name and contents, as the edge read them.
public struct EntryFile: Sendable, Hashable {
  /// The path to show in messages.
  public var path: String
  /// The raw bytes, checked for text by the linter.
  public var bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }
}
