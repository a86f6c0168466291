public import AdvisorCore

/// One answer in the knowledge base, with where it comes from and how users ask for it.
public struct KnowledgeEntry: Sendable, Hashable, Identifiable {
  /// Stable, lowercase kebab-case.
  public var id: String
  public var title: String
  /// The answer, in Markdown.
  public var text: String
  public var source: Source
  public var tags: [String]
  /// Questions as users would ask them.
  public var questions: [String]
  /// The file it was read from, for messages; nil for entries built in code.
  public var file: String?

  public init(
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
