import BuiltInKnowledge
import KnowledgeBase

/// The built-in knowledge base, as `advisor ask` loads it: the pack compiled into the binary.
enum BuiltIn {
  /// Decodes the knowledge pack.
  ///
  /// - Throws: ``BenchError`` when the pack cannot be read.
  static func load() throws(BenchError) -> KnowledgeBase {
    do {
      return try KnowledgeBase.builtIn()
    } catch {
      throw error.folderProblem.map { BenchError(file: $0.path, $0.message) }
        ?? BenchError(error.description)
    }
  }
}
