package import AdvisorCore
package import Outreach

extension DraftRequest {
  /// A draft to `program` for `profile`, as the chat and `advisor email draft` both make it: a
  /// connection kept with a place that is not where the program's name says it is ("Emory IM
  /// in Atlanta", a rotation in Savannah) is no connection to that program, so the draft does
  /// not offer it; where the name says nothing of a place, every connection stays, its sentence
  /// the user's to keep only where true (``programPlaceKnown`` is then false).
  package init(program: String?, reading profile: Profile) {
    let tokens = Utterance(program ?? "").tokens
    let places = MentionRecognizer.mentions(in: Utterance(program ?? "")).taken { $0.place != nil }
      .compactMap { Gazetteer.places[tokens[$0.tokens].map(\.text).joined(separator: " ")] }
      .map(Gazetteer.fullName)
    // "in Dayton, Ohio": the state beside its city names the city's state, not every city in it.
    let named = places.filter { place in
      !places.contains { $0 != place && Gazetteer.state(of: $0) == place }
    }
    self.init(profile: profile, program: program)
    guard !named.isEmpty else { return }
    programPlaceKnown = true
    // One area: the same place, or a city and its state.
    let here = { (place: String) in
      named.contains {
        $0 == place || Gazetteer.state(of: $0) == place || Gazetteer.state(of: place) == $0
      }
    }
    // A connection in several places stays, with the places here, when one of them is.
    for (connection, places) in profile.connectionPlaces {
      let kept = places.filter(here)
      if kept.isEmpty { self.profile.connections?.remove(connection) }
      self.profile.connectionPlaces[connection] = kept.isEmpty ? nil : kept
    }
  }
}
