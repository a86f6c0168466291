/// The words OthersView listens for: data, extended by adding lines.
extension OthersView {
  /// People whose view of a place is theirs, not the user's wish ("my mentor thinks ..."). Not
  /// family: where a family wants to live is read as the user's own ("my wife says i should
  /// apply everywhere in tx").
  static let othersWhoSay: Set<String> = [
    "mentor", "mentors", "attending", "attendings", "pd", "advisor", "adviser", "dean", "chair",
    "professor", "pi", "preceptor", "faculty", "director", "friend", "friends", "he", "she",
    "they", "everyone", "people", "someone",
  ]
  /// Verbs of someone's wish for the user, before "me" ("my dad wants me to do surgery").
  static let othersWishVerbs: Set<String> = [
    "wants", "want", "wanted", "pushing", "pushes", "pushed", "expects", "expect", "expected",
    "begging", "urging", "urges", "urged",
  ]
  /// Words after which the user speaks for themself again ("my pd recommends the midwest but i
  /// want california").
  static let viewBreaks: Set<String> = [
    "but", "though", "although", "however", "yet", "whereas", "so",
  ]
  /// The user as the subject of a verb of saying ("i think", "we agreed"): their own view.
  static let firstPersonSubjects: Set<String> = ["i", "we", "im"]
}
