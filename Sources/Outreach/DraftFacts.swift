import AdvisorCore

/// The profile's facts as the phrases a draft needs; unknown ones become placeholders.
struct DraftFacts {
  let request: DraftRequest
  private var profile: Profile { request.profile }

  init(_ request: DraftRequest) {
    self.request = request
  }

  var program: String { request.program?.nonEmpty ?? "[Program Name]" }
  var director: String { request.director?.nonEmpty ?? "[Last Name]" }
  /// What draws the user to the program; with a tie on record, the tie is named first, since
  /// it is the reason to write at all (where and who it is are the user's words).
  var feature: String {
    if let feature = request.feature?.nonEmpty { return feature }
    // A tie's place is the program's area only when its name says so; else the place is the
    // condition for keeping the phrase (a tie to Miami is none to a program in Texas).
    let places = profile.connectionPlaces[.geographicTie]?.joinedAsList(conjunction: "or")
    let area =
      places.map { request.programPlaceKnown ? $0 : "the area, if the program is near \($0)" }
      ?? "the area"
    let tie =
      profile.has(.geographicTie) == true
      ? "your tie to \(area) (in a few words: who or what ties you there) and "
      : profile.has(.alumni) == true ? "who from your school trained there and " : ""
    return "[\(tie)one specific thing about the program that draws you]"
  }
  var name: String { request.name?.nonEmpty ?? "[Your Name]" }
  var specialty: String { profile.specialty?.displayName ?? "[your specialty]" }

  /// Who is applying, as a phrase after "I am applying in Internal Medicine"; empty when the
  /// applicant type is not known, so the draft never guesses it.
  var applicantClause: String {
    switch profile.applicant {
    case .usMD?: " from a US MD school"
    case .usDO?: " from a US DO school"
    case .usIMG?: " as a US citizen from an international medical school"
    case .nonUSIMG?: " as an international medical graduate"
    case nil: ""
    }
  }

  /// A short tag for the subject line, never the score.
  var applicantTag: String {
    switch profile.applicant {
    case .usMD?: "US MD applicant"
    case .usDO?: "US DO applicant"
    case .usIMG?: "US IMG applicant"
    case .nonUSIMG?: "IMG applicant"
    case nil: "\(specialty) applicant"
    }
  }

  /// The exam with a failure on record, if any.
  private var failedExam: Exam? { failedExams.first }

  /// Every exam with a failure on record, in order (Step 1, then Step 2 CK).
  private var failedExams: [Exam] {
    Exam.allCases.filter { profile[$0].hasFailure == true }
  }

  /// The exams whose latest result is still a fail: their retake is ahead.
  private var retakesAhead: [Exam] { failedExams.filter { profile[$0].outcome == .fail } }

  private var ck: Int? { profile.step2ck.score }

  /// The score in one sentence, without drama: the failure or the low score, and the later
  /// result that answers it. Only what the profile says: a pass is never assumed.
  var acknowledgment: String {
    if let exam = failedExams.last {
      // Every failure on record, the latest result last (tester Dev: a failed Step 2 CK was
      // left out beside a Step 1 failure).
      let records = failedExams.map(failureRecord).joined(separator: "; ")
      return "My application shows that \(records)\(laterResult(after: exam))."
    }
    if profile.cutoffUnmet == true, let ck {
      return "I know my Step 2 CK score of \(ck) is below the minimum your program lists."
    }
    if let ck {
      return "My Step 2 CK score of \(ck) is below the range your program usually sees."
    }
    return "My board scores are below the range your program usually sees."
  }

  /// What the placeholder for steady evidence suggests: not honors or shelf results the user
  /// has said they lack.
  var steadyEvidencePlaceholder: String {
    profile.clinicalEvidence == false
      ? "one piece of steady evidence: consistent evaluations, a role or project you carried"
      : "one piece of steady evidence: honors in a core clerkship, strong shelf results, "
        + "consistent evaluations"
  }

  /// The one neutral clause the article allows about an event that is over, when the profile
  /// says it is resolved; an ongoing one is left out, since the article's case for context is
  /// an event that is not ongoing.
  var resolvedContext: String? {
    guard profile.hardship == .resolved else { return nil }
    // After a failure, named as the failure, so that it never reads as the later result's:
    // "that result" after "scored 228 on Step 2 CK" would put the event on the wrong exam.
    // Which sitting the event hit is the applicant's to say: the profile does not record it.
    let result =
      failedExam == nil ? "That result" : "[Which sitting: my first one, or the one you name]"
    return "\(result) came during [an acute event, in a few neutral words] that is now fully "
      + "resolved."
  }

  /// "I did not pass Step 1 on my first attempt; I passed it on my second attempt",
  /// "I passed Step 1 on my third attempt", "I did not pass Step 1 on my first two attempts".
  private func failureRecord(_ exam: Exam) -> String {
    let result = profile[exam]
    let attempts = result.attempts ?? 2
    if result.outcome == .pass {
      return attempts > 2
        ? "I passed \(exam.displayName) on my \(Self.ordinal(attempts)) attempt"
        : "I did not pass \(exam.displayName) on my first attempt; I passed it on my second "
          + "attempt"
    }
    return notPassed(exam)
  }

  /// "I did not pass Step 1 on my first attempt", "... on my first two attempts": the failures
  /// on record, a fail outcome counting every attempt and a pending one all but the last.
  private func notPassed(_ exam: Exam) -> String {
    let result = profile[exam]
    // A failed exam's record: at least the one failure that makes it so.
    let failures = max(result.failedAttempts, 1)
    return failures > 1
      ? "I did not pass \(exam.displayName) on my first \(Self.cardinal(failures)) attempts"
      : "I did not pass \(exam.displayName) on my first attempt"
  }

  /// " and scored 241 on Step 2 CK", " with a 238" (Step 2 CK passed on a retake), or nothing.
  private func laterResult(after exam: Exam) -> String {
    guard let ck, profile.step2ck.outcome == .pass else { return "" }
    if exam == .step2ck {
      return profile.step2ck.attempts.map { $0 > 1 } == true ? " with a \(ck)" : ""
    }
    return profile[exam].outcome == .pass
      ? " and scored \(ck) on Step 2 CK" : ", and I scored \(ck) on Step 2 CK"
  }

  private static func ordinal(_ number: Int) -> String {
    [2: "second", 3: "third", 4: "fourth", 5: "fifth"][number] ?? "next"
  }

  private static func cardinal(_ number: Int) -> String {
    [2: "two", 3: "three", 4: "four", 5: "five"][number] ?? String(number)
  }

  /// Three to five sentences of evidence, each about a strength: the change made or the recent
  /// results, a concrete strength, the connection or hook, one more strength. With the
  /// interest, the score, the context of a resolved event and the thanks the email is 6-8
  /// sentences, at least half of those weighed about strengths. Nothing is claimed that the
  /// profile does not hold: what only the user can say is a bracketed placeholder.
  func evidence(hook: Bool) -> [String] {
    var sentences: [String] = []
    if let exam = failedExam {
      // That the change held is shown only by a later pass the draft has just named.
      let held =
        laterResult(after: exam).isEmpty ? "[the result that shows it held]" : "it has held since"
      sentences.append(
        "I changed my approach with [the concrete change: a learning specialist, a new study "
          + "method], and \(held).")
    } else {
      sentences.append(
        "My more recent results, including [your strongest: a shelf exam, a sub-internship], "
          + "show the level I work at every day.")
    }
    sentences.append(
      strongResults
        ?? "[One concrete strength: honors in a core clerkship, a strong evaluation, a project.]")
    if profile.has(.rotation) == true {
      // The profile says a rotation was done, and at most where, not at which program: the
      // sentence is the user's to keep only where it is true.
      let only =
        profile.connectionPlaces[.rotation].map {
          "[Only for the program in \($0.joinedAsList(conjunction: "or")) where you rotated:]"
        }
        ?? "[Only if you rotated at this program:]"
      sentences.append(
        only + " I rotated with your team and would welcome the chance to build on that work.")
    } else if profile.has(.facultyAdvocate) == true {
      sentences.append("Dr. [Faculty Name] has offered to speak about my clinical work.")
    } else if hook || profile.hook == true {
      sentences.append(
        "[Your hook in one sentence: the language your patients speak, a prior career, "
          + "research the program values.]")
    }
    sentences.append(
      profile.clinicalEvidence == true
        ? "[One more strength: a project, a role you carried, a letter writer's words.]"
        : "[Only if your evaluations say so:] My clinical evaluations describe the steady, "
          + "reliable work I would bring to your team.")
    return sentences
  }

  /// The climb from a scored Step 1 to Step 2 CK, in the numbers the profile holds.
  var climb: String {
    guard let step1 = profile.step1.score, let ck else {
      return "My Step 2 CK score is well above my Step 1 score."
    }
    return "My Step 2 CK score of \(ck), up from \(step1) on Step 1, shows how my preparation "
      + "changed."
  }

  /// For the brief and the statement: what happened.
  /// Strong clinical results, on record as a yes: which ones is the user's to name.
  var strongResults: String? {
    guard profile.clinicalEvidence == true else { return nil }
    return "My clinical results\(failedExam == nil ? "" : " since then") have been strong: "
      + "[name them: honors in a core clerkship, strong comments, shelf scores]."
  }

  /// The same results as a phrase ("... in Emergency Medicine with strong clinical results"),
  /// or nothing when none are on record.
  var withStrongResults: String {
    guard profile.clinicalEvidence == true else { return "" }
    return " with strong clinical results\(failedExam == nil ? "" : " since then") [name them: "
      + "honors in a core clerkship, strong comments, shelf scores]"
  }

  var storyHappened: String {
    // One sentence however many exams failed: the statement's paragraph keeps to 3-5.
    if !failedExams.isEmpty {
      return failedExams.enumerated().map { index, exam in
        index == 0 ? notPassed(exam) : String(notPassed(exam).dropFirst("I ".count))
      }.joined(separator: " and ") + "."
    }
    if let ck { return "My Step 2 CK score of \(ck) was lower than I wanted." }
    return "My board scores were lower than I wanted."
  }

  /// For the brief and the statement: what changed, with the result that shows it (a pass
  /// only when the profile records one).
  var storyChanged: String {
    let change = "I responded by [the concrete change: a learning specialist, a new study method]"
    // A retake still ahead: nothing shows the change held yet, and no pass is claimed.
    if !retakesAhead.isEmpty {
      let exams = retakesAhead.map(\.displayName).joinedAsList()
      return change + ", and [what shows it so far: practice scores, evaluations; the "
        + "\(exams) retake is still ahead]."
    }
    if failedExams.count > 1, let ck, profile.step2ck.outcome == .pass {
      let step1 = profile.step1.attempts ?? 2
      return change + ", passed Step 1 on my \(Self.ordinal(step1)) attempt and passed Step 2 CK "
        + "with a \(ck)."
    }
    guard let exam = failedExam, let ck, profile.step2ck.outcome == .pass else {
      // Nothing on record shows the change held yet: the user names it, the draft claims none.
      let proof =
        failedExam == nil
        ? "clinical evaluations, shelf results" : "a passed retake, a later score, evaluations"
      return change + ", and [what shows it held: \(proof)]."
    }
    if exam == .step2ck { return change + ", and passed Step 2 CK with a \(ck)." }
    guard profile[exam].outcome == .pass else {
      return change + ", and scored \(ck) on Step 2 CK."
    }
    let attempts = profile[exam].attempts ?? 2
    return change + ", passed \(exam.displayName) on my \(Self.ordinal(attempts)) attempt and "
      + "scored \(ck) on Step 2 CK."
  }
}

extension String {
  /// The string, or nil when it holds only white space.
  var nonEmpty: String? {
    allSatisfy(\.isWhitespace) ? nil : self
  }
}
