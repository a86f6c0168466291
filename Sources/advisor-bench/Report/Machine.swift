import Platform

/// What the figures were measured on, for the report's header.
struct Machine: Sendable {
  var cpu: String
  var cores: Int
  var operatingSystem: String
  var swift: String
  var sqlite: String
  /// When the run started, `YYYY-MM-DD HH:MM UTC`.
  var date: String

  /// Reads the CPU model from `/proc/cpuinfo` and the system's name from `/etc/os-release`;
  /// "unknown" where they cannot be read.
  static func current(swift: String, sqlite: String) -> Machine {
    Machine(
      cpu: field("model name", in: "/proc/cpuinfo", separator: ":") ?? "unknown",
      cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))),
      operatingSystem: field("PRETTY_NAME", in: "/etc/os-release", separator: "=")
        .map { $0.filter { $0 != "\"" } } ?? "unknown",
      swift: swift, sqlite: sqlite, date: now())
  }

  /// One line: `CPU, N cores; OS; Swift; SQLite; date`.
  var summary: String {
    "\(cpu), \(cores) cores; \(operatingSystem); \(swift); SQLite \(sqlite); \(date)"
  }

  /// The value of the first `key SEPARATOR value` line of the file.
  private static func field(_ key: String, in path: String, separator: Character) -> String? {
    guard let text = try? TextFile.read(path) else { return nil }
    for line in text.split(separator: "\n") {
      guard let split = line.firstIndex(of: separator),
        line[..<split].trimmed == key
      else { continue }
      return line[line.index(after: split)...].trimmed
    }
    return nil
  }

  private static func now() -> String {
    var seconds = time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    var buffer = [CChar](repeating: 0, count: 32)
    let count = strftime(&buffer, buffer.count, "%Y-%m-%d %H:%M UTC", &parts)
    return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
