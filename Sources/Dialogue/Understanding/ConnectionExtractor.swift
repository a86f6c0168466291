import AdvisorCore

/// Reads ties to programs: a rotation there, a faculty advocate, family in the area, alumni —
/// or none.
enum ConnectionExtractor {
  static let rotation = [
    "away rotation", "away rotations", "audition rotation", "rotated there", "rotated at",
    "rotated with", "rotation there", "rotation at", "elective there", "elective at",
    "did an elective", "did a rotation", "did an away", "sub i there", "sub i at",
    "subinternship at", "sub internship at", "visiting student", "rotated", "did my elective",
    "did electives", "rotations there", "did an away rotation", "my sub i", "did a sub i",
    "during my sub i", "after my sub i", "did an away", "away at",
  ]
  static let advocate = [
    "faculty advocate", "offered to call", "offered to reach out", "offered to email",
    "offered to contact", "will call", "can call", "could call", "will vouch", "vouch for me",
    "put in a word", "put in a good word", "speak for me", "speak on my behalf", "advocate for me",
    "knows the pd", "knows the program director", "friends with the pd", "knows the director",
    "will reach out", "can reach out", "reach out for me", "reach out on my behalf",
    "email the pd for me", "call the pd", "contact the pd",
  ]
  static let advocatePeople = [
    "mentor", "attending", "faculty", "chair", "chairman", "professor", "dean", "pi",
    "letter writer", "program director", "pd", "department head", "chief of", "division chief",
  ]
  /// People who are not faculty: their praise is feedback (a hook), not advocacy.
  static let nonFaculty = ["chief resident", "resident", "residents", "intern", "nurse", "team"]
  /// A rotation still to come is not a tie yet.
  static let futureRotation = [
    "lined up", "upcoming", "scheduled", "will do", "going to do", "plan to do", "planning",
    "applying for", "hope to do", "next month", "this spring", "this summer", "this fall",
  ]
  static let geographic = [
    "family lives", "family is in", "family in", "my family", "grew up", "parents live",
    "my parents", "hometown", "home town", "my wife", "my husband", "my partner", "my spouse",
    "my fiance", "my fiancee", "i am from", "im from", "lived in", "i live in", "home state",
    "went to college in", "went to school in", "relatives", "my mom", "my dad",
    "my girlfriend", "my boyfriend", "born and raised", "my kids",
  ]
  static let alumni = [
    "alumni", "alum", "alums", "graduates from my school", "grads from my school",
    "people from my school", "my school has", "former students", "graduates of my school",
  ]
  static let none = [
    "no connections", "no connection", "no ties", "no tie", "no contacts", "do not know anyone",
    "dont know anyone", "nobody", "no one", "none", "not really", "no mentor", "no network",
    "zero connections", "no links", "i have none", "not have any connections",
    "not have connections", "not have any ties", "not have ties", "not know anybody",
  ]

  static func read(_ utterance: Utterance, context: UnderstandingContext, cues: LineCues)
    -> Interpretation
  {
    var result = Interpretation()
    let asked = context.pending == .connections
    var added: Set<Connection> = []
    var removed: Set<Connection> = []
    if utterance.containsAny(rotation)
      || (asked
        && utterance.containsAny([
          "rotation", "rotations", "elective", "electives", "sub i", "away",
        ]))
    {
      if !negated(utterance, ["rotation", "rotated", "elective", "away"])
        && !utterance.containsAny(futureRotation)
      {
        added.insert(.rotation)
      }
    }
    // Someone who would contact the program for the user; a letter alone is not advocacy, and
    // a resident's praise is feedback.
    let onlyALetter =
      utterance.containsAny(["write a letter", "write me a letter", "letter of rec", "write my"])
      && !utterance.containsAny(["call", "vouch", "reach out", "put in a", "contact", "advocate"])
    let faculty =
      utterance.containsAny(advocatePeople)
      && !(utterance.containsAny(nonFaculty) && !utterance.containsAny(["attending", "faculty"]))
    let namesAdvocate =
      !onlyALetter
      && (utterance.containsAny(advocate)
        || (faculty
          && (asked
            || utterance.containsAny([
              "offered", "call", "vouch", "knows me", "know me", "reach", "advocate", "contact",
              "email the",
            ]))))
    if namesAdvocate {
      if negated(utterance, ["mentor", "faculty", "advocate", "attending", "anyone"])
        || utterance.containsAny(["will not call", "would not call", "cannot call", "not willing"])
      {
        removed.insert(.facultyAdvocate)
      } else {
        added.insert(.facultyAdvocate)
      }
    }
    let familyNearby =
      utterance.containsAny([
        "family", "parents", "brother", "sister", "wife", "husband", "partner", "spouse",
        "relatives", "mom", "dad", "grandparents", "cousins", "in laws", "aunt", "uncle",
      ])
      && utterance.containsAny([
        "lives", "live", "living", "nearby", "near", "close", "is there", "are there",
        "in the area", "in town", "minutes", "min from",
      ])
    if (utterance.containsAny(geographic) && (asked || mentionsPlaceOrThere(utterance)))
      || familyNearby
    {
      added.insert(.geographicTie)
    }
    if utterance.containsAny(alumni) && !negated(utterance, ["alumni", "alum"]) {
      added.insert(.alumni)
    }
    if added.isEmpty, utterance.containsAny(none) || (asked && isPlainNo(utterance)) {
      if asked
        || utterance.containsAny([
          "no connections", "no connection", "no ties", "no contacts", "do not know anyone",
          "dont know anyone", "not have any connections", "not have connections",
          "not have any ties", "not have ties",
        ])
      {
        result.patch.noConnections = true
        return result
      }
    }
    if asked, added.isEmpty, removed.isEmpty,
      isPlainYes(utterance) || Lexicon.yes.contains(utterance.words.first ?? "")
    {
      result.intents.append(.clarify(.connections))
      return result
    }
    result.patch.addConnections = added
    result.patch.removeConnections = removed
    return result
  }

  private static func negated(_ utterance: Utterance, _ nouns: [String]) -> Bool {
    nouns.contains { noun in
      utterance.containsAny([
        "no \(noun)", "not \(noun)", "never \(noun)", "no \(noun)s", "without a \(noun)",
        "do not have a \(noun)", "have no \(noun)", "did not do an \(noun)", "did not do a \(noun)",
        "not have an \(noun)", "not have a \(noun)", "do not know \(noun)",
      ])
    }
  }

  private static func mentionsPlaceOrThere(_ utterance: Utterance) -> Bool {
    utterance.words.contains { Gazetteer.places[$0] != nil }
      || utterance.containsAny(["there", "in the area", "nearby", "close by", "near"])
  }

  static func isPlainYes(_ utterance: Utterance) -> Bool {
    Lexicon.yes.contains(utterance.words.joined(separator: " "))
  }

  static func isPlainNo(_ utterance: Utterance) -> Bool {
    Lexicon.no.contains(utterance.words.joined(separator: " "))
  }
}
