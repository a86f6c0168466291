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

  /// The list of phrases.
  var list: PhraseList {
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
