/// What a body sentence of an email is about, for the article's rule that at least half of the
/// email be about strengths rather than the score.
public enum SentenceKind: String, Sendable, Hashable, CaseIterable {
  /// Evidence that answers the concern: evaluations, honors, later results, the change made,
  /// skills, a rotation or advocate that shows fit.
  case strength
  /// The exam result itself.
  case score
  /// Interest, thanks and everything else.
  case other

  /// The kind of a sentence: evidence wins over the score it answers ("I passed on my second
  /// attempt and scored 238"), the score over the rest.
  static func of(_ words: [DraftWord]) -> SentenceKind {
    if strengthPhrases.matches(in: words).contains(where: { !isNegated($0, in: words) }) {
      return .strength
    }
    return scorePhrases.occurs(in: words) ? .score : .other
  }

  /// "not passed", "never honored", "passed away": a strength word denied, or in another
  /// sense, is no evidence.
  private static func isNegated(_ match: PhraseMatch, in words: [DraftWord]) -> Bool {
    let start = match.range.lowerBound
    if match.phrase == "passed", words.indices.contains(match.range.upperBound),
      words[match.range.upperBound].text == "away"
    {
      return true
    }
    return words[max(0, start - 2)..<start].contains {
      ["not", "never", "no", "without"].contains($0.text)
    }
  }

  private static let strengthPhrases = PhraseList([
    "honors", "honours", "honor", "honored", "honoured", "honoring", "high pass", "evaluation*",
    "feedback", "narrative comments", "letter of recommendation", "letters of recommendation",
    "recommendation*", "passed", "improved", "improvement", "rebuilt", "rebuilding",
    "learning specialist", "approach", "sustained", "more recent", "recent results",
    "recent performance", "later results", "shelf", "shelves", "research", "published",
    "publication*", "presented", "poster", "led", "leadership", "founded", "organized",
    "mentor*", "taught", "teaching", "tutor*", "fluent", "fluency", "bilingual",
    "offered to speak", "speak on my behalf", "advocate", "vouch", "rotated", "rotation",
    "elective", "sub internship", "sub i", "acting internship", "clerkship*", "award*",
    "scholarship", "volunteer*", "project", "quality improvement", "skills", "skill",
    "prior career", "career in", "worked as", "years as", "experience as", "certified",
    "went on to", "then scored", "later scored", "since scored", "fit", "fits", "aligns",
    "my background", "my experience", "my work with", "my work in",
  ])

  private static let scorePhrases = PhraseList([
    "score*", "step 1", "step 2", "step1", "step2", "ck", "usmle", "comlex", "level 1",
    "level 2", "exam", "exams", "examination", "test", "tests", "board", "boards", "fail",
    "failed", "failing", "failure", "attempt*", "did not pass", "not pass", "cutoff", "cut off",
    "percentile",
  ])
}
