import Platform
import TextInput

/// Reads the `.md` entry files of a folder, in name order.
package enum EntryDirectory {
  /// A folder that cannot be read as a knowledge base.
  package struct Failure: Error, Sendable, CustomStringConvertible {
    package var path: String
    package var message: String
    package var description: String { "\(path): \(message)" }

    package init(path: String, message: String) {
      self.path = path
      self.message = message
    }
  }

  /// The names of the entry files directly in `folder` (see ``isEntryName(_:)``), sorted; nil
  /// when the folder cannot be listed (errno says why).
  package static func entryNames(in folder: String) -> [String]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      withUnsafeBytes(of: entry.pointee.d_name) { raw in
        let name = UnsafeRawBufferPointer(rebasing: raw.prefix { $0 != 0 })
        if isEntryName(name) { names.append(String(decoding: name, as: UTF8.self)) }
      }
    }
    return names.sorted()
  }

  /// Whether a file named `name` (UTF-8) is an entry: `*.md`, README.md and hidden files
  /// excepted. The knowledge cache fingerprints the same files (``EntryFingerprint``), so what
  /// it covers is what is loaded.
  static func isEntryName(_ name: UnsafeRawBufferPointer) -> Bool {
    name.count > 3 && name.first != UInt8(ascii: ".") && name.suffix(3).elementsEqual(".md".utf8)
      && !name.elementsEqual("README.md".utf8)
  }

  /// The path of the file `name` in `folder`.
  package static func path(of name: String, in folder: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// Every `*.md` file directly in `path` (README.md excepted), sorted by name.
  package static func files(in path: String) throws(Failure) -> [EntryFile] {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw Failure(path: path, message: errorMessage(errno) + "; pass a folder of .md entries")
    }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      throw Failure(path: path, message: "is not a folder; pass a folder of .md entries")
    }
    guard let names = entryNames(in: path) else {
      throw Failure(path: path, message: errorMessage(errno))
    }
    var files: [EntryFile] = []
    for name in names {
      let filePath = Self.path(of: name, in: path)
      files.append(EntryFile(path: filePath, bytes: try read(filePath)))
    }
    return files
  }

  /// The largest entry file read: an entry is a page of text, never a megabyte.
  static let entryLimit = 1 << 20

  private static func read(_ path: String) throws(Failure) -> [UInt8] {
    do {
      return try InputReader.bytes(atPath: path, what: "knowledge entry", limit: entryLimit)
    } catch {
      throw Failure(path: path, message: error.message)
    }
  }

}
