import AdvisorCore

/// Reads the specialty: names, abbreviations and common misspellings, with negation
/// ("not derm anymore, IM") and switches ("from derm to IM").
enum SpecialtyExtractor {

  struct Found {
    var specialty: Specialty?
    var ambiguous: [Specialty]
    var position: Int
    var negated: Bool
    /// Named as a backup ("open to gas", "maybe FM as a backup"), not the choice.
    var backup = false
  }

  static func read(_ utterance: Utterance, context: UnderstandingContext, cues: LineCues)
    -> Interpretation
  {
    var result = Interpretation()
    let words = utterance.tokens
    let asked = context.pending == .specialty
    var found: [Found] = []
    var index = 0
    while index < words.count {
      guard words[index].isWord else {
        index += 1
        continue
      }
      if let (match, length) = longestAlias(at: index, in: words, asked: asked) {
        // "my IM clerkship", "the surgery rotation", "the rotation was em": training, not the
        // specialty applied to.
        if index + length < words.count && trainingNouns.contains(words[index + length].text)
          || inTrainingClause(index, words)
        {
          index += length
          continue
        }
        found.append(
          Found(
            specialty: match.specialty, ambiguous: match.ambiguous, position: index,
            negated: isNegated(at: index, in: words), backup: isBackup(at: index, length, in: words)
          ))
        index += length
        continue
      }
      if let specialty = misspelt(words[index].text) {
        found.append(
          Found(
            specialty: specialty, ambiguous: [], position: index,
            negated: isNegated(at: index, in: words)))
      }
      index += 1
    }
    guard !found.isEmpty else { return result }
    result.negatedSpecialties += found.filter(\.negated).compactMap(\.specialty)
    let chosen = choose(found, utterance: utterance)
    result.patch.addBackups = found.filter { $0.backup && !$0.negated }.compactMap(\.specialty)
      .filter { $0 != chosen?.specialty }
    if let specialty = chosen?.specialty {
      result.patch.specialty = specialty
    } else if chosen?.ambiguous.isEmpty == false {
      result.intents.append(.clarify(.prelim))
    }
    return result
  }

  private struct Match {
    var specialty: Specialty?
    var ambiguous: [Specialty]
  }

  private static func longestAlias(at index: Int, in words: [Utterance.Token], asked: Bool) -> (
    Match, Int
  )? {
    let first = words[index].text
    guard Specialty.nameFirstWords.contains(first) else {
      guard asked, let specialty = contextualNames[first] else { return nil }
      return (Match(specialty: specialty, ambiguous: []), 1)
    }
    let longest = min(Specialty.longestNameWords, words.count - index)
    for length in stride(from: longest, through: 1, by: -1) {
      let slice = words[index..<index + length]
      guard slice.allSatisfy(\.isWord) else { continue }
      // Tokens are already lower-cased words: the phrase is in the names' normalized form.
      let phrase = slice.map(\.text).joined(separator: " ")
      if length == 1,
        !allowedSingleWord(
          slice.first, asked: asked, inList: isListItem(index, in: words),
          named: leadsShortAlias(index, in: words))
      {
        continue
      }
      switch Specialty.resolve(normalized: phrase) {
      case .specialty(let specialty):
        if !asked, unsafeAliases.contains(phrase),
          !(length == 1 && slice.first?.isAllCaps == true && capitalAliases.contains(phrase))
        {
          continue
        }
        return (Match(specialty: specialty, ambiguous: []), length)
      case .ambiguous(let options):
        return (Match(specialty: nil, ambiguous: options), length)
      case .unknown:
        if asked, length == 1, let specialty = contextualNames[phrase] {
          return (Match(specialty: specialty, ambiguous: []), 1)
        }
      }
    }
    return nil
  }

  /// Case and context rules for the short, risky aliases: "IM" but not "im" before a verb
  /// ("im applying"), "DO" is never a specialty, "EM", "ENT", "TY" in capitals or when asked.
  private static func allowedSingleWord(
    _ token: Utterance.Token?, asked: Bool, inList: Bool, named: Bool
  ) -> Bool {
    guard let token else { return false }
    switch token.text {
    case "im": return token.isAllCaps || asked || !token.original.hasPrefix("i") || inList
    case "em", "ent", "fm": return token.isAllCaps || asked || inList || named
    case "ty", "gs", "ir", "dr", "ed", "er":
      return token.isAllCaps || asked
    default: return true
    }
  }

  /// A word that is a whole item of a comma list ("us md, ck 226, im, anywhere").
  private static func isListItem(_ index: Int, in tokens: [Utterance.Token]) -> Bool {
    let before = index == 0 || tokens[index - 1].text == ","
    let after = index + 1 == tokens.count || tokens[index + 1].text == ","
    return before && after && tokens.filter { $0.text == "," }.count >= 2
  }

  /// A short alias where a specialty is named: first in its sentence, or after "is", "but",
  /// "not" ("specialty is em", "not gas but em"); never after a verb ("email em").
  private static func leadsShortAlias(_ index: Int, in tokens: [Utterance.Token]) -> Bool {
    guard index > 0, tokens[index - 1].kind != .punctuation else { return true }
    return shortAliasLeads.contains(tokens[index - 1].text)
      && !(index == 1 && tokens[0].text == "tell")
  }

  /// The clause around `index` speaks of training ("the rotation was em at a boston hosp").
  private static func inTrainingClause(_ index: Int, _ tokens: [Utterance.Token]) -> Bool {
    guard let clause = ExamExtractor.clauseRanges(tokens).first(where: { $0.contains(index) })
    else { return false }
    return tokens[clause].contains { trainingNouns.contains($0.text) }
  }

  /// "FM as a backup", "backup FM", "open to gas": said to be a backup, not only hedged.
  private static func isExplicitBackup(at index: Int, in tokens: [Utterance.Token]) -> Bool {
    let near = tokens[max(0, index - 2)..<min(tokens.count, index + 4)].map(\.text)
    return near.contains("backup") || near.contains("open")
  }

  /// "open to gas", "maybe FM", "FM as a backup": a specialty kept in reserve.
  private static func isBackup(at index: Int, _ length: Int, in tokens: [Utterance.Token]) -> Bool {
    let before = tokens[max(0, index - 4)..<index].map(\.text)
    let after = tokens[(index + length)..<min(tokens.count, index + length + 3)]
      .prefix { $0.kind != .punctuation }.map(\.text)
    let opened = zip(before, before.dropFirst()).contains { $0 == "open" && $1 == "to" }
    return before.contains { backupLeads.contains($0) } || opened || after.contains("backup")
  }

  private static func misspelt(_ word: String) -> Specialty? {
    guard word.count >= 6, word.allSatisfy(\.isLetter), !protectedWords.contains(word),
      !CommonWords.words.contains(word)
    else {
      return nil
    }
    guard case .unknown = Specialty.resolve(normalized: word),
      let specialty = Specialty.closest(toNormalized: word)
    else {
      return nil
    }
    // Only against the specialty's own long names, never against short nicknames.
    let matchesLongName = specialty.aliases.contains { alias in
      alias.count >= 6 && !alias.contains(" ")
        && EditDistance.distance(word, alias, limit: EditDistance.tolerance(forLength: alias.count))
          != nil
    }
    return matchesLongName ? specialty : nil
  }

  private static func isNegated(at index: Int, in words: [Utterance.Token]) -> Bool {
    let before = words[max(0, index - 3)..<index].map(\.text)
    let lead = before.filter { $0 != "about" && $0 != "the" }.last
    if let lead, Lexicon.droppingWords.contains(lead) { return true }  // "forget (about) IM"
    // A "no" that opens the line answers or corrects ("no em is first choice"), not "no IM".
    let leadingNo = index == 1 && before.last == "no"
    if before.suffix(2) == ["no", "longer"] || before.last == "not"
      || (before.last == "no" && !leadingNo)
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
    // A backup is never the choice; "maybe psych" alone still is one.
    let chosen = found.filter { !$0.negated }
    let firm = chosen.filter { !$0.backup }
    let candidates =
      firm.isEmpty
      ? chosen.filter { !isExplicitBackup(at: $0.position, in: utterance.tokens) } : firm
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
