import Dialogue
import Platform
import Storage

/// Reads whole text files (through the advisor's `Storage`), and lists folders.
enum TextFile {
  /// The UTF-8 text of the file at `path`, read as the advisor reads its files.
  ///
  /// - Throws: ``BenchError`` naming the file when it cannot be read or is not UTF-8 text.
  static func read(_ path: String) throws(BenchError) -> String {
    do {
      return try LocalFiles().read(path)
    } catch {
      throw BenchError(error.message)
    }
  }

  /// The names in `folder` (no `.` or hidden files), sorted.
  ///
  /// - Throws: ``BenchError`` naming the folder when it cannot be opened.
  static func names(in folder: String) throws(BenchError) -> [String] {
    guard let directory = opendir(folder) else {
      throw BenchError(file: folder, errorMessage(errno))
    }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    return names.sorted()
  }
}
