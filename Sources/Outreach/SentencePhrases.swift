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

  /// What the list finds in one sentence's words (``DraftText/matches(_:in:_:_:)``).
  func matches(in words: [DraftWord], _ keys: [UInt64], _ text: String)
    -> [(line: Int, words: String)]
  {
    // Each list is passed where it is stored: a copy of a list costs a retain per table.
    switch self {
    case .apology: DraftText.matches(Phrases.apology, in: words, keys, text)
    case .excuses: DraftText.matches(Phrases.excuses, in: words, keys, text)
    case .emptyPromise: DraftText.matches(Phrases.emptyPromise, in: words, keys, text)
    case .desperation: DraftText.matches(Phrases.desperation, in: words, keys, text)
    case .therapist: DraftText.matches(Phrases.therapist, in: words, keys, text)
    case .massEmail: DraftText.matches(Phrases.massEmail, in: words, keys, text)
    }
  }
}
