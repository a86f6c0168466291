package import AdvisorCore

/// One program of the user's list, as read from their CSV.
package struct ListedProgram: Sendable, Hashable {
  package var name: String
  package var city: String
  package var state: String
  package var specialty: Specialty?
  /// A typical (average) Step 2 CK of the program's residents or interviewees.
  package var typicalStep2: Int?
  /// A stated minimum Step 2 CK.
  package var minimumStep2: Int?
  package var acceptsIMGs: Bool?
  package var sponsorsVisas: Bool?
  /// The applicant's tie to this program, or nil for none.
  package var connection: Connection?
  /// Whether the list says outright that there is no tie ("none"), rather than leaving the
  /// column blank: then no connection on record elsewhere is offered as one.
  package var connectionMarkedNone = false
  /// The CSV line the program was read from.
  package var line: Int

  package init(
    name: String, city: String, state: String, specialty: Specialty? = nil,
    typicalStep2: Int? = nil, minimumStep2: Int? = nil, acceptsIMGs: Bool? = nil,
    sponsorsVisas: Bool? = nil, connection: Connection? = nil, line: Int = 0
  ) {
    self.name = name
    self.city = city
    self.state = state
    self.specialty = specialty
    self.typicalStep2 = typicalStep2
    self.minimumStep2 = minimumStep2
    self.acceptsIMGs = acceptsIMGs
    self.sponsorsVisas = sponsorsVisas
    self.connection = connection
    self.line = line
  }
}

/// The columns of a program list, as documented in the README and `examples/programs.csv`.
package enum ProgramListColumn: String, CaseIterable, Sendable {
  case name, city, state, specialty
  case typicalStep2 = "typical_step2"
  case minimumStep2 = "minimum_step2"
  case acceptsIMGs = "accepts_imgs"
  case sponsorsVisas = "sponsors_visas"
  case connection

  /// Columns every row must fill.
  package var isRequired: Bool { self == .name || self == .state }
}

/// A program-list problem, at a CSV line.
package struct ProgramListError: Error, Sendable, Equatable, CustomStringConvertible {
  package var line: Int
  package var message: String

  package init(line: Int, _ message: String) {
    self.line = line
    self.message = message
  }

  package var description: String { "\(line): \(message)" }
}
