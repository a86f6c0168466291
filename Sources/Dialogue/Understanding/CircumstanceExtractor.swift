import AdvisorCore

/// Reads the circumstances: a strong hook, a stated cutoff not met, and whether a concrete
/// event lies behind the score (only its category is kept).
enum CircumstanceExtractor {

  /// Reads its words against its own lists; of the mentions, only whether the line names a
  /// specialty.
  static func read(
    _ utterance: Utterance, mentions: [Mention], context: UnderstandingContext, cues: LineCues
  ) -> Interpretation {
    var result = Interpretation()
    let pending = context.pending
    // Beside a question, only a bare "yes" or "no" answers ("no i mean how many..." does not),
    // or the conclusion the statements end on ("220 minimum? i have 232 so no").
    let heads = !cues.asks || cues.yesNo.answer != nil
    let said =
      cues.yesNo.restated
      ?? (heads
        ? cues.yesNo.answer ?? cues.yesNo.answerLead ?? cues.yesNo.conclusion
        : cues.yesNo.conclusion)
    let saysNo = said == false || heads && utterance.containsAny(Lexicon.nothingLikeThat)

    // What the line speaks of: a "yes" or "no" in front of another topic answers that topic,
    // not the pending question ("no hook" to the cutoff question says nothing of cutoffs).
    // "Worked as a scribe" is experience, not the prior career a program values.
    // Nor is a language the program's patients speak one the user said they speak: whether
    // they do is asked.
    let othersLanguage =
      utterance.containsAny(languageCues)
      && (utterance.containsAny(speakingPeople) && !utterance.containsAny(selfSpeaking)
        || utterance.containsAny(ConnectionExtractor.familyMembers)
          && !utterance.containsAny(firstPersonSpeaking))
    var hookWords = utterance.removing(notCareers)
    if othersLanguage { hookWords = hookWords.removing(languageCues) }
    let statesHook = hookWords.containsAny(hookCues)
    let feedback =
      utterance.affirms(feedbackCues)
      || (context.pending != .clinicalEvidence && utterance.affirms(evaluationHookCues))
    // Feedback is a hook when it came after a rotation there, said here or on record.
    let rotated =
      context.profile.connections?.contains(.rotation) == true
      || utterance.containsAny(ConnectionExtractor.rotation)
      || utterance.containsAny(ConnectionExtractor.rotationWhenAsked)
    let claimsHook = statesHook || feedback && rotated
    let feedbackToConfirm = feedback && !statesHook && !rotated && context.profile.hook != true
    // "I never said I have a hook. I don't have one": "one" is the hook the line names, unless
    // the line claims one it does not take back ("bilingual is my hook, but an advocate? I
    // don't have one").
    // "she never said she'd call anyone" doubts an advocate; it takes back nothing said here.
    let retracts =
      utterance.containsAny(Lexicon.retractionCues)
      && utterance.removing(ConnectionExtractor.unpromised).containsAny(Lexicon.retractionCues)
    let claimStands = claimsHook && !retracts
    let deniesHook =
      utterance.containsAny(noHookCues)
      || (!claimStands && utterance.containsAny(hookNouns) && utterance.containsAny(lacksOne))
    let mentionsCutoff =
      utterance.containsAny(cutoffWords) || !cues.statedCutoffs.isEmpty
      || utterance.containsAny(programWants)
    // The words without those that only look like an event ("nothing happened"), made only
    // when read: most lines need none of it.
    lazy var eventText = utterance.removing(notEvents)
    let event = utterance.containsAny(eventCues) && eventText.containsAny(eventCues)
    let deniesEvent = !event && utterance.containsAny(noEventCues)
    var topics: Set<Slot> = []
    if deniesHook || claimsHook { topics.insert(.hook) }
    if mentionsCutoff { topics.insert(.cutoffUnmet) }
    if event || deniesEvent { topics.insert(.hardship) }
    if utterance.containsAny(strongEvidence) || utterance.containsAny(noStrongEvidence) {
      topics.insert(.clinicalEvidence)
    }
    // "not really rotations in CA" to the evidence question: a rotation denied is a tie denied.
    if pending == .clinicalEvidence, utterance.containsAny(ConnectionExtractor.deniedRotation) {
      topics.insert(.connections)
    }
    // "no connections" to the cutoff question answers connections, not cutoffs; "no
    // california. PNW only": a "no" in front of a place rules the place out.
    let words = utterance.words
    if words.first == "no", words.count > 1 {
      if let topic = Lexicon.topicAfterNo[words[1]] { topics.insert(topic) }
      if Gazetteer.isPlaceWord(words[1]) { topics.insert(.region) }
    }
    // "no i dont think so. also i speak spanish": a first sentence that is a whole answer
    // answers the question asked, whatever the sentences after it speak of.
    let answerFirst =
      pending != nil && !topics.isEmpty && said != nil
      && {
        let sentences = utterance.sentences
        guard sentences.count > 1 else { return false }
        let words = sentences[0].tokens.filter(\.isWord).map(\.text)
        let reading = YesNo(words)
        return reading.line != nil || reading.bare != nil
      }()
    let answersPending =
      pending.map { topics.isEmpty || topics.contains($0) || answerFirst } ?? false
    let yes = said == true && answersPending
    let no = saysNo && answersPending
    // "No i said yes, some programs cap at 2 attempts": an answer said again for the one topic
    // the line names corrects that topic, asked or not.
    let restatedSlot = cues.yesNo.restated != nil && topics.count == 1 ? topics.first : nil
    // A yes/no slot: ruled out, claimed, said again, or else the answer to its own question.
    func answer(_ slot: Slot, denied: Bool, claimed: Bool) -> Bool? {
      if slot == restatedSlot, !denied, !claimed { return cues.yesNo.restated }
      return denied || (pending == slot && no)
        ? false : claimed || (pending == slot && yes) ? true : nil
    }

    // Hook. "I don't know if it's a hook", "remove it", "I was asking": taken back, unknown.
    // "No hook. And I did not say anywhere": a hook denied outright is not taken back. "He
    // liked me but idk if he would call anyone": a doubt in another clause takes back no hook,
    // and leaves the praise unweighed (no hook is heard from it).
    if topics.contains(.hook) || utterance.containsAny(hookNouns),
      retracts, !deniesHook
    {
      if doubtsHook(utterance) { result.patch.unset.insert(.hook) }
    } else if claimStands, !deniesHook, context.profile.hook == false, pending != .hook,
      !utterance.containsAny(hookNouns)
    {
      // "no hook" answered, then "also i speak spanish": whether that counts is asked, not
      // inferred over what was said.
      result.intents.append(.clarify(.hookAgain))
    } else {
      result.patch.hook = answer(.hook, denied: deniesHook, claimed: claimsHook)
      // "he liked me but idk if he'd call": the doubt is the point, and the praise unweighed.
      if result.patch.hook == nil, feedbackToConfirm, !deniesHook,
        !utterance.containsAny(Lexicon.doubtCues)
      {
        result.intents.append(.clarify(.feedbackAsHook))
      } else if result.patch.hook == nil, !deniesHook, context.profile.hook != true,
        othersLanguage,
        let language = utterance.words.first(where: Lexicon.languages.contains)
      {
        // "lots of patients speak arabic there": whether the user does is asked.
        result.intents.append(.clarify(.languageAsHook(language)))
      }
    }

    // A stated cutoff not met. Stated numbers are compared with the user's Step 2 CK once the
    // whole line is read (``Understanding/link(_:context:)``); the words decide otherwise.
    // Hearsay ("some say 230 min i think") is no program's stated minimum: only a plain yes or
    // no to the question decides then.
    let hearsay =
      mentionsCutoff && utterance.containsAny(cutoffHearsay)
      && utterance.removing(hedgedAnswers).containsAny(cutoffHearsay)
    // "i never said a program had a minimum i dont meet": a missed cutoff taken back is open
    // again, not stated.
    if mentionsCutoff, utterance.containsAny(Lexicon.neverSaid) {
      if context.profile.cutoffUnmet != nil { result.patch.unset.insert(.cutoffUnmet) }
    } else if !hearsay,
      (utterance.containsAny(meetsCutoff) && !utterance.containsAny(deniesMeeting)
        || utterance.containsAny(noCutoffListed))
        && (mentionsCutoff || pending == .cutoffUnmet)
    {
      result.patch.cutoffUnmet = false
    } else if !hearsay, mentionsCutoff,
      utterance.containsAny(missesCutoff) || numbersShowAMiss(utterance)
    {
      result.patch.cutoffUnmet = true
    } else if pending == .cutoffUnmet, yes || no {
      result.patch.cutoffUnmet = yes
    } else if restatedSlot == .cutoffUnmet {
      result.patch.cutoffUnmet = cues.yesNo.restated
    }

    if mentionsCutoff, !cues.statedCutoffs.isEmpty, result.patch.cutoffUnmet != false, !hearsay {
      result.cutoffsToCompare = cues.statedCutoffs
    }
    // "I heard most programs want 230": what the line commits is nothing, what it raises is a
    // question, answered as "what if a program wants 230?" would be.
    if hearsay, !cues.statedCutoffs.isEmpty, result.patch.cutoffUnmet == nil, !cues.asks {
      result.intents.append(.question(context.line))
    }

    // Clinical evidence since the failure: honors, strong comments or strong shelf results. A
    // denial wins over a claim beside it ("high pass in peds, no honors anywhere"): the advice
    // errs on the side of no rebound. A school without honors ("my school doesn't do honors")
    // settles nothing: comments and shelf results are still open.
    let schoolWithout = utterance.containsAny(schoolWithoutHonors)
    // "strong comments in my psych clerkship, just not honors": honors denied, comments said.
    let mentionsDenial = utterance.containsAny(deniedEvidence)
    // Made once, only for a line that denies something.
    let deniesMoreThanHonors =
      mentionsDenial && utterance.removing(deniedHonorsOnly).containsAny(deniedEvidence)
    // "great evals on my observership": observing is not hands-on, so not the work asked about.
    let ofObservingOnly =
      utterance.containsAny(ConnectionExtractor.observedOnly) && !utterance.containsAny(handsOnWork)
    let commentsStand =
      utterance.containsAny(commentEvidence) && !deniesMoreThanHonors && !ofObservingOnly
    // "no honors tho" after strong comments were said: the comments stand, unless corrected.
    let honorsOnlyAfterComments =
      mentionsDenial && context.profile.clinicalEvidence == true && !cues.correction
      && !deniesMoreThanHonors
    let deniesEvidence =
      !schoolWithout && !commentsStand && mentionsDenial && !honorsOnlyAfterComments
    // "not honors tho" names honors only to deny them (the words are read again without the
    // denials only for a line that holds one).
    let saysEvidence =
      utterance.containsAny(strongEvidence)
      && (!mentionsDenial && !schoolWithout
        || utterance.removing(schoolWithoutHonors).removing(deniedEvidence)
          .containsAny(strongEvidence))
    if ofObservingOnly,
      pending == .clinicalEvidence || saysEvidence || utterance.containsAny(commentEvidence),
      utterance.containsAny(evaluationWords)
    {
      result.assumptions.append(.observershipNotEvidence)
    }
    let claimsEvidence = saysEvidence && !ofObservingOnly
    // ("not really honors. comments were decent": the "no" heading it is of honors alone, and
    // the comments said beside it are weighed, not taken as no strong work.)
    result.patch.clinicalEvidence =
      commentsStand && !deniesEvidence && !claimsEvidence && said == false
      ? nil : answer(.clinicalEvidence, denied: deniesEvidence, claimed: claimsEvidence)
    // "i had good comments, not honors tho": how strong is asked, not assumed either way.
    if result.patch.clinicalEvidence == nil, commentsStand, !claimsEvidence,
      context.profile.clinicalEvidence == nil
    {
      result.intents.append(.clarify(.strongEnough))
    }

    // A concrete event behind the score: its status is taken only when the line says it.
    let knownEvent = context.profile.hardship.map { $0 != .none } ?? false
    let refersToEvent =
      ((context.profile.hardship != nil || pending == .hardship)
        && eventText.containsAny(eventReferences))
      || ((cues.correction && knownEvent
        || context.eventMentioned && context.profile.hardship == nil)
        && topics.isEmpty && eventStatus(eventText) != nil
        // "no wait em is still first": a correction of the specialty, whose "still" is no
        // word on the event.
        && !mentions.contains { $0.specialty != nil })
    result.mentionsEvent = event
    result.sensitive = refersToEvent  // named words are found in the whole line by Understanding
    let aboutEvent = event || refersToEvent
    if deniesEvent, !aboutEvent {
      result.patch.hardship = Hardship.none
    } else if aboutEvent || pending == .hardship {
      if let status = eventStatus(aboutEvent ? eventText : utterance) {
        result.patch.hardship = status
      } else if pending == .hardship, yes {
        // "Yes, my mom was ill then" to "an event that is now resolved?": resolved, as asked.
        result.patch.hardship = .resolved
      } else if event, !refersToEvent {
        result.intents.append(.clarify(.eventStatus))
      } else if !aboutEvent, no || utterance.containsAny(nothingBehind) {
        result.patch.hardship = Hardship.none
      }
    }
    if yes || no, let pending, !topics.contains(pending), result.patch.slots.contains(pending) {
      result.answeredByYesNo = pending
    }
    return result
  }

  /// Whether a line holds personal health or crisis details, wherever they are: in a statement,
  /// a question or a line not understood at all.
  static func holdsPersonalDetails(_ utterance: Utterance) -> Bool {
    utterance.containsAny(sensitiveCues) && utterance.removing(notEvents).containsAny(sensitiveCues)
  }

  /// Whether the line says the event goes on or is over; nil when it says neither.
  static func eventStatus(_ utterance: Utterance) -> Hardship? {
    // "its resolved now. i still passed it on the 2nd try": a clause that gives an exam's
    // result says nothing of the event (read apart only in a line that gives one).
    // (Not "a power failure at the test center", which is the event.)
    let tokens = utterance.tokens
    let givesResult = utterance.words.contains(where: ExamExtractor.outcomeWords.contains)
    let results =
      !givesResult
      ? []
      : utterance.clauses.filter { clause in
        clause.contains { index in
          ExamExtractor.outcomeWords.contains(tokens[index].text)
            && !ExamExtractor.notExamFailures.contains(tokens.word(at: index - 1) ?? "")
        }
      }
    let aboutEvent =
      results.isEmpty
      ? utterance
      : Utterance(
        tokens: tokens.indices.filter { index in !results.contains { $0.contains(index) } }
          .map { tokens[$0] }, original: utterance.original)
    // "still okc or dallas": "still" before a place is said of where to train.
    // (The line is made again only when it holds such a "still": few do.)
    let stillOfAPlace = Set(
      aboutEvent.tokens.indices.filter { index in
        aboutEvent.tokens[index].text == "still"
          && Gazetteer.isPlaceWord(aboutEvent.tokens.word(at: index + 1) ?? "")
      })
    let withoutPlaceStill =
      stillOfAPlace.isEmpty
      ? aboutEvent
      : Utterance(
        tokens: aboutEvent.tokens.indices.filter { !stillOfAPlace.contains($0) }
          .map { aboutEvent.tokens[$0] }, original: aboutEvent.original)
    let utterance = withoutPlaceStill.removing(stillOfAPlan)
    if utterance.containsAny(notStillCues) { return .resolved }
    let controlled = utterance.containsAny(controlledCues)
    if utterance.containsAny(stillCues) {
      // "Under control now, I still see my therapist": said both ways, so it is asked.
      return controlled ? nil : .ongoing
    }
    if controlled || utterance.containsAny(resolvedCues) || utterance.containsAny(testDayCues) {
      return .resolved
    }
    return utterance.containsAny(presentConditions) ? .ongoing : nil
  }

  /// "requires 230 and I have 221": a requirement above the user's number.
  private static func numbersShowAMiss(_ utterance: Utterance) -> Bool {
    // A number said to be wrong ("wait it was 221 not 219") is corrected, not compared.
    let tokens = utterance.tokens
    let numbers = tokens.indices.filter {
      !Lexicon.denyingWords.contains(tokens.word(at: $0 - 1) ?? "")
    }.compactMap { tokens[$0].number }.filter { LineCues.scoreLike.contains($0) }
    return numbers.count >= 2 && numbers[0] > numbers[1]
  }

  /// Whether a clause that takes something back or doubts it ("idk if", "remove") also names
  /// the hook or a claim of one, or takes back what it points at ("remove it"); a doubt about
  /// "that" ("not sure if that means he'd call") is about something else.
  private static func doubtsHook(_ utterance: Utterance) -> Bool {
    utterance.clauses.contains { clause in
      let words = utterance.part(clause)
      return words.containsAny(Lexicon.retractionCues)
        && (words.containsAny(hookNouns) || words.containsAny(hookCues)
          || words.containsAny(Lexicon.takingBackIt))
    }
  }

}
