import AdvisorCore
package import AdvisorText
package import KnowledgeBase

/// For `advisor ask`, which has no profile: a question about the applicant's own plan that
/// states their facts ("should i email programs, i failed step 1 once and got 226 on ck") is
/// answered first for those facts, by the decision the chat and `advisor advise` make, and its
/// entry is searched for as the chat searches for it, so the general entry after the answer is
/// never read as this applicant's case.
package struct StatedFactsAnswer: Sendable {
  /// The answer for the facts stated, and where they come from.
  package var document: TextDocument
  /// What to search the knowledge base for: the question, with the decision's reason when
  /// the question is about the decision (as the chat searches).
  package var searchText: String
  /// The entry that answers the question's general form for this plan, when the search
  /// should not pick it.
  package var entryID: String?
  /// The plan for the facts stated.
  private let advice: Advice

  /// The answer for the facts `question` states, or nil when it asks nothing about the
  /// applicant's own plan or states no fact of theirs. Nothing is stored.
  package init?(question: String, knowledge: KnowledgeBase) {
    let (repaired, repairs) = TypoRepair.repair(question, knows: knowledge.recognizes)
    let interpretation = Understanding.interpret(
      Self.withOwnedResults(repaired, repairs: repairs),
      context: UnderstandingContext(profile: Profile(), pending: nil))
    // The line's question, set apart from its statements as the chat sets it apart; not one
    // that needs the chat's own words (a number said last, an answer given).
    guard
      let (asked, personal) = interpretation.intents.lazy.compactMap({
        intent -> (String, PersonalQuestion)? in
        guard case .question(let asked) = intent,
          let personal = PersonalQuestion.recognise(asked)
        else { return nil }
        return (asked, personal)
      }).first
    else { return nil }
    switch personal {
    case .uncovered, .sourceOf, .recall: return nil
    default: break
    }
    // "is 219 low for em": a question that carries its own number is answered for it, as the
    // chat answers it before it knows anything; any other needs a fact stated.
    let carriesItsNumber =
      switch personal {
      case .isScoreLow(_?, _), .didIPass(_?), .step1Level(_?): true
      default: false
      }
    guard !interpretation.patch.isEmpty || carriesItsNumber else { return nil }
    let advice = Advisor.advise(interpretation.patch.applied(to: Profile()))
    guard var document = PersonalAnswer.document(personal, advice: advice, lead: nil) else {
      return nil
    }
    // `/why` is the chat's: the pointer to the chat below names it.
    document.blocks.removeAll { $0 == PersonalAnswer.whyPointer }
    self.advice = advice
    let facts =
      interpretation.patch.isEmpty
      ? "the number in your question only"
      : "the facts in your question only (\(ProfileSummary.line(for: advice.profile)))"
    document.append(
      .paragraph(
        "That is for \(facts). `advisor chat` asks for the rest, and its / commands (such as "
          + "/why and /advice) work there."))
    self.document = document
    searchText = PersonalAnswer.searchText(asked, personal, advice: advice)
    entryID = PersonalAnswer.entryID(personal, advice: advice, asked: asked)
  }

  /// How the entry `entryID` is introduced after the answer, as the chat introduces it ("In
  /// general:", or another case than this applicant's).
  package func lead(forEntry entryID: String) -> String {
    PersonalAnswer.Lead(entryID: entryID, advice: advice).text
  }

  /// The line with the results its question names as the user's own ("about my failed step 1")
  /// said again as statements after it, so that they count among the facts stated: a question
  /// does not commit its words, but these are the user's own, said outright.
  private static func withOwnedResults(_ line: String, repairs: [TypoRepair.Repair]) -> Utterance {
    let utterance = Utterance(line, repairs: repairs)
    let owned = Lexicon.ownedResults.filter { utterance.words.contains($0.phrase) }
    guard !owned.isEmpty else { return utterance }
    // Said after the line, so the repairs' places in it still hold.
    return Utterance(
      line + ". " + owned.map(\.statement).joined(separator: ". "), repairs: repairs)
  }
}
