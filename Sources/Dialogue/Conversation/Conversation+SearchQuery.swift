import AdvisorCore
package import KnowledgeBase

/// How a question is searched in the knowledge base: with the pending question's topic when it
/// points back at it, and without the names no entry can match.
extension Conversation {
  /// A short question pointing back at the question pending ("how do i even find that out"
  /// to the cutoff question), searched with what that question is about.
  func aboutPending(_ question: String) -> String {
    guard let pending = state.pending, pending.kind == .standard,
      let topic = Self.pendingTopics[pending.slot]
    else { return question }
    // Its words are looked at, not read as an utterance: this runs for every question asked
    // while something is pending.
    let words = question.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    guard words.count <= 8, words.contains(where: IntentClassifier.backReferences.contains)
    else { return question }
    return question + ": " + topic
  }

  /// What each slot's question is about, in the words its entries use.
  private static let pendingTopics: [Slot: String] = [
    .cutoffUnmet: "whether a program lists a minimum score",
    .hook: "what counts as a program-specific hook",
    .hardship: "whether an event behind the score counts as resolved",
  ]

  /// The question as searched: ``SearchQuery/withoutUnknownNames(_:knowledge:)``.
  func withoutUnknownNames(_ question: String) -> String {
    SearchQuery.withoutUnknownNames(question, knowledge: knowledge)
  }
}

/// The search query made of a question, shared by the chat and `advisor ask`.
package enum SearchQuery {
  /// The question with its typos mended as the chat mends a line ("is 221 good enogh for IM"),
  /// for `advisor ask`, which searches what was meant and reports what was typed.
  package static func mended(_ question: String, knowledge: KnowledgeBase) -> String {
    TypoRepair.repair(question, knows: knowledge.recognizes).0
  }

  /// The question without the places and people's names no entry names ("my uncle in
  /// Houston", "Dr Patel"): no entry can match them, and they would only lower every entry's
  /// coverage. A place the sources cover (Boston, Massachusetts) is kept, and so is a name in a
  /// short question ("why houston"), which says little else.
  package static func withoutUnknownNames(_ question: String, knowledge: KnowledgeBase)
    -> String
  {
    // Most questions name no place and no one: a look at their words rules them out before
    // the question is read as an utterance.
    let words = question.lowercased().split { !$0.isLetter }
    guard
      words.contains(where: { word in
        IntentClassifier.personTitles.contains(String(word))
          || Gazetteer.firstWords.contains(String(word)) && !knowledge.recognizes(String(word))
      })
    else { return question }
    let utterance = Utterance(question)
    let tokens = utterance.tokens
    let places = MentionRecognizer.mentions(in: utterance).filter {
      $0.place != nil && $0.confidence == .stated
    }
    // A person's name after a title ("dr patel").
    let names = tokens.indices.filter { index in
      index > 0 && tokens[index].isWord
        && IntentClassifier.personTitles.contains(tokens[index - 1].text)
    }
    let unknown = Set(
      (places.flatMap(\.tokens) + names).filter { !knowledge.recognizes(tokens[$0].text) })
    guard !unknown.isEmpty, utterance.words.count - unknown.count >= 4 else { return question }
    return tokens.indices.filter { !unknown.contains($0) }.map { tokens[$0].original }
      .joined(separator: " ")
  }
}
