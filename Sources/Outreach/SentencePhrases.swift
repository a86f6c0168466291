/// The phrase lists that checks look for in every sentence and line of a draft. ``DraftText``
/// searches each sentence for all of them as it reads it, while the sentence's words are at
/// hand, rather than passing over the whole draft once per list.
enum SentencePhrases: Int, CaseIterable, Sendable {
  case apology
  case excuses
  case emptyPromise
  case desperation
  case therapist
  case massEmail

  /// The list's phrases.
  var phrases: [String] {
    switch self {
    case .apology: Phrases.apology
    case .excuses: Phrases.excuses
    case .emptyPromise: Phrases.emptyPromise
    case .desperation: Phrases.desperation
    case .therapist: Phrases.therapist
    case .massEmail: Phrases.massEmail
    }
  }
}

/// Every list a sentence is searched for as it is read, merged into one so that a sentence
/// is passed over once and each word looked up once for all of them: the ``SentencePhrases``
/// lists (at their raw values), the health and crisis terms (``HealthReading``), then the
/// lists that tell a sentence's kind (``SentenceKind``).
enum SentenceLists {
  static let healthTerms = SentencePhrases.allCases.count
  static let evidence = healthTerms + 1
  static let result = healthTerms + 2
  static let score = healthTerms + 3
  static let courtesy = healthTerms + 4

  /// Built from the lists' phrases, not from a ``PhraseList`` of each: only the merged table
  /// is searched, and building one table is a quarter of the cost of the first check.
  static let merged = PhraseList(
    lists: SentencePhrases.allCases.map(\.phrases) + [HealthReading.termPhrases]
      + SentenceKind.phraseLists)

  /// What the merged search of `words` found: each list's matches, in word order.
  static func hits(in words: [DraftWord]) -> [PhraseList.Hit] {
    var hits: [PhraseList.Hit] = []
    merged.matchesOfEachList(in: words, into: &hits)
    return hits
  }

  /// The matches of one list among `hits`; empty (and not allocated) for most lists.
  static func matches(_ list: Int, in hits: [PhraseList.Hit]) -> [PhraseMatch] {
    hits.compactMap { $0.list == list ? merged.match($0) : nil }
  }
}
