/// Findings that quote the user's own health or family details back to them.
///
/// The screen shows the words, so the user can find them in the draft; every stored form of
/// the reply (session, transcript, JSON) names only their category.
extension Finding {
  /// The category the quoted words are stored as, or nil when the words may be kept.
  package var personalCategory: String? {
    Self.personalCategories[check]
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
    let health = DraftText(text).health
    return !health.errors.isEmpty || !health.warnings.isEmpty
  }
}
