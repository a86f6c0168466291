/// Findings that quote the user's own health or family details back to them.
///
/// The screen shows the words, so the user can find them in the draft; every stored form of
/// the reply (session, transcript, JSON) names only their category.
extension Finding {
  /// The category the quoted words are stored as, or nil when the words may be kept.
  package var personalCategory: String? {
    // Another check's words can hold such a detail too ("I was so anxious" as an excuse).
    Self.personalCategories[check] ?? (HealthReading.namesTerm(words) ? "personal details" : nil)
  }

  /// The checks whose words are personal details, with the category stored instead of them.
  private static let personalCategories: [String: String] = [
    "health-details": "health or family details",
    "resolved-event": "details of a personal event",
  ]
}

extension DraftChecker {
  /// Whether `text` names health or family-crisis details, judged as the email check judges
  /// them ("my ICU rotation" is training, not health).
  package static func namesPersonalDetails(_ text: String) -> Bool {
    guard HealthReading.mayHoldTerms(text) else { return false }
    let health = HealthReading(bodyOf: text)
    return !health.errors.isEmpty || !health.warnings.isEmpty
  }
}

extension HealthReading {
  /// The reading of `text` as body sentences only: a chat line is no email, so none of the
  /// email's layout (headers, greeting, sign-off) or its other checks is worked out for it.
  init(bodyOf text: String) {
    let cut = SentenceSegmenter.sentences(of: EmailLayout.bodyLines(of: text))
    let withTerms = cut.sentences.compactMap { range -> DraftText.Sentence? in
      let pieces = cut.pieces[range]
      guard let line = pieces.first?.line else { return nil }
      let text = pieces.map(\.text).joined(separator: " ")
      let sentence = DraftText.Sentence(
        role: .body, line: line, text: text, words: DraftTokenizer.words(text, line: line))
      return sentence.healthTerms.isEmpty ? nil : sentence
    }
    self.init(withTerms)
  }
}
