/// Whether a concrete event lies behind the score. Only the category is kept, never the details.
package enum Hardship: String, Sendable, Hashable, CaseIterable, Codable {
  case none
  /// A concrete event (a death in the family, an illness, a test-centre failure) now resolved.
  case resolved
  /// Something still going on.
  case ongoing
}
