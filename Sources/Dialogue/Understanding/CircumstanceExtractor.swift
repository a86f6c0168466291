import AdvisorCore

/// Reads the circumstances: a strong hook, a stated cutoff not met, and whether a concrete
/// event lies behind the score (only its category is kept).
enum CircumstanceExtractor {
  static let hookCues = [
    "speak spanish", "fluent in", "fluent spanish", "bilingual", "trilingual", "native speaker",
    "speak portuguese", "speak mandarin", "speak arabic", "speak haitian creole", "speak creole",
    "speak vietnamese", "speak russian", "speak hindi", "prior career", "previous career",
    "former engineer", "former nurse", "former paramedic", "used to be a", "worked as a",
    "career as a", "phd", "strong feedback", "great feedback", "loved me", "liked me",
    "told me to apply", "asked me to apply", "encouraged me to apply", "strong hook", "a hook",
    "program specific reason", "research background", "years of research", "former teacher",
    "military", "veteran", "served in the", "spanish speaker", "speaks spanish",
    "spanish speaking", "speaker of", "years as a", "was a nurse", "was an icu nurse",
    "was a paramedic", "was an engineer", "was a teacher", "was a pharmacist", "was a pa",
    "was an emt", "worked as", "before med school", "rank me", "ranked to match",
    "rank me to match",
    "would rank", "will rank", "told me i would", "told me i d", "said they would rank",
    "love to have me", "want me back", "have me back", "invited me back", "one of the best",
    "best student", "best sub i", "best students", "top student", "strong evaluation",
    "strong evaluations", "great evaluation", "great evaluations", "glowing", "stellar",
    "praised", "impressed", "the feedback", "feedback from",
  ]
  static let noHookCues = [
    "no hook", "no hooks", "no strong hook", "do not have a hook", "dont have a hook",
    "no specific reason", "no strong reason",
  ]
  static let cutoffWords = [
    "cutoff", "cutoffs", "cut off", "minimum", "minimums", "min score", "threshold", "requires",
    "require", "required", "requirement", "screen at", "screens at", "filter at",
  ]
  static let missesCutoff = [
    "below their", "below the", "under their", "under the", "do not meet", "dont meet",
    "does not meet", "miss", "missed", "misses", "lower than", "short of", "not meet",
    "not make", "not reach", "too low for", "below", "under",
  ]
  static let meetsCutoff = [
    "meet the minimum", "meet their minimum", "meet all", "above their", "above the", "no cutoff",
    "no cutoffs", "no minimum", "no minimums", "meet the cutoff", "meet their cutoff",
    "above all", "clear the", "clear their", "meet them", "meet every",
  ]

  /// Events behind a score. Only the category ends up stored.
  static let eventCues = [
    "died", "passed away", "death", "funeral", "lost my", "illness", "sick", "ill", "hospitalized",
    "in the hospital", "in hospital", "in the icu", "covid", "leukemia", "caregiver",
    "caring for", "disability", "stroke", "heart attack", "cancer", "diagnosed", "injury",
    "accident", "had surgery", "surgery on",
    "depression", "depressed", "anxiety", "panic attack", "panic attacks", "burnout", "burned out",
    "mental health", "adhd", "divorce", "family emergency", "family crisis", "emergency at home",
    "pregnant", "pregnancy", "miscarriage", "baby", "test center", "testing center", "prometric",
    "power outage", "computer crashed", "proctor", "assault", "grief", "grieving", "eviction",
    "breakup", "break up", "concussion", "migraine", "chemo", "therapy",
  ]
  /// Details that are personal health or crisis information: never stored verbatim.
  static let sensitiveCues = eventCues.filter {
    !["test center", "testing center", "prometric", "power outage", "computer crashed", "proctor"]
      .contains($0)
  }
  /// Conditions that, said in the present tense ("I have ADHD", "my son has leukemia"), are
  /// still going on.
  static let conditions = [
    "adhd", "depression", "anxiety", "cancer", "leukemia", "illness", "disability", "migraine",
    "migraines", "ptsd", "long covid", "diabetes", "lupus", "epilepsy", "crohn", "panic attacks",
  ]
  /// Words that say an event is over. Past tense alone ("there was a family emergency") does
  /// not: whether it is behind the user is then asked, not assumed.
  static let resolvedCues = [
    "resolved", "fine now", "over now", "better now", "recovered", "back to normal", "behind me",
    "all good now", "ok now", "okay now", "it is over", "is over", "no longer", "healthy now",
    "doing well now", "handled", "remission", "finalized", "is fine", "are fine", "settled",
    "all better", "not an issue anymore", "not a problem anymore", "cleared up", "moved past",
  ]
  /// Words that say an event goes on, checked before ``resolvedCues`` ("ongoing, not resolved").
  static let stillCues = [
    "not resolved", "not over", "not behind me", "not better", "not fine", "not recovered",
    "still", "ongoing", "on going", "currently", "right now", "dealing with", "struggling with",
    "continues", "chronic", "going on", "keeps", "every day", "caregiver", "in treatment",
    "being treated", "on medication", "unresolved",
  ]
  /// Test-day incidents: over by their nature, so "resolved" is what was said, not inferred.
  static let testDayCues = [
    "test center", "testing center", "prometric", "power outage", "computer crashed", "proctor",
  ]
  /// Words that point back at an event already mentioned ("the family thing is ongoing").
  static let eventReferences = [
    "family thing", "family stuff", "family issue", "family issues", "family situation",
    "personal thing", "personal stuff", "personal issue", "personal issues", "the hardship",
    "the event", "that event", "health thing", "health issue", "health issues", "the situation",
  ]

  static func read(_ utterance: Utterance, context: UnderstandingContext, cues: LineCues)
    -> Interpretation
  {
    var result = Interpretation()
    let pending = context.pending
    let answer = utterance.words.joined(separator: " ")
    let saysYes =
      Lexicon.yes.contains(answer) || answer.hasPrefix("yes ") || answer.hasPrefix("yeah ")
    let saysNo =
      Lexicon.no.contains(answer) || answer.hasPrefix("no ") || answer.hasPrefix("nope ")
      || answer.hasPrefix("not really")
      || utterance.containsAny(["nothing special", "nothing like that"])

    // What the line speaks of: a "yes" or "no" in front of another topic answers that topic,
    // not the pending question ("no hook" to the cutoff question says nothing of cutoffs).
    let deniesHook =
      utterance.containsAny(noHookCues)
      || utterance.containsAny([
        "not have a hook", "not really have a hook", "not have any hook", "not have a strong",
        "not really have any", "no real hook",
      ])
    let claimsHook = utterance.containsAny(hookCues)
    let mentionsCutoff =
      utterance.containsAny(cutoffWords) || !cues.statedCutoffs.isEmpty
      || utterance.containsAny([
        "they want", "programs want", "program wants", "they require", "they need", "they ask for",
        "wants", "want a",
      ])
    let eventText = utterance.removing(eventFalseFriends + noEventCues)
    let event = eventText.containsAny(eventCues)
    let deniesEvent = !event && utterance.containsAny(noEventCues)
    var topics: Set<Slot> = []
    if deniesHook || claimsHook { topics.insert(.hook) }
    if mentionsCutoff { topics.insert(.cutoffUnmet) }
    if event || deniesEvent { topics.insert(.hardship) }
    // "no connections" to the cutoff question answers connections, not cutoffs.
    let words = utterance.words
    if words.first == "no", words.count > 1, let topic = Lexicon.topicAfterNo[words[1]] {
      topics.insert(topic)
    }
    let answersPending = pending.map { topics.isEmpty || topics.contains($0) } ?? false
    let yes = saysYes && answersPending
    let no = saysNo && answersPending

    // Hook.
    if deniesHook || (pending == .hook && no) {
      result.patch.hook = false
    } else if claimsHook || (pending == .hook && yes) {
      result.patch.hook = true
    }

    // A stated cutoff not met. Stated numbers are compared with the user's Step 2 CK once the
    // whole line is read (``Understanding/link(_:context:)``); the words decide otherwise.
    let noneListed = utterance.containsAny([
      "none of the programs", "none of them", "no program", "do not list", "not list a",
      "not list any",
    ])
    if (utterance.containsAny(meetsCutoff) || noneListed)
      && (mentionsCutoff || pending == .cutoffUnmet)
    {
      result.patch.cutoffUnmet = false
    } else if mentionsCutoff && (utterance.containsAny(missesCutoff) || numbersShowAMiss(utterance))
    {
      result.patch.cutoffUnmet = true
    } else if pending == .cutoffUnmet, yes {
      result.patch.cutoffUnmet = true
    } else if pending == .cutoffUnmet, no {
      result.patch.cutoffUnmet = false
    }

    if mentionsCutoff, !cues.statedCutoffs.isEmpty, result.patch.cutoffUnmet != false {
      result.cutoffsToCompare = cues.statedCutoffs
    }

    // A concrete event behind the score: its status is taken only when the line says it.
    result.sensitive = eventText.containsAny(sensitiveCues)
    let knownEvent = context.profile.hardship.map { $0 != .none } ?? false
    let refersToEvent =
      (eventText.containsAny(eventReferences)
        && (context.profile.hardship != nil || pending == .hardship))
      || (cues.correction && knownEvent && topics.isEmpty && eventStatus(eventText) != nil)
    if event || refersToEvent {
      if let status = eventStatus(eventText) {
        result.patch.hardship = status
      } else if !refersToEvent {
        result.intents.append(.clarify(.eventStatus))
      }
    } else if deniesEvent {
      result.patch.hardship = Hardship.none
    } else if pending == .hardship {
      if let status = eventStatus(utterance) {
        result.patch.hardship = status
      } else if yes {
        result.patch.hardship = .resolved
      } else if no || utterance.containsAny(["nothing", "bad day"]) {
        result.patch.hardship = Hardship.none
      }
    }
    return result
  }

  /// Whether the line says the event goes on or is over; nil when it says neither.
  static func eventStatus(_ utterance: Utterance) -> Hardship? {
    if utterance.containsAny(stillCues) { return .ongoing }
    if utterance.containsAny(resolvedCues) || utterance.containsAny(testDayCues) {
      return .resolved
    }
    let presentCondition = conditions.contains { condition in
      utterance.containsAny(["i have \(condition)", "has \(condition)", "i am \(condition)"])
    }
    return presentCondition ? .ongoing : nil
  }

  /// Phrases that hold an event word without being about an event ("cancer biology").
  static let eventFalseFriends = [
    "cancer biology", "cancer research", "cancer researcher", "cancer center", "cancer centre",
    "cancer institute", "cancer lab", "cancer genetics", "gene therapy", "therapy research",
    "anxiety research", "depression research", "stroke research", "stroke unit", "stroke team",
    "baby steps",
  ]

  /// "Nothing happened": no event behind the score, whatever the pending question.
  static let noEventCues = [
    "no hardship", "underprepared", "under prepared", "did not prepare enough", "just a bad day",
    "no excuse", "nothing happened", "my own fault", "no event", "was no event",
    "no particular reason", "no real reason", "just choked", "i choked", "i just choked",
    "did not study", "studied wrong", "did not study the right way", "bad study", "poor prep",
    "bad prep", "no life event", "nothing behind it", "nothing serious happened",
    "nothing personal", "nothing going on", "no personal issues", "no family issues",
    "no health issues", "no family issue", "no health issue", "nothing in my personal life",
  ]

  /// "requires 230 and I have 221": a requirement above the user's number.
  private static func numbersShowAMiss(_ utterance: Utterance) -> Bool {
    let numbers = utterance.tokens.compactMap(\.number).filter { (120...300).contains($0) }
    guard numbers.count >= 2 else { return false }
    return numbers[0] > numbers[1]
  }
}
