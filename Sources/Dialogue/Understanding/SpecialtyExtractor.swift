import AdvisorCore

/// Reads the specialty: names, abbreviations and common misspellings, with negation
/// ("not derm anymore, IM") and switches ("from derm to IM").
enum SpecialtyExtractor {

  struct Found {
    var specialty: Specialty?
    var ambiguous: [Specialty]
    var position: Int
    var negated: Bool
  }

  static func read(
    _ utterance: Utterance, mentions: [Mention], context: UnderstandingContext, cues: LineCues
  ) -> Interpretation {
    var result = Interpretation()
    let words = utterance.tokens
    let asked = context.pending == .specialty
    let named = mentions.taken { mention in
      switch mention.kind {
      case .specialty, .specialties: mention.confidence != .whenAsked || asked
      default: false
      }
    }
    var found: [Found] = []
    for mention in named {
      let end = mention.tokens.upperBound
      // "my IM clerkship", "the surgery rotation": training, not the specialty applied to.
      if mention.confidence != .misspelt, end < words.count,
        trainingNouns.contains(words[end].text)
      {
        continue
      }
      let position = mention.tokens.lowerBound
      let negated = isNegated(at: position, in: words)
      switch mention.kind {
      case .specialty(let specialty):
        found.append(
          Found(specialty: specialty, ambiguous: [], position: position, negated: negated))
      case .specialties(let options):
        found.append(
          Found(specialty: nil, ambiguous: options, position: position, negated: negated))
      default: continue
      }
    }
    guard !found.isEmpty else { return result }
    result.negatedSpecialties += found.filter(\.negated).compactMap(\.specialty)
    let chosen = choose(found, utterance: utterance)
    if let specialty = chosen?.specialty {
      result.patch.specialty = specialty
    } else if chosen?.ambiguous.isEmpty == false {
      result.intents.append(.clarify(.prelim))
    }
    return result
  }

  private static func isNegated(at index: Int, in words: [Utterance.Token]) -> Bool {
    let before = words[max(0, index - 3)..<index].map(\.text)
    let lead = before.filter { $0 != "about" && $0 != "the" }.last
    if let lead, Lexicon.droppingWords.contains(lead) { return true }  // "forget (about) IM"
    if before.suffix(2) == ["no", "longer"] || before.last == "not" || before.last == "no"
      || before.suffix(2) == ["not", "doing"] || before.suffix(2) == ["not", "into"]
    {
      return true
    }
    // "was going to do ortho but switched …": a plan given up.
    if before.contains("was") && (before.contains("going") || before.contains("planning")) {
      return true
    }
    if before.contains("from") && !before.contains("to") {
      return true  // "switching from derm to IM": derm is the old one
    }
    return ["instead", "than"].contains(before.last ?? "") || before.suffix(2) == ["instead", "of"]
      || before.suffix(2) == ["rather", "than"] || before.suffix(2) == ["not", "doing"]
  }

  /// The specialty meant: the one after "to"/"meant"/"actually" in a switch, else the first
  /// one not negated.
  private static func choose(_ found: [Found], utterance: Utterance) -> Found? {
    let candidates = found.filter { !$0.negated }
    if candidates.count > 1 {
      let tokens = utterance.tokens
      for candidate in candidates.reversed() {
        let before = tokens[max(0, candidate.position - 2)..<candidate.position].map(\.text)
        if before.contains("to") || before.contains("meant") || before.contains("actually") {
          return candidate
        }
      }
    }
    return candidates.first
  }
}
