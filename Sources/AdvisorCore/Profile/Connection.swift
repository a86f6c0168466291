/// A tie to the programs the applicant is aiming at.
package enum Connection: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  /// A rotation or elective at a program (not necessarily one in the region wanted).
  case rotation
  /// A faculty member who will vouch for the applicant to the program.
  case facultyAdvocate = "faculty-advocate"
  /// Family, home or past life in the area.
  case geographicTie = "geographic-tie"
  /// Alumni of the applicant's school at the program.
  case alumni

  /// The words to show a user.
  package var displayName: String {
    switch self {
    case .rotation: "a rotation at a program"
    case .facultyAdvocate: "a faculty advocate"
    case .geographicTie: "a geographic tie"
    case .alumni: "alumni at the program"
    }
  }

  /// The words to show a user, with where the connection is when that was said ("a rotation at
  /// a program in San Antonio"); in several places, in the plural ("rotations at programs in
  /// Cleveland and Toledo"), never one program in two cities.
  package func displayName(in places: [String]?) -> String {
    guard let places, !places.isEmpty else { return displayName }
    guard places.count > 1 else { return displayName + " in " + places[0] }
    let plural =
      switch self {
      case .rotation: "rotations at programs"
      case .facultyAdvocate: "faculty advocates"
      case .geographicTie: "geographic ties"
      case .alumni: "alumni at programs"
      }
    return plural + " in " + places.joinedAsList()
  }

  private var rank: Int {
    switch self {
    case .rotation: 0
    case .facultyAdvocate: 1
    case .geographicTie: 2
    case .alumni: 3
    }
  }

  package static func < (lhs: Connection, rhs: Connection) -> Bool {
    lhs.rank < rhs.rank
  }
}
