package import Dialogue
import TextInput

/// The file system, for `/programs` and `/export`: relative paths resolve against `base`.
package struct LocalFiles: FileAccess {
  /// The folder relative paths start from; nil for the current directory.
  package let base: String?
  /// Accept writes without touching the disk: for replays, which must leave no files behind.
  package let discardWrites: Bool

  package init(base: String? = nil, discardWrites: Bool = false) {
    self.base = base
    self.discardWrites = discardWrites
  }

  /// The file's text through ``InputReader`` and ``InputText``: the same regular-file check,
  /// size limit, BOM and newline handling as every file the command line reads.
  package func read(_ path: String) throws(FileAccessError) -> String {
    let bytes: [UInt8]?
    do {
      bytes = try InputReader.bytesIfPresent(atPath: resolve(path), what: "text file")
    } catch {
      // Named as the user typed it, not as resolved against the base folder.
      throw FileAccessError("\(path): \(error.message)")
    }
    guard let bytes else { throw FileAccessError("\(path): no such file") }
    do {
      return try InputText.decode(bytes, file: path, what: "a text file")
    } catch {
      throw FileAccessError(error.description)
    }
  }

  package func write(_ text: String, to path: String) throws(FileAccessError) {
    guard !discardWrites else { return }
    do {
      try PrivateFile.write(text, to: resolve(path))
    } catch {
      throw FileAccessError("\(path): \(error.message)")
    }
  }

  private func resolve(_ path: String) -> String {
    guard let base, !path.hasPrefix("/") else { return path }
    return base.hasSuffix("/") ? base + path : base + "/" + path
  }
}
