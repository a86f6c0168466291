/// The sources the advisor's rules and figures come from.
package enum Article: String, Sendable, Hashable, CaseIterable, Codable {
  /// The article on emailing programs about a low Step score or staying silent (January 2026).
  case emailOrSilence = "email-or-silence"
  /// The guide to low-score strategy for US-citizen IMGs aiming at Boston.
  case bostonUSIMG = "boston-us-img"
  /// Figures from NRMP, AAMC and AMA publications, gathered beside the articles.
  case publicFigures = "public-figures"

  /// A short title to cite.
  package var title: String {
    switch self {
    case .emailOrSilence: "Emailing programs about a low Step score, or staying silent (2026)"
    case .bostonUSIMG: "Boston residency with a low Step score: a guide for US-citizen IMGs"
    case .publicFigures: "Public figures beyond the articles (NRMP, AAMC, AMA)"
    }
  }
}
