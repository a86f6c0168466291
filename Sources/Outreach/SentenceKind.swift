/// What a body sentence of an email is about, for the article's rule that at least half of the
/// email be about strengths rather than the score.
package enum SentenceKind: String, Sendable, Hashable, CaseIterable {
  /// Evidence that answers the concern: evaluations, honors, the change made, skills,
  /// experience, a rotation or advocate, fit with the program.
  case strength
  /// The exam results: the failure or low score, and the later results that answer it.
  case score
  /// Interest and everything else.
  case other
  /// A closing courtesy ("I would be grateful for your consideration"): not counted in the
  /// balance, which weighs what the email says about the applicant.
  case courtesy

  /// The kind of a sentence. Evidence wins over the score it answers ("after working with a
  /// learning specialist I passed"); exam results alone, good or bad, are the score, so "I
  /// passed on my second attempt and scored 241" counts as "I failed once and scored 241" does.
  ///
  /// - Parameter hits: what the merged search of the words found (``SentenceLists``).
  static func of(_ words: [DraftWord], hits: [PhraseList.Hit]) -> SentenceKind {
    // The hits are read where they are, with no array of one list's matches: this runs for
    // every sentence of a draft, and most sentences have hits.
    func found(_ list: Int, where isCounted: (PhraseList.Hit) -> Bool = { _ in true }) -> Bool {
      hits.contains { $0.list == list && isCounted($0) }
    }
    let affirmed = { (hit: PhraseList.Hit) in
      !isNegated(SentenceLists.merged.match(hit), in: words)
    }
    if found(SentenceLists.evidence, where: affirmed) { return .strength }
    if found(SentenceLists.score) { return .score }
    if found(SentenceLists.result, where: affirmed) { return .strength }
    return found(SentenceLists.courtesy) ? .courtesy : .other
  }

  /// The phrases of the lists that tell a kind, in the order ``SentenceLists`` merges them.
  static var phraseLists: [[String]] {
    [evidencePhrases, resultPhrases, scorePhrases, courtesyPhrases]
  }

  /// Whether the kind counts in the balance of strengths against the score.
  var isWeighed: Bool { self != .courtesy }

  /// "not passed", "never honored", "passed away": a strength word denied, or in another
  /// sense, is no evidence.
  private static func isNegated(_ match: PhraseMatch, in words: [DraftWord]) -> Bool {
    let start = match.range.lowerBound
    if match.phrase == "passed", words.indices.contains(match.range.upperBound),
      words[match.range.upperBound].text == "away"
    {
      return true
    }
    // By index, with no closure or copy of a word or a negation: this runs at every
    // evidence or result phrase of every sentence.
    let (negations, heads) = (Self.negations, Self.negationHeads)
    for index in max(0, start - 2)..<start {
      for negation in negations.indices
      where words[index].is(negations[negation], shortHead: heads[negation]) {
        return true
      }
    }
    return false
  }

  /// The words that deny what follows.
  private static let negations = ["not", "never", "no", "without"]
  /// Their heads (``DraftWord/is(_:shortHead:)``).
  private static let negationHeads = negations.map(WordKey.shortHead)

  /// Evidence other than an exam result.
  private static let evidencePhrases = [
    "honors", "honours", "honor", "honored", "honoured", "honoring", "high pass", "evaluation*",
    "feedback", "narrative comments", "letter of recommendation", "letters of recommendation",
    "recommendation*", "rebuilt", "rebuilding", "learning specialist", "approach", "sustained",
    "more recent", "recent results", "recent performance", "later results", "shelf", "shelves",
    "research", "published", "publication*", "presented at", "presented a", "presented my",
    "presented our", "presented research", "poster", "led", "leadership", "founded",
    "organized", "coordinated", "managed", "mentor*", "taught", "teaching", "tutor*", "fluent",
    "fluency", "bilingual", "offered to speak", "speak on my behalf", "advocate", "vouch",
    "rotated", "rotation", "rotations", "elective", "sub internship", "sub i", "acting internship",
    "clerkship*", "award*", "scholarship", "volunteer*", "project", "quality improvement",
    "skills", "skill", "prior career", "career in", "worked as", "years as", "experience as",
    "for two years", "for three years", "for four years", "for five years", "certified", "fit",
    "fits", "aligns", "matches my", "match my", "my background", "my experience", "my work with",
    "my work in", "letters", "strong letter", "letter from", "love working", "enjoy working",
    "love caring", "enjoy caring", "passion for", "passionate about", "commitment to",
    // Time at the program and its word on it ("the four weeks I spent in your department",
    // "you would love to have me back"): a rotation's evidence, even inside a thank-you.
    "spent in your", "weeks in your", "have me back", "love to have me", "invited me back",
  ]

  /// Results that are evidence when no exam is named ("my work has improved"), and the score
  /// when one is.
  private static let resultPhrases = [
    "passed", "improved", "improvement", "went on to", "then scored", "later scored",
    "since scored",
  ]

  private static let scorePhrases = [
    "score*", "step 1", "step 2", "step1", "step2", "ck", "usmle", "comlex", "level 1",
    "level 2", "exam", "exams", "examination", "test", "tests", "board", "boards", "fail",
    "failed", "failing", "failure", "attempt*", "did not pass", "not pass", "cutoff", "cut off",
    "percentile",
  ]

  private static let courtesyPhrases = [
    "grateful", "thank you", "thanks", "your consideration", "your time", "look forward",
    "looking forward", "hearing from you", "appreciate",
  ]
}
