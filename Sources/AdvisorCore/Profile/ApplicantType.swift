/// Where the applicant trained and their citizenship, as residency programs sort applicants.
package enum ApplicantType: String, Sendable, Hashable, CaseIterable, Codable {
  case usMD = "us-md"
  case usDO = "us-do"
  /// A US citizen or permanent resident who studied medicine abroad.
  case usIMG = "us-img"
  /// An international graduate who is not a US citizen or permanent resident.
  case nonUSIMG = "non-us-img"

  /// The name to show a user.
  package var displayName: String {
    switch self {
    case .usMD: "US MD student or graduate"
    case .usDO: "US DO student or graduate"
    case .usIMG: "US-citizen IMG"
    case .nonUSIMG: "non-US IMG, needing a visa"
    }
  }

  /// An international medical graduate of either kind.
  package var isIMG: Bool { self == .usIMG || self == .nonUSIMG }
}
