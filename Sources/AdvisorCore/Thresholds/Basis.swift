/// Why a figure or category has the value it has.
package struct Basis: Sendable, Hashable {
  /// How firm the basis is.
  package enum Kind: String, Sendable, Hashable {
    /// Stated in one of the two articles.
    case article
    /// From an NRMP, AAMC or AMA publication (public-figures, "verified").
    case verified
    /// A third-party copy of NRMP data (public-figures, "secondary"): say "approximately".
    case secondary
    /// The project's own estimate, derived as the note explains.
    case estimate
  }

  package var kind: Kind
  package var source: Source
  /// How the figure follows from the source, in a sentence.
  package var note: String

  package init(_ kind: Kind, _ source: Source, _ note: String) {
    self.kind = kind
    self.source = source
    self.note = note
  }
}

/// A number the advice relies on, with its basis.
package struct Figure: Sendable, Hashable {
  package var value: Int
  package var basis: Basis

  package init(_ value: Int, _ basis: Basis) {
    self.value = value
    self.basis = basis
  }
}
