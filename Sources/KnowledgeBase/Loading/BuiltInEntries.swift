#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the built-in entries are: the package resources copied beside the executable.
public enum BuiltInEntries {
  /// The resource bundle's folder name, as SwiftPM names it.
  static let bundleName = "advisor_KnowledgeBase.resources"

  /// The folder of built-in entries, or nil when the resources are missing.
  ///
  /// Found from the running executable rather than through `Bundle.module`, whose accessor
  /// stops the process when the bundle is missing; a missing bundle here is a clear error.
  public static var directory: String? {
    for base in executableDirectories() {
      let candidate = base + "/" + bundleName + "/entries"
      var info = stat()
      if stat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return candidate }
    }
    return nil
  }

  private static func executableDirectories() -> [String] {
    var paths: [String] = []
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if length > 0 {
      paths.append(String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
    if let first = CommandLine.arguments.first { paths.append(first) }
    return paths.compactMap { path in
      guard let slash = path.lastIndex(of: "/") else { return "." }
      return String(path[..<slash])
    }
  }
}
