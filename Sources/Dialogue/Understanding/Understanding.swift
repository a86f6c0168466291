import AdvisorCore

/// Understands one line: every slot it fills, and what else it asks for.
///
/// Extraction gives priority to the pending question (a bare "238" answers it, "yes" answers
/// it), reads every other slot the line holds, handles negation and corrections, and asks back
/// rather than guessing when a score could belong to either exam.
enum Understanding {
  static func interpret(_ line: String, context: UnderstandingContext) -> Interpretation {
    var context = context
    context.line = line
    let utterance = Utterance(line)
    var result = Interpretation()
    if line.hasPrefix("(personal details not kept") {
      // A stored line whose details were withheld: only the category was kept.
      result.sensitive = true
      if line.contains("still ongoing") { result.patch.hardship = .ongoing }
      if line.contains("now resolved") { result.patch.hardship = .resolved }
      return result
    }
    if let intents = IntentClassifier.wholeLine(utterance) {
      result.intents = intents
      let trimmed = line.trimmingWhitespace
      if trimmed.hasPrefix("/"), let space = trimmed.firstIndex(where: \.isWhitespace) {
        let argument = String(trimmed[space...]).trimmingWhitespace
        result.commandArgument = argument.isEmpty ? nil : argument
      }
      return result
    }
    result.correction =
      utterance.containsAny(Lexicon.correctionCues.filter { $0 != "not" })
      || utterance.words.first == "no" && utterance.words.count > 2
        && Lexicon.correctionAfterNo.contains(utterance.words[1])

    let questions = IntentClassifier.questions(utterance)
    // Slots come from the statements; a question's own words are read only for what the user
    // says of themselves ("can I still match IM with my 215?"), never for a topic they ask
    // about ("do programs care about step 1 now that it's pass/fail?").
    let statements = split(utterance)
    if !statements.isEmpty {
      ExamExtractor.extract(statements, context: context, into: &result)
      SpecialtyExtractor.extract(statements, context: context, into: &result)
      ApplicantExtractor.extract(statements, context: context, into: &result)
      ConnectionExtractor.extract(statements, context: context, into: &result)
      CircumstanceExtractor.extract(statements, context: context, into: &result)
      RegionExtractor.extract(statements, context: context, into: &result)
    }
    // A question never changes the profile: "can I still match IM with my 215?" asks about IM
    // without saying the user applies in it.
    if !result.deniedScores.isEmpty { result.correction = true }
    result.intents += questions.map(Intent.question)
    if questions.isEmpty, result.patch.isEmpty, !result.neverFailed {
      let words = utterance.words.joined(separator: " ")
      if Lexicon.unsure.contains(where: { words.hasPrefix($0) }) { result.intents.append(.unsure) }
    }
    return result
  }

  /// The line's statements, without its question parts.
  private static func split(_ utterance: Utterance) -> Utterance {
    var statements: [String] = []
    for sentence in utterance.sentences {
      let tokens = sentence.tokens
      let start =
        IntentClassifier.questionStart(tokens, endsWithQuestionMark: sentence.isQuestion)
        ?? (sentence.isQuestion ? 0 : nil)
      guard let start else {
        statements.append(tokens.map(\.original).joined(separator: " "))
        continue
      }
      if start > 0 { statements.append(tokens[..<start].map(\.original).joined(separator: " ")) }
    }
    return Utterance(statements.joined(separator: " . "))
  }
}
