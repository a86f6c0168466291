import AdvisorCore

extension TypoRepair {
  /// Titles: the word after one is a name ("dr rivera"), never mended ("river").
  static let titles: Set<String> = ["dr", "prof", "professor", "doctor"]

  /// The vocabulary typo repair mends towards: every word the lexicon listens for.
  enum Vocabulary {
    /// Each word under each of its one-letter deletions.
    static let byDeletion: [String: Set<String>] = {
      var table: [String: Set<String>] = [:]
      for word in words where word.count >= 4 {
        for deletion in deletions(of: word) { table[deletion, default: []].insert(word) }
      }
      return table
    }()
  }
}

extension TypoRepair.Vocabulary {
  static let words: Set<String> = {
    var phrases: [String] = [
      "step", "steps", "passed", "pass", "failed", "fail", "failure", "first", "second",
      "third", "attempt", "attempts", "try", "tries", "time", "retake", "retook", "score",
      "scored", "pending", "waiting", "results", "taken", "took", "scheduled", "once", "twice",
      "citizen", "resident", "permanent", "green", "card", "visa", "school", "abroad",
      "connections", "connection", "rotation", "elective", "faculty", "mentor", "advocate",
      "alumni", "family", "hook", "cutoff", "minimum", "program", "programs", "specialty",
      "nope", "yeah", "sure", "skip", "anywhere", "nothing", "event", "resolved", "ongoing",
      "still", "over", "email", "emails", "interview", "statement",
      // Contractions typed without the apostrophe are words, not typos ("hasnt" is no
      // "wasnt"): the tokeniser's tables, and a few it leaves as they are.
      "ive", "youre", "hed", "theyd", "youd",
    ]
    let lists: [[String]] = [
      Array(Lexicon.yes), Array(Lexicon.no), Array(Lexicon.skip), Array(Lexicon.unsure),
      Array(Lexicon.greetings), Array(Lexicon.thanks), Array(Lexicon.farewells),
      Specialty.allCases.flatMap { $0.aliases + [$0.displayName.lowercased()] },
      Array(Gazetteer.places.keys), ApplicantExtractor.usMD.texts, ApplicantExtractor.usDO.texts,
      ApplicantExtractor.visa.texts, ApplicantExtractor.citizen.texts,
      ApplicantExtractor.abroad.texts,
      ApplicantExtractor.caribbean.texts, ApplicantExtractor.countries.texts,
      ConnectionExtractor.rotation.texts,
      ConnectionExtractor.advocate.texts, ConnectionExtractor.advocatePeople.texts,
      ConnectionExtractor.alumni.texts, CircumstanceExtractor.hookCues.texts,
      CircumstanceExtractor.feedbackCues.texts,
      CircumstanceExtractor.cutoffWords.texts, ApplicantExtractor.nationalities,
      Array(Lexicon.months.keys), Array(Utterance.bareContractions.keys),
      Array(Utterance.bareIsContractions.keys),
      // The words a question opens with: "shoudl i email" still asks.
      Array(Lexicon.auxiliaries), Array(Lexicon.questionWords),
      // "is 221 good enogh for IM": the words a question weighs with.
      Array(Lexicon.evaluativeWords),
      // "a sub-i at a hosptial in newark": where something else is, not a wish.
      Array(RegionExtractor.elsewhereWords), Array(RegionExtractor.rotationWords),
      // Known, so never mended into something else ("father" is no "rather").
      ConnectionExtractor.familyMembers.texts, CircumstanceExtractor.eventCues.texts,
    ]
    for list in lists { phrases.append(contentsOf: list) }
    var words: Set<String> = []
    for phrase in phrases {
      for word in phrase.split(separator: " ") where word.count >= 3 {
        words.insert(String(word))
      }
    }
    return words
  }()
}
