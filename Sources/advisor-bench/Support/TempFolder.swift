import Platform

/// A private folder under `/tmp` for the files one run makes, removed with them afterwards.
struct TempFolder: Sendable {
  let path: String

  /// Creates `/tmp/advisor-bench-XXXXXX`.
  ///
  /// - Throws: ``BenchError`` when it cannot be created.
  init() throws(BenchError) {
    var template = Array("/tmp/advisor-bench-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { $0.baseAddress.flatMap(mkdtemp) }
    guard let created else {
      throw BenchError(file: "/tmp", "cannot create a folder: \(errorMessage(errno))")
    }
    path = String(cString: created)
  }

  /// The path of `name` inside the folder.
  func file(_ name: String) -> String { path + "/" + name }

  /// Writes `text` to `name` inside the folder.
  ///
  /// - Throws: ``BenchError`` naming the file when it cannot be written.
  func write(_ text: String, to name: String) throws(BenchError) {
    let path = file(name)
    guard let stream = fopen(path, "w") else {
      throw BenchError(file: path, errorMessage(errno))
    }
    let written = fputs(text, stream)
    guard fclose(stream) == 0, written >= 0 else {
      throw BenchError(file: path, "cannot write it: \(errorMessage(errno))")
    }
  }

  /// Removes the files in the folder, then the folder.
  func remove() {
    for name in (try? TextFile.names(in: path)) ?? [] { unlink(file(name)) }
    rmdir(path)
  }
}
