package import AdvisorCore

/// What a draft is filled from: the profile and the program-specific details the user gives.
package struct DraftRequest: Sendable, Hashable {
  package var profile: Profile
  /// The program's name ("Baystate Internal Medicine").
  package var program: String?
  /// The program director's name, for the salutation.
  package var director: String?
  /// The program-specific detail that draws the applicant ("care for Worcester's immigrant
  /// communities").
  package var feature: String?
  /// The applicant's name, for the subject and sign-off.
  package var name: String?
  /// The program's name says where it is (the profile is then read for it: a connection
  /// placed elsewhere is left out), so a tie's place kept is named as the program's area, not
  /// offered on condition.
  package var programPlaceKnown = false

  package init(
    profile: Profile, program: String? = nil, director: String? = nil, feature: String? = nil,
    name: String? = nil
  ) {
    self.profile = profile
    self.program = program
    self.director = director
    self.feature = feature
    self.name = name
  }
}

/// A sentence of a draft, tagged with what it is about, so the balance can be checked.
package struct DraftSentence: Sendable, Hashable {
  package enum Topic: String, Sendable, Hashable {
    case interest
    case score
    /// The one neutral clause about an event that is over.
    case context
    case strength
    case closing
  }

  package var text: String
  package var topic: Topic

  package init(_ text: String, _ topic: Topic) {
    self.text = text
    self.topic = topic
  }
}
