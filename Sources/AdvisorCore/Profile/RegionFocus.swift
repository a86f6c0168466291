/// How the applicant's wish about where to train bears on the strategy.
package enum RegionFocus: String, Sendable, Hashable, CaseIterable {
  /// Boston itself or its inner ring of hospitals and towns.
  case boston
  /// Massachusetts outside Boston (Worcester, Springfield, Lowell, Brockton...).
  case massachusetts
  /// Somewhere else named.
  case elsewhere
  /// No preference.
  case anywhere

  /// Whether the Massachusetts-first, Boston-later strategy applies.
  package var isMassachusetts: Bool { self == .boston || self == .massachusetts }

  /// Reads what the user said ("Boston", "somewhere in MA", "anywhere").
  ///
  /// Massachusetts named only as a maybe after other places ("New York, New Jersey, maybe
  /// Boston") does not lead: the places before it are the wish, somewhere else.
  package init(describing text: String) {
    let words = text.lowercasedWords
    let runs = Self.runs(of: words)
    func mentions(_ names: Set<String>) -> Bool { !runs.isDisjoint(with: names) }
    // (Read only for a wish with a hedge in it: few have one.)
    if words.contains(where: Self.hedges.contains), Self.namesMassachusettsOnlyAsAMaybe(words) {
      self = .elsewhere
    } else if mentions(RegionFocus.bostonNames) {
      self = .boston
    } else if mentions(RegionFocus.massachusettsNames) {
      self = .massachusetts
    } else if runs.isEmpty || mentions(RegionFocus.anywhereNames) {
      self = .anywhere
    } else {
      self = .elsewhere
    }
  }

  /// Where a program is, from its city and state: the one classifier that the advice, the
  /// dialogue and the program triage share (a Cambridge program is a Boston program
  /// everywhere).
  package init(city: String, state: String) {
    let inState = RegionFocus(describing: state)
    if state.isEmpty || inState == .anywhere {
      self = RegionFocus(describing: city)
    } else if inState.isMassachusetts {
      self = RegionFocus(describing: city) == .boston ? .boston : .massachusetts
    } else {
      self = .elsewhere
    }
  }

  /// Boston and the places and hospitals people name for it.
  static let bostonNames: Set<String> = [
    "boston", "cambridge", "somerville", "brookline", "newton", "chelsea", "roxbury",
    "dorchester", "jamaica plain", "brighton", "charlestown", "longwood", "back bay", "mgh",
    "mass general", "massachusetts general", "bidmc", "beth israel", "bmc", "brigham", "bwh",
    "harvard", "tufts", "boston university", "bu", "st elizabeth s", "st elizabeths",
  ]

  /// Massachusetts outside Boston, by the names people use.
  static let massachusettsNames: Set<String> = [
    "massachusetts", "ma", "mass", "worcester", "springfield", "lowell", "brockton",
    "framingham", "pittsfield", "salem", "lawrence", "fall river", "new bedford", "burlington",
    "cape cod", "hyannis", "holyoke", "umass", "baystate", "lahey", "berkshire",
    "western mass", "central mass", "north shore", "south shore", "quincy", "lynn", "waltham",
  ]

  /// Wider regions that hold Massachusetts: the Boston guide speaks of part of them.
  static let widerThanMassachusetts: Set<String> = [
    "northeast", "north east", "new england", "east coast",
  ]

  /// Whether `text` names a wider region that holds Massachusetts ("the Northeast").
  package static func holdsMassachusetts(_ text: String) -> Bool {
    !runs(of: text.lowercasedWords).isDisjoint(with: widerThanMassachusetts)
  }

  /// Every run of one to three words of `text`, lower-cased, so multi-word names are set
  /// lookups too.
  private static func runs(of words: [String]) -> Set<String> {
    var runs: Set<String> = []
    for start in words.indices {
      var run = ""
      for end in start..<min(start + 3, words.count) {
        run += (end == start ? "" : " ") + words[end]
        runs.insert(run)
      }
    }
    return runs
  }

  /// Whether every Boston or Massachusetts name in `text` comes after a hedge ("maybe"), with
  /// other words before the first.
  private static func namesMassachusettsOnlyAsAMaybe(_ words: [String]) -> Bool {
    let starts = words.indices.filter { start in
      (1...3).contains { length in
        start + length <= words.count
          && massachusettsAndBostonNames.contains(
            words[start..<start + length].joined(separator: " "))
      }
    }
    guard let first = starts.first, first > 1 else { return false }
    // Another place before it, not only words around a wish ("probably just maybe boston"),
    // nor a region that holds Massachusetts ("new england, maybe boston").
    let before = Array(words[..<first])
    guard before.contains(where: { !hedges.contains($0) && !wishFillers.contains($0) }),
      runs(of: before).isDisjoint(with: widerThanMassachusetts)
    else { return false }
    return starts.allSatisfy { $0 > 0 && hedges.contains(words[$0 - 1]) }
  }

  /// Words of a wish that name no place ("i would like to train in").
  private static let wishFillers: Set<String> = [
    "probably", "just", "only", "ideally", "preferably", "honestly", "i", "id", "would", "like",
    "love", "want", "wanna", "to", "train", "in", "at", "the", "somewhere", "area", "or", "and",
    "but", "so", "um", "hmm", "well", "really", "prefer", "hoping", "for", "leaning", "toward",
    "towards", "thinking", "considering", "open", "also", "either", "something", "like",
  ]

  private static let massachusettsAndBostonNames = bostonNames.union(massachusettsNames)

  /// Words that make the place after them a maybe.
  static let hedges: Set<String> = ["maybe", "possibly", "perhaps", "potentially"]

  /// Ways of saying "no preference".
  static let anywhereNames: Set<String> = [
    "anywhere", "any", "everywhere", "nationwide", "no preference", "whatever", "open",
    "flexible", "wherever", "all over", "don t care", "dont care", "doesn t matter",
    "anyplace", "any state", "the whole country",
  ]
}

extension Profile {
  /// The region's bearing on the strategy, when a region was given.
  package var regionFocus: RegionFocus? {
    region.map(RegionFocus.init(describing:))
  }
}
