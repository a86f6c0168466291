/// The name the user ran the advisor by, for hints that name a command to run next: `advisor`
/// when it came from the `PATH`, the path as typed otherwise (`make run` gives the full path).
enum Invocation {
  static let name: String = {
    guard let first = CommandLine.arguments.first, !first.isEmpty else { return "advisor" }
    let plain = first.allSatisfy { $0.isLetter || $0.isNumber || "/._-+".contains($0) }
    return plain ? first : "'" + first.replacing("'", with: "'\\''") + "'"
  }()

  /// `NAME ARGUMENTS`, as one would type it.
  static func command(_ arguments: String) -> String {
    name + " " + arguments
  }
}
