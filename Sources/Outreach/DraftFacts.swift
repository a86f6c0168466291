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
  var feature: String {
    request.feature?.nonEmpty ?? "[one specific thing about the program that draws you]"
  }
  var name: String { request.name?.nonEmpty ?? "[Your Name]" }
  var specialty: String { profile.specialty?.displayName ?? "[your specialty]" }

  /// Who is applying, as a phrase after "I am applying in Internal Medicine"; empty when the
  /// applicant type is not known, so the draft never guesses it.
  var applicantClause: String {
    switch profile.applicant {
    case .usMD?: " from a US MD school"
    case .usDO?: " from a US DO school"
    case .usIMG?: " as a US citizen or permanent resident from an international medical school"
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
  private var failedExam: Exam? {
    Exam.allCases.first { profile[$0].hasFailure == true }
  }

  private var ck: Int? { profile.step2ck.score }

  /// The profile shows something about the scores worth addressing.
  var hasConcern: Bool {
    if failedExam != nil { return true }
    guard let ck, let specialty = profile.specialty else { return false }
    return ck < ScoreThresholds.benchmarks(for: specialty).screeningFloor.value
      || profile.cutoffUnmet == true
  }

  /// The score, acknowledged once and without drama.
  var acknowledgment: String {
    if let exam = failedExam {
      let attempts = profile[exam].attempts ?? 2
      return attempts > 2
        ? "My application shows that \(exam.displayName) took me \(attempts) attempts."
        : "My application shows that I did not pass \(exam.displayName) on my first attempt."
    }
    if profile.cutoffUnmet == true, let ck {
      return "I know my Step 2 CK score of \(ck) is below the minimum your program lists."
    }
    if profile.hardship == .resolved {
      let score = ck.map { "score of \($0)" } ?? "result"
      return "My Step 2 CK \(score) came during [an acute event, in a few neutral words] that "
        + "is now fully resolved, and it is lower than the rest of my record."
    }
    if let ck {
      return "My Step 2 CK score of \(ck) is below the range your program usually sees."
    }
    return "My board scores are below the range your program usually sees."
  }

  /// Three to five sentences of evidence, each about a strength: the later result, the change
  /// made, a concrete strength, the connection or hook, the evaluations. With the interest,
  /// the acknowledgment and the thanks the email is 6-8 sentences, at least half strengths.
  func evidence(hook: Bool) -> [String] {
    var sentences: [String] = []
    if let exam = failedExam, let ck, profile.step2ck.outcome == .pass {
      let passed = exam == .step2ck ? "I then passed Step 2 CK" : "I passed \(passedOn(exam))"
      sentences.append(
        exam == .step2ck
          ? "After rebuilding how I study, \(passed) with a \(ck)."
          : "After rebuilding how I study, \(passed) and went on to score \(ck) on Step 2 CK.")
    }
    if failedExam != nil {
      sentences.append(
        "I changed my approach with [the concrete change: a learning specialist, a new study "
          + "method], and it has held since.")
    } else {
      sentences.append(
        "My more recent results, including [your strongest: a shelf exam, a sub-internship], "
          + "show the level I work at every day.")
    }
    sentences.append(
      "[One concrete strength: honors in a core clerkship, a strong evaluation, a project.]")
    if profile.has(.rotation) == true {
      sentences.append(
        "I rotated with your team and would welcome the chance to build on that work.")
    } else if profile.has(.facultyAdvocate) == true {
      sentences.append("Dr [Faculty Name] has offered to speak about my clinical work.")
    } else if hook || profile.hook == true {
      sentences.append(
        "[Your hook in one sentence: the language your patients speak, a prior career, "
          + "research the program values.]")
    }
    sentences.append(
      "My clinical evaluations describe the steady, reliable work I would bring to your team.")
    return sentences
  }

  /// "on my second attempt", "on my third attempt".
  private func passedOn(_ exam: Exam) -> String {
    let attempts = profile[exam].attempts ?? 2
    let ordinals = [2: "second", 3: "third", 4: "fourth", 5: "fifth"]
    return "\(exam.displayName) on my \(ordinals[attempts] ?? "next") attempt"
  }

  /// For the brief and the statement: what happened.
  var storyHappened: String {
    if let exam = failedExam {
      let failures = max((profile[exam].attempts ?? 2) - 1, 1)
      return failures > 1
        ? "I did not pass \(exam.displayName) on my first \(failures) attempts."
        : "I did not pass \(exam.displayName) on my first attempt."
    }
    if let ck { return "My Step 2 CK score of \(ck) was lower than I wanted." }
    return "My board scores were lower than I wanted."
  }

  /// For the brief and the statement: what changed, with the result that shows it.
  var storyChanged: String {
    if let exam = failedExam, let ck, profile.step2ck.outcome == .pass {
      return "I responded by [the concrete change: a learning specialist, a new study method], "
        + (exam == .step2ck
          ? "and passed Step 2 CK with a \(ck)."
          : "passed \(passedOn(exam)) and scored \(ck) on Step 2 CK.")
    }
    return "I responded by [the concrete change: a learning specialist, a new study method], and "
      + "my clinical evaluations since then show it."
  }
}

extension String {
  /// The string, or nil when it holds only white space.
  var nonEmpty: String? {
    allSatisfy(\.isWhitespace) ? nil : self
  }
}
