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
  /// a program in San Antonio").
  package func displayName(in place: String?) -> String {
    displayName + (place.map { " in " + $0 } ?? "")
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
