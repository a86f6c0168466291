package import AdvisorCore

/// A line as it may be kept in a session, a transcript or the history: the words as typed, or,
/// when they held personal health or crisis details, only the category.
package enum StoredLine: Sendable, Hashable {
  case text(String)
  /// The words were withheld; the event's status is kept when the line gave one.
  case withheld(Hardship?)
  /// A line of a draft pasted for `/check`: the draft is checked, never kept.
  case draft

  /// The form written to files.
  package var serialized: String {
    switch self {
    case .text(let line): line
    case .draft: Self.draftMarker
    case .withheld(let hardship):
      if let name = hardship.flatMap({ Self.names[$0] }) {
        "\(Self.marker): \(name)\(Self.closing)"
      } else {
        "\(Self.marker)\(Self.closing)"
      }
    }
  }

  /// Reads the written form back: a withheld line from its marker, anything else as text.
  package init(serialized line: String) {
    if line == Self.draftMarker {
      self = .draft
      return
    }
    guard line.hasPrefix(Self.marker), line.hasSuffix(Self.closing) else {
      self = .text(line)
      return
    }
    let inner = line.dropFirst(Self.marker.count).dropLast(Self.closing.count)
    let status = inner.hasPrefix(": ") ? String(inner.dropFirst(2)) : ""
    self = .withheld(Self.names.first { $0.value == status }?.key)
  }

  package var isWithheld: Bool {
    if case .withheld = self { true } else { false }
  }

  /// The words as typed, when they may be kept in the line editor's history: nil for a line
  /// whose details were withheld and for a line of a pasted draft.
  package var historyText: String? {
    if case .text(let line) = self { line } else { nil }
  }

  private static let draftMarker = "(draft line not kept)"
  private static let marker = "(personal details not kept"
  private static let closing = ")"
  private static let names: [Hardship: String] = [
    .ongoing: "still ongoing", .resolved: "now resolved",
  ]
}
