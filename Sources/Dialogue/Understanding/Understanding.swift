import AdvisorCore

/// Understands one line: every slot it fills, and what else it asks for.
///
/// The pipeline, top to bottom:
/// 1. the line is tokenised once (``Utterance``), each token keeping where it was typed;
/// 2. whole-line acts are recognised (commands, greetings, thanks, sign-offs, skip, "why do you
///    ask?") from the lexicon; such a line fills no slot;
/// 3. the line's question parts are set apart: a question never changes the profile; each
///    sentence part is kept as a clause, a statement or a question, for its dialogue act;
/// 4. the statements' ``Mention``s are recognised once from the lexicon, and ``LineCues`` works out what every reader may rely on (a correction, a program's stated
///    requirement);
/// 5. each reader (exams, specialty, applicant, connections, circumstances, region) reads the
///    statements on its own, from the same inputs, and never reads another's output (the
///    exam, specialty, connection and region readers take their names from the mentions);
/// 6. their findings are merged, and the declared linking rules in ``link(_:context:)`` settle
///    what needs the whole line (a stated cutoff against the user's own score, a place given
///    as the only answer).
/// The pending follow-up question's answer is read after this, by ``PendingAnswer``.
enum Understanding {
  /// The readers of a line's statements. Their order only decides the order of their notes.
  private static let readers:
    [@Sendable (Utterance, [Mention], UnderstandingContext, LineCues) -> Interpretation] = [
      ExamExtractor.read, SpecialtyExtractor.read, ApplicantExtractor.read,
      ConnectionExtractor.read, CircumstanceExtractor.read, RegionExtractor.read,
    ]

  /// The line, already tokenised: no stage tokenises it again.
  static func interpret(_ utterance: Utterance, context: UnderstandingContext) -> Interpretation {
    let line = utterance.original
    var context = context
    context.line = line
    var result = Interpretation()
    result.yesNo = YesNo(utterance.words)
    if let intents = IntentClassifier.wholeLine(utterance) {
      result.intents = intents
      let trimmed = line.trimmingWhitespace
      if trimmed.hasPrefix("/"), let space = trimmed.firstIndex(where: \.isWhitespace) {
        result.commandArgument = String(trimmed[space...]).trimmingWhitespace
        if intents == [.command(.draft)], let argument = result.commandArgument {
          (result.commandArgument, result.advocateDraft) = IntentClassifier.draftArgument(argument)
        }
      } else if intents == [.command(.draft)] {
        result.commandArgument = IntentClassifier.draftAddressee(utterance)
        result.ownDraft = utterance.containsAny(IntentClassifier.ownDraftPhrases)
        result.advocateDraft =
          !result.ownDraft
          && (utterance.containsAny(IntentClassifier.advocateDraftPhrases)
            || IntentClassifier.asksForAdvocateBrief(utterance))
      }
      return result
    }

    let parts = IntentClassifier.sentenceParts(utterance)
    let questions = IntentClassifier.questions(parts)
    let statements = self.statements(of: parts)
    // "no i mean how many...": the sentence the line opens with asks too. "no, just a bad day.
    // how many programs...?" opens with a statement of its own.
    let opensAsking = parts.first?.questionStart != nil
    let cues = LineCues(
      utterance, statements: statements, asks: opensAsking, context: context,
      lineYesNo: result.yesNo)
    if !statements.isEmpty {
      let mentions = MentionRecognizer.mentions(in: statements)
      // "step 1 was 2nd attempt? no sorry, first attempt": the one exam the line's question
      // names is the exam a correction naming none is about, not the one spoken of last.
      var context = context
      if !questions.isEmpty, cues.correction, !mentions.contains(where: { $0.exam != nil }) {
        let asked = Set(questions.flatMap { ExamExtractor.examMentions($0).map(\.exam) })
        if asked.count == 1, let exam = asked.first {
          (context.recentExam, context.lastScoreExam) = (exam, exam)
        }
      }
      for read in readers { result.merge(read(statements, mentions, context, cues)) }
    }
    // Personal details are looked for in the whole line, questions included: what is kept of
    // a line never holds them, whether or not anything in it was understood.
    result.sensitive = result.sensitive || CircumstanceExtractor.holdsPersonalDetails(utterance)
    result.correction = cues.correction || !result.deniedScores.isEmpty
    result.clauses = clauses(of: parts, correction: result.correction)
    // Read only for a correcting line with a yes or no in it (few are). More than a bare "no.",
    // which may as well head what follows ("no. that's wrong, ..."): a first sentence, or its
    // first clause, that is a whole answer ("no not really, ... sorry ck was 228 not 226").
    let answerStandsAlone =
      result.correction && result.answeredByYesNo != nil
      && parts.first.map { part in
        let statement = Array(part.statement)
        let firstClause = statement.clauseRanges.first.map { statement[$0] } ?? []
        return [statement[...], firstClause].contains { tokens in
          let words = tokens.filter(\.isWord).map(\.text)
          return words.count > 1 && YesNo(words).line != nil
            && (parts.count > 1 || tokens.count < statement.count)
        }
      } == true
    // "yes dr rivera my clerkship director said she would call": a yes that heads a clause
    // saying something else, rather than answering on its own ("yes, and ...").
    // Read only for a line whose yes or no answered the pending question (few are).
    var headsAClause = false
    if result.yesNo.first != nil, result.answeredByYesNo != nil,
      let clause = utterance.clauses.first
    {
      // ... and the clause it heads names something of another slot ("yes it is over now, i
      // got 230" still answers: its first clause names nothing else).
      let first = utterance.part(clause)
      headsAClause =
        first.words.count > 1 && YesNo(first.words).line == nil
        && (!MentionRecognizer.mentions(in: first).isEmpty
          || first.containsAny(ConnectionExtractor.advocatePeople)
          || first.words.contains(where: Lexicon.profileEdits.contains))
    }
    link(
      &result, context: context, answerStandsAlone: answerStandsAlone, headsAClause: headsAClause,
      opensOnExam: result.yesNo.first == false
        && utterance.sentences.first.map { !ExamExtractor.examMentions($0.tokens).isEmpty } == true)
    // A place taken back is no tie to ask about; nor is one that changes the region on record
    // ("scratch that, nj or ny" while connections are asked): it is where to train.
    if result.retraction || result.correction && result.patch.region != nil {
      result.intents.removeAll { if case .clarify(.tie) = $0 { true } else { false } }
    }
    // "I speak Spanish, does that count as a hook?": asking whether it counts is not saying so.
    // The hook named in that sentence is not taken; one stated in another sentence still is.
    let counting = parts.filter { part in
      part.questionStart.map { IntentClassifier.countsQuestion(Array(part.tokens[$0...])) != nil }
        == true
    }
    if !counting.isEmpty, result.patch.hook != nil {
      // "I speak Spanish. Does that count as a hook?": a sentence that is only the question,
      // asking about "that", asks about the sentence before.
      let askedAbout = parts.indices.filter { index in
        index + 1 < parts.count && counting.contains(parts[index + 1])
          && parts[index + 1].questionStart == 0
          && parts[index + 1].tokens.prefix(3).contains {
            IntentClassifier.backReferences.contains($0.text)
          }
      }.map { parts[$0] }
      let others = self.statements(
        of: parts.filter { !counting.contains($0) && !askedAbout.contains($0) })
      result.patch.hook =
        CircumstanceExtractor.read(others, mentions: [], context: context, cues: cues).patch.hook
    }
    // "ohio or cleveland. why do you ask": a sentence that asks why the question is asked is
    // the meta question, not one for the knowledge base.
    for question in questions {
      let words = question.filter { $0.kind != .punctuation }.map(\.text).joined(separator: " ")
      // A short question carries the sentence before it: the why is its end.
      if Lexicon.whyAsk.contains(where: {
        $0 != "why" && (words == $0 || words.hasSuffix(" " + $0))
      }) {
        if !result.intents.contains(.whyAsk) { result.intents.append(.whyAsk) }
      } else {
        result.intents.append(.question(question.map(\.original).joined(separator: " ")))
      }
    }
    // "dont know. should i email them anyway": a reply of doubt to the question asked, beside
    // a question of the user's own; both are taken (the statement, whole, is the doubt).
    if !questions.isEmpty, context.pending != nil, result.patch.isEmpty,
      Lexicon.unsure.contains(where: { phrase in
        statements.words.joined(separator: " ").hasPrefix(phrase)
          && statements.words.count <= phrase.split(separator: " ").count + 1
      })
    {
      result.intents.append(.unsure)
    }
    if questions.isEmpty, result.patch.isEmpty, !result.neverFailed {
      let words = utterance.words.joined(separator: " ")
      // "idk if he would call anyone" to a question asked: not sure, as much as "not sure"
      // (unless a yes or no answers it).
      if Lexicon.unsure.contains(where: { words.hasPrefix($0) })
        || ((context.asking || context.pending != nil) && result.yesNo.first == nil
          && utterance.containsAny(Lexicon.doubtCues))
      {
        // "idk. HP mostly, good comments": unsure already, so how strong is not asked.
        result.intents.removeAll { $0 == .clarify(.strongEnough) }
        result.intents.append(.unsure)
      } else if result.intents.isEmpty, result.negatedSpecialties.isEmpty,
        let first = parts.first, parts.count > 1,
        IntentClassifier.isThanks(first.tokens.filter(\.isWord).map(\.text))
      {
        // "thanks, this helps. I'll talk to Sam tomorrow": thanks, and nothing else to read.
        result.intents.append(.thanks)
      }
    }
    return result
  }

  /// The linking rules that need the whole line's findings.
  /// - Parameters:
  ///   - answerStandsAlone: the line opens with a sentence that is a whole yes or no.
  ///   - headsAClause: the line's yes or no opens a clause that goes on about something else.
  ///   - opensOnExam: the line's first sentence names an exam ("no, ck was first try").
  private static func link(
    _ result: inout Interpretation, context: UnderstandingContext, answerStandsAlone: Bool,
    headsAClause: Bool, opensOnExam: Bool
  ) {
    // "Actually forget neuro" with Neurology on record and nothing in its place: the specialty
    // is open again, to be asked, rather than kept against what was said.
    if result.patch.specialty == nil, let held = context.profile.specialty,
      result.negatedSpecialties.contains(held)
    {
      result.patch.unset.insert(.specialty)
    }
    // "Psych first" after "path or psych": a backup chosen trades places with the choice, which
    // stays a backup unless ruled out, said aloud so the user can drop it.
    if let chosen = result.patch.specialty, let held = context.profile.specialty, chosen != held,
      context.profile.backupSpecialties.contains(chosen), !result.negatedSpecialties.contains(held),
      !result.patch.addBackups.contains(held)
    {
      result.patch.addBackups.append(held)
    }
    // "Remove IM, psych only": a backup ruled out is taken off the backups.
    result.patch.removeBackups += result.negatedSpecialties.filter { specialty in
      context.profile.backupSpecialties.contains(specialty)
        && !result.patch.removeBackups.contains(specialty)
    }
    // "No IM backup, just psych" to the cutoff question: the "no" is about the specialty.
    if !result.negatedSpecialties.isEmpty, let slot = result.answeredByYesNo {
      result.patch.forget(slot)
    }
    // "No, that's wrong, I'm not a US citizen" to the cutoff question: a "no" that heads a
    // correction of another slot does not answer the pending question. "Not that i know of.
    // wait, ck was 224": an answer that is a sentence of its own still does.
    // So does one that heads a clause filling another slot ("yes dr rivera ... would call"
    // to the cutoff question): the answer is asked again rather than guessed.
    // And so does a "no" before a sentence that changes an exam's result on record ("no, ck
    // was first try"): the "no" is about that result, and the pending question is asked again.
    // (Only where the "no" and the exam share a sentence: "no, none of them list one. step 1 i
    // passed on the second try btw" still answers.)
    let changesResultOnRecord =
      result.yesNo.first == false
      && Exam.allCases.contains { exam in
        !result.patch[exam].isEmpty && context.profile.isKnown(exam.slot)
      }
      && opensOnExam
    // ("yes the pd said i was a great fit" to the cutoff question: a yes heading a clause about
    // someone at a program is no answer, whether or not that clause fills a slot; to the hook
    // question, whose subject such praise is, it is one.)
    if (result.correction || changesResultOnRecord) && !answerStandsAlone || headsAClause,
      let slot = result.answeredByYesNo,
      headsAClause && result.yesNo.first == true && slot != .hook
        || result.patch.slots.contains(where: { $0 != slot })
    {
      result.patch.forget(slot)
    }
    // A requirement stated in the line is compared with the user's Step 2 CK, as said in this
    // line or known before ("they require 230 and I have 221").
    if !result.cutoffsToCompare.isEmpty,
      let score = result.patch.step2ck.score ?? context.profile.step2ck.score
    {
      result.patch.cutoffUnmet = result.cutoffsToCompare.contains { $0 > score }
    }
    // A place outside the gazetteer is the answer to "where?" only when nothing else is.
    if let place = result.placeAnswer, result.patch.isEmpty, result.intents.isEmpty {
      result.patch.region = place
    }
  }

  /// The line's statements, without its question parts: its own tokens, a full stop between
  /// sentences, never tokenised again.
  private static func statements(of parts: [IntentClassifier.SentencePart]) -> Utterance {
    var tokens: [Utterance.Token] = []
    for part in parts {
      let kept = ownClauses(part.statement)
      guard !kept.isEmpty else { continue }
      if !tokens.isEmpty, let next = kept.first?.span.lowerBound {
        tokens.append(.init(text: ".", original: ".", kind: .punctuation, span: next..<next))
      }
      tokens += kept
    }
    return Utterance(tokens: tokens, original: tokens.map(\.original).joined(separator: " "))
  }

  /// The statement without its clauses about another applicant ("my ck is 224 and my friend
  /// got 205" keeps "my ck is 224"): nothing said of a friend or a classmate is the user's.
  private static func ownClauses(_ statement: ArraySlice<Utterance.Token>) -> [Utterance.Token] {
    let tokens = Array(statement)
    // Most statements name nobody else: one set lookup per word rules them out.
    guard tokens.contains(where: { Lexicon.otherApplicantCues.contains($0.text) }),
      tokens.firstStart(of: Lexicon.otherApplicants) != nil
    else { return tokens }
    var kept: [Utterance.Token] = []
    // "my friend got 215 and matched neuro in NJ": a clause after another's that names nobody
    // goes on about them; one with a word of the user's own ("i have 229") is the user's.
    var othersGoOn = false
    for clause in tokens.clauseRanges {
      let others = Array(tokens[clause]).firstStart(of: Lexicon.otherApplicants) != nil
      let own = tokens[clause].contains { Lexicon.firstPerson.contains($0.text) || $0.text == "im" }
      othersGoOn = others || (othersGoOn && !own)
      guard !othersGoOn else { continue }
      if let last = kept.last {
        kept.append(.init(text: ",", original: ",", kind: .punctuation, span: last.span))
      }
      kept += tokens[clause]
    }
    return kept
  }

  /// The line's clauses in order: each sentence's statement, then its question, if it asks.
  /// Of several statements in a line that corrects, only one with a correction's words
  /// corrects ("239 not 229. I want IM").
  private static func clauses(of parts: [IntentClassifier.SentencePart], correction: Bool)
    -> [Clause]
  {
    var clauses: [Clause] = []
    let several = correction && parts.filter { $0.questionStart != 0 }.count > 1
    for part in parts {
      if !part.statement.isEmpty {
        clauses.append(.statement(correcting: correction && (!several || corrects(part.statement))))
      }
      if part.questionStart != nil, IntentClassifier.asks(part) { clauses.append(.question) }
    }
    return clauses
  }

  /// Whether a statement's words (numbers aside) hold a correction's cue.
  private static func corrects(_ tokens: ArraySlice<Utterance.Token>) -> Bool {
    Utterance(tokens: tokens.filter(\.isWord), original: "").containsAny(Lexicon.correctionCues)
  }
}
