import Platform

/// Finds the `advisor` executable the start-up and memory measures run.
enum AdvisorExecutable {
  /// `path` when given, else the `advisor` in the benchmark's own folder (the build's bin
  /// folder).
  ///
  /// - Throws: ``BenchError`` naming the path when there is no executable there.
  static func locate(_ path: String?) throws(BenchError) -> String {
    let candidate = path ?? besideSelf()
    guard access(candidate, X_OK) == 0 else {
      throw BenchError(
        file: candidate,
        "no advisor executable here; build it with 'swift build -c release --product advisor'")
    }
    return candidate
  }

  /// `advisor` next to this executable (`/proc/self/exe`), or in the working folder.
  private static func besideSelf() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return "advisor" }
    let path = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let slash = path.lastIndex(of: "/") else { return "advisor" }
    return path[...slash] + "advisor"
  }
}
