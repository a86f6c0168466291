package import AdvisorCore
package import KnowledgeBase

/// Answers from the knowledge base as text: the answer with its source, or an honest "I don't
/// know" with the nearest topics.
package enum AnswerText {
  /// How a reply tells the user to read an entry it names: what works where it is printed.
  package enum EntryHint: Sendable, Hashable {
    /// In the chat: type the entry's title as a question.
    case askTitle
    /// On the command line: the command that shows an entry by id, as the user ran the
    /// advisor ("advisor kb show").
    case command(String)
  }

  /// - Parameter hint: how the related entries can be read.
  package static func document(
    _ response: SearchResponse, related: [SearchHit], hint: EntryHint
  ) -> TextDocument {
    var document = TextDocument()
    if let answer = response.answer {
      document.append(contentsOf: entry(answer.entry))
      if !related.isEmpty {
        document.separate()
        document.append(
          .note(
            "Related: "
              + related.map { "\($0.entry.title) (\($0.entry.id))" }.joined(separator: "; ")))
      }
    } else {
      document.append(contentsOf: declined(related: related, hint: hint))
    }
    return document
  }

  /// An entry: title, answer, source.
  package static func entry(_ entry: KnowledgeEntry) -> TextDocument {
    var document = TextDocument([.heading(entry.title)])
    document.append(contentsOf: MarkdownText.document(entry.text))
    document.separate()
    document.append(.note(citation(entry.source)))
    return document
  }

  /// "Source: <article title>, section “…”".
  package static func citation(_ source: Source) -> String {
    "Source: \(source.articleTitle), section \u{201C}\(source.section)\u{201D}."
  }

  /// The entry's title as a question to type in the chat, which finds that entry.
  package static func question(for entry: KnowledgeEntry) -> String {
    entry.title.hasSuffix("?") ? entry.title : entry.title + "?"
  }

  /// No confident answer: say so, and offer the nearest topics with a way to read them.
  package static func declined(related: [SearchHit], hint: EntryHint) -> TextDocument {
    var document = TextDocument([
      .paragraph("I don't have a confident answer to that in my sources.")
    ])
    if related.isEmpty {
      document.append(
        .note(
          "I cover emailing programs about a low score, the channel to use, the personal "
            + "statement and interviews, specialty choice, program lists and Boston strategy."))
    } else {
      switch hint {
      case .askTitle:
        document.append(.note("Nearest topics I do cover; ask one, as written here:"))
        for hit in related { document.append(.bullet(question(for: hit.entry))) }
      case .command(let command):
        document.append(.note("Nearest topics I do cover:"))
        for hit in related {
          document.append(.bullet("\(hit.entry.title) (\(command) \(hit.entry.id))"))
        }
      }
    }
    return document
  }
}
