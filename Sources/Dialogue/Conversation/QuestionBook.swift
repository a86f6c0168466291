package import AdvisorCore
import AdvisorText

/// What the advisor asks for each slot, the examples it shows when an answer is not understood,
/// and why the slot matters.
package enum QuestionBook {
  /// The question to ask for `slot`, given what is already known of it.
  static func question(for slot: Slot, in profile: Profile) -> PendingQuestion {
    switch slot {
    case .step1, .step2ck:
      let exam: Exam = slot == .step1 ? .step1 : .step2ck
      let result = profile[exam]
      if result.outcome == .pass || result.outcome == .pending || result.outcome == .fail,
        result.attempts == nil
      {
        return PendingQuestion(slot, .attempts(exam))
      }
      if exam == .step2ck, result.outcome == .pass, result.score == nil {
        return PendingQuestion(slot, .score(exam))
      }
      if exam == .step2ck, result.outcome == nil, let score = result.score,
        ScoreThresholds.step2Outcome(ofBareScore: score) == nil
      {
        return PendingQuestion(slot, .passMark(score))
      }
      return PendingQuestion(slot)
    default:
      return PendingQuestion(slot)
    }
  }

  /// The question's text.
  package static func text(_ question: PendingQuestion) -> String {
    switch question.kind {
    case .attempts(let exam): return "Was that your first attempt at \(exam.displayName)?"
    case .score(let exam): return "What was your \(exam.displayName) score?"
    case .whichExam(let score): return "Is \(score) your Step 1 or your Step 2 CK score?"
    case .citizenship:
      return
        "Are you a US citizen or permanent resident (a US-citizen IMG), or will you need a visa?"
    case .prelim: return "Preliminary medicine or preliminary surgery?"
    case .connectionKind:
      return "What kind: a rotation there, a faculty member who would advocate for you, family in "
        + "the area, or alumni of your school?"
    case .eventStatus:
      return "Is that behind you now, or still going on? No details needed."
    case .passMark(let score):
      return "Did your Step 2 CK of \(score) count as a pass when you sat it? The pass mark was "
        + "\(ScoreThresholds.step2FormerPassMark.value) until July 2025 and is "
        + "\(ScoreThresholds.step2PassMark.value) since. Yes or no."
    case .passedUnderMark(let score):
      return "You said you passed Step 2 CK, but \(score) is under its pass mark "
        + "(\(ScoreThresholds.step2FormerPassMark.value) until July 2025, "
        + "\(ScoreThresholds.step2PassMark.value) since; "
        + "\(AdviceCard.tag(ScoreThresholds.step2PassMark.basis.source))), so I haven't kept "
        + "the number. Was \(score) a fail? Yes or no (or tell me the passing score)."
    case .tie(let place):
      // A rotation is its own tie, named as such: "yes" here is family or school, nothing else.
      return "Do you have family in \(place), or did you go to school there? Yes or no."
    case .observed:
      return PersonalAnswer.observershipNote + ". Any other connection: a rotation there, a "
        + "faculty member who would speak for you, family in the area, alumni? Or none."
    case .listedCutoff(let programs):
      return "Is \(programs) one of the programs you are aiming at? If so, I'll count a stated "
        + "minimum you don't meet. Yes or no."
    case .advocate:
      return "Besides that, would a faculty member (an attending you worked with, a mentor) "
        + "speak up for you to a program you're applying to? Yes or no."
    case .laterAttempt(let exam):
      return "Have you passed \(exam.displayName) since, on a later attempt? Yes or no."
    case .addConnection(let connection, let place):
      let named = place.map { "\(connection.displayName) in \($0)" } ?? connection.displayName
      return "Shall I count \(named) among your connections? Yes or no."
    case .offeredHelp:
      return "Will they speak up for you to a program you're applying to (a call or an email to "
        + "its program director)? I count an advocate only when someone will. Yes or no."
    case .feedbackAsHook:
      return "Was that from a program you're applying to, where you rotated? Strong feedback "
        + "after a rotation there counts as a program-specific hook. Yes or no."
    case .languageAsHook(let language):
      return
        "Do you speak \(named(language)) yourself, well enough to use it with patients? A language "
        + "a program's patients need counts as a program-specific hook. Yes or no."
    case .hookAgain:
      return "You told me earlier you have no strong program-specific hook. Does this count as "
        + "one for the programs you want (a language their patients need, a past career they "
        + "value)? Yes or no."
    case .strongEnough:
      return "What counts here is strong work: would your evaluators' comments read as strong "
        + "(standout, top of the group), or as fine? Yes for strong, no for fine."
    case .standard: return standard(question.slot)
    }
  }

  private static func standard(_ slot: Slot) -> String {
    switch slot {
    case .step1:
      return "How did Step 1 go: pass or fail, and on which attempt? (Give the score too if "
        + "yours was scored, before 2022.)"
    case .step2ck: return "And Step 2 CK: your score, or is it not taken yet or still pending?"
    case .specialty: return "Which specialty are you applying to?"
    case .applicant:
      return "Where are you graduating from: a US MD or DO school, or a school abroad? If "
        + "abroad, are you a US citizen or permanent resident?"
    case .region: return "Where do you want to train? A city, a state, or anywhere."
    case .connections:
      return "Any connections to the programs you want: a rotation there, a faculty member who "
        + "would advocate for you, family in the area, alumni? Or none."
    case .hook:
      return "Do you have a strong, program-specific hook (great feedback on a rotation there, a "
        + "language their patients need, a prior career they value)? Yes or no."
    case .cutoffUnmet:
      return "Does any program you are aiming at state a minimum score that you do not meet? "
        + "Yes or no."
    case .hardship:
      return "Was the score pulled down by a concrete event that is now resolved (say, a "
        + "test-centre problem or a family emergency)? Just yes or no; no details needed."
    case .clinicalEvidence:
      return "Since then, have you had honors or strong comments in core clerkships, strong "
        + "evaluations from clinical rotations, or strong shelf results? Yes or no."
    }
  }

  /// A shorter form, for asking again after a digression.
  package static func brief(_ question: PendingQuestion) -> String {
    guard question.kind == .standard else { return text(question) }
    switch question.slot {
    case .step1: return "How did Step 1 go?"
    case .step2ck: return "And your Step 2 CK result?"
    case .specialty: return "Which specialty?"
    case .applicant: return "US MD, US DO, or a school abroad (and your citizenship)?"
    case .region: return "Where do you want to train?"
    case .connections: return "Any connections to the programs you want?"
    case .hook: return "Any strong program-specific hook? Yes or no."
    case .cutoffUnmet: return "Does a target program state a minimum you don't meet? Yes or no."
    case .hardship: return "Was there a concrete event behind the score, now resolved? Yes or no."
    case .clinicalEvidence:
      return "Honors, strong clerkship comments or evaluations, or shelf results? Yes or no."
    }
  }

  /// What is said of an inference left unknown, not asked about: it was asked already, or its
  /// answer would change nothing in the advice.
  /// The observership's note, said once already, in short.
  private static let observershipAgain =
    "As before, I don't count the observership as a tie by itself; tell me of any other "
    + "connection."

  /// Said after a skip when every question has been asked and the plan given.
  static let nothingLeftToAsk =
    "That was my last question; /advice shows the plan as it stands. Ask me anything, or "
    + "correct an answer."

  /// What is said when the user does not know the answer to the question asked.
  static func leftOpenUnsure(_ question: PendingQuestion, profile: Profile) -> String {
    "That's fine; I'll leave \(question.topicName(in: profile)) open. You can tell me later."
  }

  static func leftOpen(_ question: PendingQuestion, askedBefore: Bool, profile: Profile) -> String {
    switch question.kind {
    case .offeredHelp, .advocate:
      "I haven't counted an advocate: I count one only when someone will speak up for you to a "
        + "program. If they promise to, tell me."
    case .strongEnough:
      "I haven't counted those results as strong; if they were honors or strong comments, "
        + "tell me."
    case .feedbackAsHook:
      "I haven't counted that feedback as a hook; if it came from a program you're applying "
        + "to, after you worked there, tell me."
    case .languageAsHook(let language):
      "I haven't counted \(named(language)) as a hook; if you speak it, tell me."
    case .hookAgain:
      "I've kept no strong hook, as you told me earlier; if this is one for the programs you "
        + "want, tell me."
    case .passedUnderMark(let score) where askedBefore:
      "As before, I've kept your pass without the \(score): it is under the pass marks I know "
        + "(\(ScoreThresholds.step2FormerPassMark.value) until July 2025, "
        + "\(ScoreThresholds.step2PassMark.value) since; "
        + "\(AdviceCard.tag(ScoreThresholds.step2PassMark.basis.source))), so I've kept the pass "
        + "without a number. The email decision waits on a score; if your report shows one at or "
        + "above the mark, tell me. I won't ask for it again."
    case .passedUnderMark: passKeptWithoutScore
    case .observed: observershipAgain
    default:
      askedBefore
        ? "As before, I've left that open (\(question.topicName(in: profile).lowercased()))."
        : "I've left that open (\(question.topicName(in: profile).lowercased())); it would not "
          + "change your "
          + "plan."
    }
  }

  /// What "no" to a confirmation leaves: nothing counted, for the advocate the ties as named,
  /// and for a pass said with a failing score the pass without that score.
  static func declined(_ question: PendingQuestion) -> String {
    switch question.kind {
    case .advocate: "OK: no faculty advocate, and the ties you named stand."
    case .passedUnderMark: passKeptWithoutScore
    case .observed: observershipAgain
    default: "OK, I won't count that."
    }
  }

  /// The pass kept, its failing score not, until the user says which was right.
  private static let passKeptWithoutScore =
    "OK: I've kept the pass, without a score; tell me your passing score when you can."

  /// Answers that would be understood, shown when one was not.
  package static func examples(_ question: PendingQuestion) -> String {
    switch question.kind {
    case .attempts: return "\"yes, first try\", \"no, second attempt\", \"it took 3 tries\""
    case .score: return "\"238\", \"I got a 241\""
    case .whichExam: return "\"Step 1\", \"Step 2 CK\""
    case .citizenship: return "\"US citizen\", \"green card\", \"I need a visa\""
    case .prelim: return "\"prelim medicine\", \"prelim surgery\""
    case .connectionKind:
      return "\"a rotation\", \"my mentor will call the PD\", \"family lives nearby\""
    case .eventStatus: return "\"it's behind me\", \"still going on\""
    case .tie: return "\"yes, my family lives there\", \"no\""
    case .addConnection: return "\"yes\", \"no\""
    case .strongEnough: return "\"yes, they were strong\", \"no, just fine\""
    case .hookAgain: return "\"yes, their patients need it\", \"no\""
    case .feedbackAsHook: return "\"yes, I rotated there\", \"no\""
    case .languageAsHook: return "\"yes, fluently\", \"no\""
    case .offeredHelp: return "\"yes, he offered\", \"no, not really\""
    case .observed: return "\"none\", \"my mentor there would call the PD\", \"family nearby\""
    case .passMark: return "\"yes, it was a pass\", \"no, I sat it after July 2025\""
    case .passedUnderMark: return "\"yes, I failed with that\", \"no, I passed with 231\""
    case .listedCutoff: return "\"yes, I'm applying there\", \"no\""
    case .advocate: return "\"yes, my sub-I attending would\", \"no\""
    case .laterAttempt: return "\"yes, on the second try\", \"no, not yet\""
    case .standard: break
    }
    switch question.slot {
    case .step1:
      return "\"passed first try\", \"failed once, passed the second time\", \"not taken yet\""
    case .step2ck:
      return "\"238\", \"failed once, then 241\", \"taking it in June\", \"waiting for my score\""
    case .specialty: return "\"internal medicine\", \"peds\", \"derm\", \"OB/GYN\""
    case .applicant:
      return
        "\"US MD\", \"DO student\", \"Caribbean school, US citizen\", \"IMG from India, need a visa\""
    case .region: return "\"Boston\", \"Massachusetts\", \"Texas or anywhere\""
    case .connections:
      return
        "\"I did an away rotation there\", \"my mentor will call the PD\", \"family lives in Worcester\", \"none\""
    case .hook, .cutoffUnmet, .hardship, .clinicalEvidence:
      return "\"yes\", \"no\", \"not sure\""
    }
  }

  /// Why the slot matters to the advice, with the source.
  package static func why(_ slot: Slot) -> (text: String, source: Source) {
    switch slot {
    case .step1:
      return (
        "A failed attempt is the first thing programs look for, and the email decision starts "
          + "there: with a failure, the question becomes whether a later exam shows a clear "
          + "rebound.", .flowchart
      )
    case .step2ck:
      return (
        "Step 2 CK now carries most of the weight. Its score decides whether you clear programs' "
          + "screens, whether a failure has been answered by a rebound, and whether it is your "
          + "redemption exam still to come.", .redemptionExam
      )
    case .specialty:
      return (
        "How much a low score matters depends on the specialty: extremely for dermatology, "
          + "plastics and ortho, much less for family medicine, pediatrics, psychiatry and "
          + "pathology. It also sets the score that counts as above many programs' cutoffs.",
        .realityCheck
      )
    case .applicant:
      return (
        "IMGs face more filters and should email less, not more, and only where they have a "
          + "real connection; the application count and the visa question depend on it too.",
        .faqIMG
      )
    case .region:
      return (
        "If you are aiming at Boston or Massachusetts, the strategy changes: Massachusetts first, "
          + "Boston later, with community programs outside the city and a list spread across "
          + "states.", .massachusettsFirst
      )
    case .connections:
      return (
        "Who speaks for you matters most: a trusted faculty member calling the program director "
          + "rates 95 against 40 for your own targeted email and 5 for a generic one. Ties also "
          + "pick the few programs worth writing to.", .channel
      )
    case .hook:
      return (
        "Below a program's usual range, a strong program-specific hook is what makes a short "
          + "email worth sending; without one, silence is better.",
        .whenToEmail
      )
    case .cutoffUnmet:
      return (
        "A stated cutoff you miss is usually an automatic screen that no email gets past: you "
          + "would write there only with a strong hook.", .snapshot
      )
    case .hardship:
      return (
        "A concrete, non-chronic event that is now over is context worth a brief mention to a few "
          + "programs; I only need to know whether there was one, never the details.",
        .whenToEmail
      )
    case .clinicalEvidence:
      return (
        "After a failure, whether a later score reads as a clear rebound is a judgement call; the "
          + "email article pairs its example with strong clerkship comments. Honors, strong "
          + "comments or shelf results tip a middling Step 2 CK toward a brief email.",
        .whenToEmail
      )
    }
  }

  /// A language as it is written ("arabic" → "Arabic").
  private static func named(_ language: String) -> String {
    language.prefix(1).uppercased() + language.dropFirst()
  }
}
