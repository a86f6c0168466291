/// An entry file's name and contents, as the edge read them.
package struct EntryFile: Sendable, Hashable {
  /// The path to show in messages.
  package var path: String
  /// The raw bytes, checked for text by the linter.
  package var bytes: [UInt8]

  package init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  package init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }
}
