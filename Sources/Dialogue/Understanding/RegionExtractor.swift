import AdvisorCore

/// Reads where the user wants to train: cities, states, regions, or "anywhere". A place named
/// only as where family lives is a tie (see ``ConnectionExtractor``), not a training wish.
enum RegionExtractor {
  private static let intentWords: Set<String> = [
    "train", "training", "apply", "applying", "match", "matching", "residency", "stay", "move",
    "moving", "programs", "program", "aiming", "targeting", "target", "want", "hoping", "hope",
    "prefer", "preferably", "ideally", "like", "somewhere", "near", "around", "focus", "region",
    "area", "interested", "looking", "goal", "dream",
  ]
  /// Contexts where a place is where something else happened: school, rotations.
  private static let elsewhereWords: Set<String> = [
    "school", "studied", "study", "studying", "college", "university", "rotation", "rotated",
    "elective", "away", "sub", "externship", "observership", "conference", "grew", "born",
    "worked", "work", "live", "lives", "living", "lived",
  ]
  private static let tieWords: Set<String> = [
    "family", "parents", "mom", "dad", "mother", "father", "wife", "husband", "partner", "spouse",
    "fiance", "fiancee", "grew", "hometown", "born", "relatives", "brother", "sister", "siblings",
    "kids", "children", "girlfriend", "boyfriend", "home",
  ]

  static func extract(
    _ utterance: Utterance, context: UnderstandingContext, into result: inout Interpretation
  ) {
    let asked = context.pending == .region
    let saysAnywhere =
      utterance.containsAny(Gazetteer.anywhere)
      && (asked || anywhereIsAboutTraining(utterance))
      && !utterance.containsAny(["not anywhere", "not just anywhere"])
    if saysAnywhere || (asked && utterance.containsAny(["any", "open", "flexible"])) {
      result.patch.region = "anywhere"
      return
    }
    let tokens = utterance.tokens
    var names: [String] = []
    var index = 0
    while index < tokens.count {
      guard let (name, length) = place(at: index, in: tokens, asked: asked) else {
        index += 1
        continue
      }
      if asked || isTrainingWish(at: index, in: tokens) || standsAlone(index, length, in: tokens) {
        if !names.contains(name) { names.append(name) }
      }
      index += length
    }
    if !names.isEmpty {
      result.patch.region = names.joined(separator: " or ")
    } else if asked, result.patch.isEmpty, result.intents.isEmpty, looksLikeAPlace(utterance) {
      // An answer to "where?" that is not in the gazetteer: keep it as the user said it.
      result.patch.region = utterance.original.trimmingWhitespace
    }
  }

  /// "anywhere" that speaks of training, not of "no connections anywhere".
  private static func anywhereIsAboutTraining(_ utterance: Utterance) -> Bool {
    !utterance.containsAny([
      "connections anywhere", "know anyone anywhere", "anyone anywhere", "not anywhere",
    ])
  }

  /// A place that is a whole clause of a list ("US-IMG, peds, NYC, no connections").
  private static func standsAlone(_ index: Int, _ length: Int, in tokens: [Utterance.Token]) -> Bool
  {
    let before = index == 0 || tokens[index - 1].kind == .punctuation
    let end = index + length
    let after = end == tokens.count || tokens[end].kind == .punctuation
    let commas = tokens.filter { $0.text == "," || $0.text == ";" }.count
    return before && after && commas >= 2
  }

  private static func place(at index: Int, in tokens: [Utterance.Token], asked: Bool) -> (
    String, Int
  )? {
    for length in stride(from: 3, through: 1, by: -1) where index + length <= tokens.count {
      let slice = tokens[index..<index + length]
      guard slice.allSatisfy(\.isWord) else { continue }
      let key = slice.map(\.text).joined(separator: " ")
      guard Gazetteer.places[key] != nil else { continue }
      let name = slice.map(\.original).joined(separator: " ")
      if length == 1, Gazetteer.riskyNames.contains(key), !asked {
        let original = slice.first?.original ?? ""
        let capitalised = original.first?.isUppercase == true
        guard capitalised else { continue }
        if ["ma", "la", "dc", "ny", "nj"].contains(key), !(slice.first?.isAllCaps ?? false) {
          continue
        }
      }
      return (name, length)
    }
    return nil
  }

  /// A place counts as a training wish when it follows words such as "train in", "programs in",
  /// "applying … in", and is not "where my family lives".
  private static func isTrainingWish(at index: Int, in tokens: [Utterance.Token]) -> Bool {
    let window = tokens[max(0, index - 6)..<index].filter(\.isWord).map(\.text)
    let near = tokens[max(0, index - 3)..<index].filter(\.isWord).map(\.text)
    if near.contains(where: elsewhereWords.contains) && !near.contains(where: intentWords.contains)
    {
      return false
    }
    if window.contains(where: tieWords.contains) && !window.contains(where: intentWords.contains) {
      return false
    }
    if window.contains(where: intentWords.contains) { return true }
    if window.last == "in" || window.last == "to" || window.last == "for" {
      return !window.contains("live") && !window.contains("lives") && !window.contains("from")
    }
    let following = tokens[(index + 1)..<min(tokens.count, index + 3)].map(\.text)
    return following.contains("programs") || following.contains("area")
      || following.contains("residency")
  }

  private static func looksLikeAPlace(_ utterance: Utterance) -> Bool {
    let words = utterance.words
    return (1...4).contains(words.count) && words.allSatisfy { $0.allSatisfy(\.isLetter) }
      && utterance.tokens.first?.original.first?.isUppercase == true
  }
}
