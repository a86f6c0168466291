import KnowledgeBase
import Testing

/// The search measured on questions written apart from the entries: precision at 1, mean
/// reciprocal rank, and how often off-topic questions are declined. The figures and every miss
/// are printed.
@Suite("Search evaluation")
struct SearchEvaluationTests {
  private let knowledgeBase = BuiltIn.knowledgeBase

  @Test("The evaluation set is large enough and names real entries")
  func evaluationSet() {
    #expect(EvaluationCase.onTopic.count >= 100)
    #expect(EvaluationCase.offTopic.count >= 20)
    for testCase in EvaluationCase.onTopic {
      #expect(knowledgeBase.entry(id: testCase.expected ?? "") != nil, "\(testCase.question)")
    }
    let exampleQuestions = Set(knowledgeBase.entries.flatMap(\.questions).map { $0.lowercased() })
    let copied = EvaluationCase.all.map(\.question).filter {
      exampleQuestions.contains($0.lowercased())
    }
    #expect(copied.isEmpty, "evaluation questions copied from the entries: \(copied)")
  }

  @Test("Precision at 1 ≥ 0.90 and MRR on new wordings")
  func precisionAndReciprocalRank() {
    var hits = 0
    var answeredCorrectly = 0
    var reciprocalRanks = 0.0
    var misses: [String] = []
    let cases = EvaluationCase.onTopic
    for testCase in cases {
      let response = knowledgeBase.search(testCase.question, limit: 10)
      let ranked = (response.answer.map { [$0] } ?? []) + response.related
      let rank = ranked.firstIndex { $0.entry.id == testCase.expected }.map { $0 + 1 }
      if rank == 1 { hits += 1 }
      if response.answer?.entry.id == testCase.expected { answeredCorrectly += 1 }
      reciprocalRanks += rank.map { 1 / Double($0) } ?? 0
      if response.answer?.entry.id != testCase.expected {
        let got =
          response.answer.map { "answered \($0.entry.id)" }
          ?? "declined (top: \(ranked.first?.entry.id ?? "none"))"
        misses.append("  \(testCase.question) → \(got); expected \(testCase.expected ?? "")")
      }
    }
    let precision = Double(hits) / Double(cases.count)
    let answered = Double(answeredCorrectly) / Double(cases.count)
    let mrr = reciprocalRanks / Double(cases.count)
    print(
      """
      Search evaluation on \(cases.count) on-topic questions:
        precision at 1 (ranking)      \(format(precision))
        answered correctly            \(format(answered))
        mean reciprocal rank          \(format(mrr))
      Misses (\(misses.count)):
      \(misses.joined(separator: "\n"))
      """)
    #expect(precision >= 0.90)
    #expect(answered >= 0.85)
    #expect(mrr >= 0.92)
  }

  @Test("At least 90% of off-topic questions get no answer")
  func offTopicDeclined() {
    let cases = EvaluationCase.offTopic
    var wrong: [String] = []
    for testCase in cases {
      if let answer = knowledgeBase.search(testCase.question).answer {
        wrong.append("  \(testCase.question) → \(answer.entry.id) (score \(format(answer.score)))")
      }
    }
    let declined = Double(cases.count - wrong.count) / Double(cases.count)
    print(
      """
      Off-topic: \(cases.count - wrong.count) of \(cases.count) declined (\(format(declined)))
      \(wrong.joined(separator: "\n"))
      """)
    #expect(declined >= 0.90)
  }

  @Test("No confident wrong answer: a wrong top hit is rarely given as the answer")
  func confidentWrongAnswersAreRare() {
    let wrong = EvaluationCase.onTopic.filter { testCase in
      guard let answer = knowledgeBase.search(testCase.question).answer else { return false }
      return answer.entry.id != testCase.expected
    }
    print("Confident wrong answers: \(wrong.count) of \(EvaluationCase.onTopic.count)")
    #expect(Double(wrong.count) / Double(EvaluationCase.onTopic.count) <= 0.06)
  }

  private func format(_ value: Double) -> String {
    String(Double((value * 1000).rounded()) / 1000)
  }
}
