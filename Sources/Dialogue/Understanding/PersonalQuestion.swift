import AdvisorCore

/// A question whose answer depends on this applicant ("should I email?", "is my score low?"):
/// answered first from the decision for this profile, then from the matching entry.
enum PersonalQuestion: Sendable, Hashable {
  /// "Should I email programs about my score?"; `plain` when the question adds nothing beyond
  /// that (then the entry for this applicant's branch of the decision follows).
  case shouldEmail(plain: Bool)
  /// "Should I email every program?", "how many programs should I email?"
  case emailCount(every: Bool)
  /// "Is my score low?", "is 250 even considered low for IM?": the number and the specialty
  /// asked about, if the question names them.
  case isScoreLow(Int?, Specialty?)
  /// "Why stay silent?", "why is 229 not a rebound?": the reasoning behind the decision.
  case whyDecision

  /// The entry that answers the general form of the question, when the search should not pick.
  var entryID: String? {
    switch self {
    case .emailCount: "faq-how-many-to-email"
    case .isScoreLow: "boston-what-counts-as-low"
    case .shouldEmail, .whyDecision: nil
    }
  }

  /// The personal question `text` asks, if any. The first row that matches wins.
  static func recognise(_ text: String) -> PersonalQuestion? {
    let utterance = Utterance(text)
    for (kind, phrases) in table {
      guard let phrase = phrases.first(where: utterance.contains) else { continue }
      let phraseWords = Set(phrase.split(separator: " ").map(String.init))
      let plain = utterance.words.allSatisfy { phraseWords.contains($0) || fillers.contains($0) }
      switch kind {
      case .scoreLow:
        let number = utterance.tokens.compactMap(\.number).first { (120...300).contains($0) }
        let own = utterance.words.contains { ["my", "i", "me", "mine"].contains($0) }
        guard own || number != nil else { continue }
        let named = SpecialtyExtractor.read(
          utterance, context: UnderstandingContext(profile: Profile()), cues: LineCues())
        return .isScoreLow(number, named.patch.specialty)
      case .every:
        guard plain else { continue }
        return .emailCount(every: true)
      case .count: return .emailCount(every: false)
      case .should: return .shouldEmail(plain: plain)
      case .why: return .whyDecision
      }
    }
    return nil
  }

  /// Words that add nothing to "should I email programs about my score?".
  private static let fillers: Set<String> = [
    "programs", "program", "them", "about", "my", "score", "scores", "the", "a", "an", "it",
    "to", "step", "1", "2", "ck", "low", "fail", "failure", "this", "that", "or", "not", "stay",
    "silent", "keep", "quiet", "explain", "now", "at", "all", "do", "i", "should", "email",
    "emails", "on", "list", "am", "applying", "apply", "of", "just", "even", "really", "so",
    "each", "every", "single", "one", "residency", "is", "it", "worth", "write", "contact",
  ]

  private enum Kind { case every, count, should, scoreLow, why }

  /// The phrases of each kind, as the tokeniser writes them (contractions expanded).
  private static let table: [(Kind, [String])] = [
    (
      .every,
      [
        "email every", "email all", "email each", "write to every", "write to all",
        "contact every", "contact all", "email them all", "message every", "message all",
        "reach out to every", "reach out to all", "send it to every", "send it to all",
      ]
    ),
    (
      .count, ["how many programs should i email", "how many programs to email", "how many emails"]
    ),
    (
      .why,
      [
        "not a rebound", "not count as a rebound", "why stay silent", "why should i stay silent",
        "why not email", "why should i not email", "why can i not email", "why silent",
        "why email", "why should i email", "why a faculty", "why the advocate",
        "why is that the decision", "why that decision",
      ]
    ),
    (
      .should,
      [
        "should i email", "should i write to", "should i contact", "should i reach out",
        "do i email", "do i need to email", "is it worth emailing",
        "worth emailing", "should i tell programs", "should i tell the programs",
        "should i let programs know", "should i address my score", "email programs about my",
        "should i be emailing", "is emailing a good idea", "email or stay silent",
        "stay silent or email", "should i stay silent", "do i stay silent", "should i say nothing",
      ]
    ),
    (
      .scoreLow,
      [
        "is my score low", "is that low", "considered low", "is it low", "too low",
        "is my score bad",
        "is that bad", "low for", "is my score good", "good enough", "is my score ok",
        "is my score okay", "is my score competitive", "count as low", "counts as low",
        "is my ck low", "is my step 2 low", "is my step 2 ck low", "is that a low score",
        "a low score for", "even low", "really low",
      ]
    ),
  ]
}
