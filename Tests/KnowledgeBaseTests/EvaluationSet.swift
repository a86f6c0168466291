import BuiltInKnowledge
import Foundation
import KnowledgeBase

/// The evaluation questions: kept apart from the entries' own example questions.
struct EvaluationCase: Sendable, CustomStringConvertible {
  var question: String
  /// The entry that answers it, or nil when the search must decline.
  var expected: String?

  var description: String { question }

  static let all: [EvaluationCase] = {
    guard
      let url = Bundle.module.url(
        forResource: "evaluation", withExtension: "tsv", subdirectory: "Fixtures"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    return text.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") else { return nil }
      let id = String(line[line.index(after: tab)...]).trimmingCharacters(in: .whitespaces)
      return EvaluationCase(question: String(line[..<tab]), expected: id == "-" ? nil : id)
    }
  }()

  static var onTopic: [EvaluationCase] { all.filter { $0.expected != nil } }
  static var offTopic: [EvaluationCase] { all.filter { $0.expected == nil } }
}

/// The built-in knowledge base, loaded once for all tests.
enum BuiltIn {
  static let knowledgeBase: KnowledgeBase = {
    do {
      return try KnowledgeBase.load()
    } catch {
      fatalError("the built-in knowledge base does not load: \(error)")
    }
  }()
}
