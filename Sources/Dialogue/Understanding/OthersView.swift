/// Someone else's view or wish, read before a mention ("my mentor thinks i should apply to
/// pittsburgh", "my dad wants me to do surgery"): the place or specialty named is theirs, not
/// the user's. One reading, shared by the region, specialty and connection readers; its words
/// are data in `OthersViewWords.swift`.
enum OthersView {
  /// Whether the words before `start` in its clause say someone else's view: a verb of saying,
  /// thinking or wishing ("my mentor thinks", "my dad wants me to") whose subject, the nearest
  /// person named before it, is not the user ("my mentor in detroit thinks"; not "after
  /// talking with my mentor i think", nor "my wife and i agreed").
  static func holds(
    before start: Int, in tokens: [Utterance.Token],
    people: Set<String> = othersWhoSay
  ) -> Bool {
    // The clause: from the last mark, contrast, or "and i" ("she thinks im a good applicant
    // and i want boston").
    let clauseStart =
      tokens[..<start].indices.last { index in
        tokens[index].kind == .punctuation
          || viewBreaks.contains(tokens[index].text)
          || tokens[index].text == "and" && tokens.word(at: index + 1) == "i"
      }.map { $0 + 1 } ?? 0
    // Most clauses name nobody else: one set lookup per word rules them out before any verb
    // is looked for.
    guard tokens[clauseStart..<start].contains(where: { people.contains($0.text) }) else {
      return false
    }
    return (clauseStart..<start).contains { at in
      let says =
        ConnectionExtractor.reportedOpinion.words.contains { tokens.has($0, at: at) }
        // "wants me to", "is pushing me toward": a wish for the user, which is theirs.
        || othersWishVerbs.contains(tokens[at].text)
          && tokens.word(at: at + 1) == "me"
      guard says else { return false }
      // The subject: the nearest person or first-person word before it in the clause ("my
      // mentor from the detroit va thinks"; "after talking with my mentor i think").
      let subject = tokens[clauseStart..<at].last {
        people.contains($0.text) || firstPersonSubjects.contains($0.text)
      }
      return subject.map { people.contains($0.text) } == true
    }
  }
}
