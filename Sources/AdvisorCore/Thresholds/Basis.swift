/// Why a figure or category has the value it has.
public struct Basis: Sendable, Hashable {
  /// How firm the basis is.
  public enum Kind: String, Sendable, Hashable {
    /// Stated in one of the two articles.
    case article
    /// From an NRMP, AAMC or AMA publication (public-figures, "verified").
    case verified
    /// A third-party copy of NRMP data (public-figures, "secondary"): say "approximately".
    case secondary
    /// The project's own estimate, derived as the note explains.
    case estimate
  }

  public var kind: Kind
  public var source: Source
  /// How the figure follows from the source, in a sentence.
  public var note: String

  public init(_ kind: Kind, _ source: Source, _ note: String) {
    self.kind = kind
    self.source = source
    self.note = note
  }
}

/// A number the advice relies on, with its basis.
public struct Figure: Sendable, Hashable {
  public var value: Int
  public var basis: Basis

  public init(_ value: Int, _ basis: Basis) {
    self.value = value
    self.basis = basis
  }
}
