import AdvisorCore

/// Reads answers to the follow-up questions: attempts, which exam a score belongs to,
/// citizenship, prelim medicine or surgery, the kind of connection.
enum PendingAnswer {
  /// An answer to "do you have family there, or did you go to school there?" that names the
  /// school.
  static let studiedThere: Phrases = [
    "school", "college", "went to school", "studied there", "grew up", "university", "undergrad",
  ]

  /// Evaluators' comments said to be strong, in the words the strong-work question uses.
  static let strongWork: Phrases = [
    "strong", "standout", "stand out", "top of the group", "top of my group", "top of the class",
    "top of their", "best student", "best students", "outstanding", "exceptional", "excellent",
  ]
  /// ...or said to be no more than fine.
  static let fineWork: Phrases = ["fine", "just fine", "average", "decent", "nothing special"]
  /// A strong word denied ("not top of the group", "not strong").
  static let notStrong: Phrases = [
    "not strong", "not top", "not standout", "not outstanding", "not exceptional",
    "not excellent", "not the best", "not really strong",
  ]

  /// Whether the line opens on a yes that is a sentence of its own ("yes. also my cousin
  /// ..."), or one whose sentence goes on about a faculty member ("prob yes, my attending at
  /// the queens externship liked me"); not "yeah, my uncle lives in edison too".
  private static func yesStandsAlone(_ utterance: Utterance) -> Bool {
    let tokens = utterance.tokens
    guard let mark = tokens.firstIndex(where: { $0.kind == .punctuation }),
      Lexicon.yes.contains(tokens[..<mark].map(\.text).joined(separator: " "))
    else { return false }
    if tokens[mark].endsSentence { return true }
    // ("yeah, from my im sub-i in newark": where the faculty member is from.)
    let sentence = tokens[(mark + 1)...].prefix { !$0.endsSentence }
    return sentence.first?.text == "from"
      || utterance.part(sentence.startIndex..<sentence.endIndex)
        .containsAny(ConnectionExtractor.advocatePeople)
  }

  static func resolve(
    _ utterance: Utterance, pending: PendingQuestion, profile: Profile,
    into result: inout Interpretation
  ) {
    // "can i retake ck for a higher score": a line that only asks answers nothing pending.
    if !result.clauses.isEmpty, !result.clauses.contains(where: { $0 != .question }) { return }
    // "No, I meant psychiatry" corrects another answer; its "no" is not this answer.
    if result.correction, !result.patch.isEmpty, !result.patch.slots.contains(pending.slot) {
      return
    }
    let answer = utterance.words.joined(separator: " ")
    // "No, I mean how many to apply to": a "no" that heads a question or a rephrasing answers
    // nothing.
    let asks = result.intents.contains { if case .question = $0 { true } else { false } }
    let heads = !(asks || result.correction) || result.yesNo.line != nil
    // "probably yes" is the answer it hedges.
    let said = heads ? result.yesNo.line ?? result.yesNo.first ?? result.yesNo.answer : nil
    let yes = said == true
    let no = said == false
    switch pending.kind {
    case .standard, .score:
      return
    case .attempts(let exam):
      guard result.patch[exam].attempts == nil else { return }
      var attempts: Int?
      // The "2" of "step 2 ck" names the exam, not a count.
      let examWords = Set(ExamExtractor.examMentions(utterance.tokens).flatMap(\.tokens))
      let counts = utterance.tokens.indices.filter { !examWords.contains($0) }.compactMap {
        utterance.tokens[$0].number
      }
      if let number = counts.first(where: { (1...9).contains($0) }) {
        attempts = number
      } else if utterance.containsAny(firstTime) || yes {
        attempts = 1
      } else if utterance.containsAny(thirdTime) {
        attempts = 3
      } else if utterance.containsAny(secondTime) || (no && !noneAnswers.contains(answer)) {
        attempts = 2
      }
      guard let attempts else { return }
      result.patch[exam].attempts = attempts
      if result.patch[exam].outcome == nil, !result.patch.clearOutcomes.contains(exam) {
        result.patch[exam].outcome = profile[exam].outcome
      }
      result.intents.removeAll { $0 == .unsure }
    case .whichExam(let score):
      // "ck obviously, step 1 was pass fail": the exam the answer names first, unless denied
      // ("not step 1, ck").
      let mentioned = ExamExtractor.examMentions(utterance.tokens).first {
        !Lexicon.negations.contains(utterance.tokens.word(at: $0.tokens.lowerBound - 1) ?? "")
      }?.exam
      let exam: Exam? =
        mentioned
        ?? (utterance.containsAny(step1Words)
          ? .step1 : utterance.containsAny(step2Words) ? .step2ck : nil)
      guard let exam else { return }
      var step = result.patch[exam]
      step.score = score
      step.outcome =
        step.outcome
        ?? (exam == .step2ck ? ScoreThresholds.step2Outcome(ofBareScore: score) : .pass)
      step.attempts = step.attempts ?? profile[exam].attempts ?? 1
      if profile[exam].attempts == nil { result.assumptions.append(.firstAttempt(exam)) }
      result.patch[exam] = step
      result.intents.removeAll {
        if case .clarify(.exam) = $0 { return true } else { return false }
      }
    case .citizenship:
      guard result.patch.applicant == nil else { return }
      if yes || utterance.containsAny(citizenWords) {
        result.patch.applicant = .usIMG
      } else if no || utterance.containsAny(visaWords) {
        result.patch.applicant = .nonUSIMG
      }
      result.intents.removeAll { $0 == .clarify(.citizenship) }
    case .prelim:
      guard result.patch.specialty == nil else { return }
      if utterance.containsAny(medicineWords) {
        result.patch.specialty = .preliminaryMedicine
      } else if utterance.containsAny(surgeryWords) {
        result.patch.specialty = .preliminarySurgery
      }
    case .strongEnough:
      // "top of the group", "just fine": the answer in the question's own words, as its yes
      // (strong) or its no (fine) would be; a bare yes or no is read with the slot's answers.
      // Strong words first ("solid, top of the group"; "more than fine, excellent").
      guard result.patch.clinicalEvidence == nil else { return }
      let denied = utterance.containsAny(notStrong)
      if !denied, utterance.containsAny(strongWork) {
        result.patch.clinicalEvidence = true
      } else if denied || utterance.containsAny(fineWork) && !yes {
        result.patch.clinicalEvidence = false
      }
    case .feedbackAsHook, .languageAsHook:
      // "no" says where the feedback came from, or that the language is not theirs, not that
      // there is no hook at all.
      if no, result.patch.hook == false,
        !utterance.containsAny(CircumstanceExtractor.noHookCues)
      {
        result.patch.hook = nil
      }
    case .observed:
      // "Any other connection ...? Or none.": "none" says there is no other; the ties on record
      // stay, as "no connections beyond that" keeps them.
      if result.patch.noConnections, !result.correction, let known = profile.connections,
        !known.isEmpty
      {
        result.patch.noConnections = false
        result.patch.addConnections = known
      }
    case .connectionKind, .hookAgain:
      return
    case .passMark(let score):
      // "i took it aug 2026" is the sitting asked about, not a result still to come; "idk"
      // leaves the score as it is and the result open.
      if result.patch.step2ck.outcome == .pending, result.patch.step2ck.score == nil {
        result.patch.step2ck = StepResult()
      }
      guard result.patch.step2ck.outcome == nil else { return }
      let mark = PassMarkAnswer.mark(in: utterance)
      if yes || no || mark != nil {
        let passed = mark.map { (profile.step2ck.score ?? score) >= $0 } ?? yes
        result.patch.step2ck.outcome = passed ? .pass : .fail
        result.patch.step2ck.attempts = profile.step2ck.attempts ?? 1
        if profile.step2ck.attempts == nil { result.assumptions.append(.firstAttempt(.step2ck)) }
        result.confirmation = passed
      }
    case .tie, .addConnection:
      // A place's tie (family or school there), or a connection a question asked about.
      guard result.patch.addConnections.isEmpty else { return }
      // "school, i went to college there. no family": the school is the yes the question asks
      // for, whatever the "no" of family beside it.
      let studied =
        pending.kind.offeredConnection == nil && utterance.containsAny(PendingAnswer.studiedThere)
      if yes || studied {
        let connection = pending.kind.offeredConnection ?? .geographicTie
        result.patch.addConnections = [connection]
        // "Is Worcester somewhere you have family or trained?" "yes": the tie is there; so is
        // a connection offered with the place its question named ("my gf in columbus").
        switch pending.kind {
        case .tie(let place), .addConnection(_, let place?):
          result.patch.connectionPlaces[connection] = [Gazetteer.fullName(place)]
        default: break
        }
        result.confirmation = true
      } else if no, result.yesNo.bare == false {
        // "No" to one place or one connection says nothing of the others: the slot stays open.
        result.patch.noConnections = false
        result.confirmation = false
      }
      result.intents.removeAll { intent in
        switch intent {
        case .clarify(.tie): true
        case .clarify(.connections): yes || no
        default: false
        }
      }
    case .advocate, .offeredHelp:
      // A yes said as a sentence or clause of its own answers it whatever other tie the line
      // adds ("yes. also my cousin lives in edison"); one run into a tie ("yeah my uncle lives
      // there") is of that tie.
      guard result.patch.addConnections.isEmpty || yes && yesStandsAlone(utterance),
        !result.patch.noConnections
      else { return }
      if yes {
        result.patch.addConnections.insert(.facultyAdvocate)
        result.confirmation = true
      } else if no {
        // The ties named stand; only the advocate is ruled out.
        result.confirmation = false
      }
    case .listedCutoff:
      if yes {
        result.patch.cutoffUnmet = true
        result.confirmation = true
      } else if no {
        // "No": the list's programs are not targets, and the profile stays as it was (the
        // cutoff question's own "no" would otherwise be read as an answer to it).
        result.patch.cutoffUnmet = nil
        result.confirmation = false
      }
    case .laterAttempt(let exam):
      // "Yes (on the third try)": a pass on the sitting after the failures on record.
      guard result.patch[exam].outcome != .pass else { return }
      let sitting = (profile[exam].attempts ?? 1) + 1
      if yes {
        result.patch[exam].outcome = .pass
        result.patch[exam].attempts = max(result.patch[exam].attempts ?? sitting, sitting)
        // The score on record was the failed sitting's; the pass's is asked, not assumed.
        if result.patch[exam].score == nil, profile[exam].score != nil {
          result.patch.clearScores.insert(exam)
        }
        result.confirmation = true
      } else if no {
        result.confirmation = false
      }
    case .passedUnderMark(let score):
      // "no it said pass on the report": a "no" heading the pass said again answers, though
      // the line reads as a correction.
      let no = no || result.yesNo.first == false && result.patch.step2ck.outcome == .pass
      // "No, 212": a number under the pass mark again does not make the pass just said to be
      // no fail a fail; the pass stays, without a number.
      if no, let said = result.patch.step2ck.score,
        ScoreThresholds.step2Outcome(ofBareScore: said) == .fail
      {
        result.patch.step2ck = StepResult()
        result.assumptions.removeAll { $0 == .failFromScore(said) }
        result.confirmation = false
        return
      }
      // "No, 231" gives the passing score, which the line's own reading keeps.
      guard result.patch.step2ck.score == nil else { return }
      if yes || result.patch.step2ck.outcome == .fail {
        result.patch.step2ck = StepResult(
          outcome: .fail, score: score, attempts: profile.step2ck.attempts ?? 1)
        result.confirmation = true
        // The pass said first may be a later sitting's: asked, not assumed either way.
        result.intents.append(.clarify(.laterAttempt(.step2ck)))
      } else if no {
        // The pass stands; its score is asked next. "No, it was a pass" says the pass again,
        // which is that answer, not news.
        result.confirmation = false
        // ("no, 212": the failing number again is no new question.)
        result.intents.removeAll { intent in
          if case .clarify(.passedUnderMark) = intent { true } else { false }
        }
        let said = result.patch.step2ck
        if said.outcome == .pass, said.attempts == nil || said.attempts == profile.step2ck.attempts
        {
          result.patch.step2ck = StepResult()
          result.assumptions.removeAll { $0 == .firstAttempt(.step2ck) }
        }
      }
    case .eventStatus:
      guard result.patch.hardship == nil else { return }
      if yes {
        result.patch.hardship = .resolved
        result.confirmation = true
      } else if no {
        result.patch.hardship = .ongoing
        result.confirmation = false
      }
    }
  }
}
