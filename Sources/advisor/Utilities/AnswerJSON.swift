import AdvisorCore
import KnowledgeBase
import LocatedJSON

/// The contract's JSON for answers and entries.
enum AnswerJSON {
  /// `{"query", "answer": {...} | null, "related": [...]}`.
  static func response(
    _ response: SearchResponse, related: [SearchHit], uncovered: String?, forYou: String? = nil,
    lead: String? = nil
  ) -> JSONValue {
    .object([
      "uncovered": uncovered.map(JSONValue.string) ?? .null,
      "for_you": forYou.map(JSONValue.string) ?? .null,
      "lead": lead.map(JSONValue.string) ?? .null,
      "query": .string(response.query),
      "answer": response.answer.map { hit in
        .object([
          "id": .string(hit.entry.id), "title": .string(hit.entry.title),
          "text": .string(hit.entry.text), "source": hit.entry.source.json,
          "score": .number(rounded(hit.score)),
        ])
      } ?? .null,
      "related": .array(
        related.map { hit in
          .object([
            "id": .string(hit.entry.id), "title": .string(hit.entry.title),
            "score": .number(rounded(hit.score)),
          ])
        }),
      "corrections": .array(
        response.corrections.map {
          .object(["typed": .string($0.typed), "corrected": .string($0.corrected)])
        }),
    ])
  }

  /// `{"id", "title", "text", "source", "questions", "tags"}`.
  static func entry(_ entry: KnowledgeEntry) -> JSONValue {
    .object([
      "id": .string(entry.id), "title": .string(entry.title), "text": .string(entry.text),
      "source": entry.source.json, "questions": .array(entry.questions.map(JSONValue.string)),
      "tags": .array(entry.tags.map(JSONValue.string)),
    ])
  }

  static func rounded(_ value: Double) -> Double {
    (value * 100).rounded() / 100
  }
}
