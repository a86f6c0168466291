package import AdvisorCore

/// One answer in the knowledge base, with where it comes from and how users ask for it.
package struct KnowledgeEntry: Sendable, Hashable, Identifiable {
  /// Stable, lowercase kebab-case.
  package var id: String
  package var title: String
  /// The answer, in Markdown.
  package var text: String
  package var source: Source
  package var tags: [String]
  /// Questions as users would ask them.
  package var questions: [String]
  /// The file it was read from, for messages; nil for entries built in code.
  package var file: String?

  package init(
    id: String, title: String, text: String, source: Source, tags: [String] = [],
    questions: [String], file: String? = nil
  ) {
    self.id = id
    self.title = title
    self.text = text
    self.source = source
    self.tags = tags
    self.questions = questions
    self.file = file
  }
}
