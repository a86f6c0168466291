import AdvisorCore

/// A scripted conversation: what the user typed, what the advisor replied, and assertions on
/// state. The format is documented in `dialogues/README.md`.
package struct Transcript: Sendable, Hashable {
  /// One element of the file, in order, with its line number.
  package enum Element: Sendable, Hashable {
    /// `# …`: kept as written.
    case comment(String)
    /// `> …`: a line the user types (`>` alone is an empty line).
    case input(String)
    /// `% resume`: the session is saved and restored, as `advisor chat --resume` would.
    case resume
    /// `? key = value`: an assertion on the state after the turn above it.
    case assertion(Assertion)
    /// The advisor's reply to the turn above (or the opening, before any input), verbatim;
    /// a line `...` matches any number of lines.
    case reply([String])
  }

  package var file: String
  package var elements: [(element: Element, line: Int)]

  package init(file: String, elements: [(element: Element, line: Int)]) {
    self.file = file
    self.elements = elements
  }

  package static func == (lhs: Transcript, rhs: Transcript) -> Bool {
    lhs.file == rhs.file
      && lhs.elements.elementsEqual(rhs.elements) { $0.element == $1.element && $0.line == $1.line }
  }

  package func hash(into hasher: inout Hasher) {
    hasher.combine(file)
    for (element, line) in elements {
      hasher.combine(element)
      hasher.combine(line)
    }
  }
}

/// A check on state that does not depend on wording: `? email = targeted-email`.
package struct Assertion: Sendable, Hashable {
  package var key: String
  package var value: String

  package init(key: String, value: String) {
    self.key = key
    self.value = value
  }

  /// The keys an assertion may use.
  package static let keys: [String] =
    [
      "step1", "step1.outcome", "step1.score", "step1.attempts", "step2ck", "step2ck.outcome",
      "step2ck.score", "step2ck.attempts", "specialty", "applicant", "region", "connections",
      "hook", "cutoffUnmet", "hardship", "clinicalEvidence", "email", "pending", "sensitivity",
      "applications", "ended", "missing",
    ] + Connection.allCases.map { $0.rawValue + ".place" }
}

/// A transcript line that cannot be read.
package struct TranscriptError: Error, Sendable, Equatable, CustomStringConvertible {
  package var file: String
  package var line: Int
  package var message: String

  package var description: String { "\(file):\(line): \(message)" }
}
