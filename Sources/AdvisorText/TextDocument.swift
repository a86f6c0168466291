/// Text laid out in blocks, rendered later to a width and with or without colour.
///
/// The dialogue and the advice card build documents; only the terminal edge decides the width
/// and whether to colour, so the same reply is plain text in transcripts and JSON.
package struct TextDocument: Sendable, Hashable {
  /// One block of text.
  package enum Block: Sendable, Hashable {
    /// A section heading.
    case heading(String)
    /// A stand-out line, such as the decision.
    case emphasis(String)
    /// A wrapped paragraph, indented by `indent` spaces.
    case paragraph(String, indent: Int = 0)
    /// A bulleted item, indented by `indent` spaces.
    case bullet(String, indent: Int = 2)
    /// A numbered item.
    case numbered(Int, String)
    /// A line in the quiet style (sources, hints).
    case note(String, indent: Int = 0)
    /// Text kept exactly, line for line (a draft email, a table).
    case verbatim(String)
    /// An empty line.
    case blank
    /// A block that quotes the user's personal details (health, family): shown as `shown`,
    /// and kept in every stored form (sessions, transcripts, JSON) as `stored`, which names
    /// only their category.
    indirect case personal(_ shown: Block, stored: Block)
  }

  package var blocks: [Block]

  package init(_ blocks: [Block] = []) {
    self.blocks = blocks
  }

  package var isEmpty: Bool { blocks.isEmpty }

  package mutating func append(_ block: Block) {
    blocks.append(block)
  }

  package mutating func append(contentsOf other: TextDocument) {
    blocks.append(contentsOf: other.blocks)
  }

  /// A blank line, unless the document is empty or already ends with one.
  package mutating func separate() {
    if let last = blocks.last, last != .blank { blocks.append(.blank) }
  }

  /// The document as plain text without wrapping: the form stored in transcripts and JSON,
  /// with personal details in their stored form.
  package var plainText: String {
    TextRenderer(width: nil, color: false, storing: true).render(self)
  }
}

extension TextDocument: ExpressibleByStringLiteral {
  package init(stringLiteral value: String) {
    self.init([.paragraph(value)])
  }
}
