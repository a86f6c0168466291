/// A scripted conversation: what the user typed, what the advisor replied, and assertions on
/// state. The format is documented in `dialogues/README.md`.
public struct Transcript: Sendable, Hashable {
  /// One element of the file, in order, with its line number.
  public enum Element: Sendable, Hashable {
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

  public var file: String
  public var elements: [(element: Element, line: Int)]

  public init(file: String, elements: [(element: Element, line: Int)]) {
    self.file = file
    self.elements = elements
  }

  public static func == (lhs: Transcript, rhs: Transcript) -> Bool {
    lhs.file == rhs.file
      && lhs.elements.elementsEqual(rhs.elements) { $0.element == $1.element && $0.line == $1.line }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(file)
    for (element, line) in elements {
      hasher.combine(element)
      hasher.combine(line)
    }
  }
}

/// A check on state that does not depend on wording: `? email = targeted-email`.
public struct Assertion: Sendable, Hashable {
  public var key: String
  public var value: String

  public init(key: String, value: String) {
    self.key = key
    self.value = value
  }

  /// The keys an assertion may use.
  public static let keys: [String] = [
    "step1", "step1.outcome", "step1.score", "step1.attempts", "step2ck", "step2ck.outcome",
    "step2ck.score", "step2ck.attempts", "specialty", "applicant", "region", "connections", "hook",
    "cutoffUnmet", "hardship", "clinicalEvidence", "email", "pending", "sensitivity",
    "applications", "ended",
    "missing",
  ]
}

/// A transcript line that cannot be read.
public struct TranscriptError: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var message: String

  public var description: String { "\(file):\(line): \(message)" }
}
