/// Session names: what `--session NAME` accepts, and the names the advisor gives itself.
package enum SessionName {
  /// The session a chat without `--session` uses.
  package static let unnamed = "default"

  /// Where a new chat keeps the session it replaces: `NAME.previous`, or, when that one is
  /// taken, `NAME.previous-2`, `-3`, ... (a kept session is never overwritten).
  package static func previous(_ name: String, number: Int = 1) -> String {
    number <= 1 ? name + ".previous" : name + ".previous-\(number)"
  }

  /// Whether `name` can name a session: 1-64 ASCII letters, digits, `.`, `-` or `_`, not
  /// starting with `.` (names become part of a lock file's name).
  package static func isValid(_ name: String) -> Bool {
    !name.isEmpty && name.utf8.count <= 64 && !name.hasPrefix(".")
      && name.unicodeScalars.allSatisfy {
        $0.isASCII
          && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
            || ".-_".unicodeScalars.contains($0))
      }
  }
}
