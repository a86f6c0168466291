package import AdvisorCore

/// One problem found in a draft email.
package struct Finding: Sendable, Hashable {
  package enum Severity: String, Sendable, Hashable {
    case error
    case warning
  }

  /// The check's id (`apology`, `subject-line`).
  package var check: String
  package var severity: Severity
  /// 1-based line of the draft.
  package var line: Int
  /// The words that tripped the check.
  package var words: String
  /// Why it hurts, in the project's words.
  package var why: String
  package var source: Source
  package var fix: String
  /// How many further lines have the same finding: a long paste is reported by its first few
  /// lines and a count, not line by line.
  package var moreLines = 0
}

/// A check of a draft, as the articles' rules say.
struct DraftCheck: Sendable {
  let id: String
  let severity: Finding.Severity
  let source: Source
  let why: String
  let fix: String
  let find: @Sendable (DraftText) -> [(line: Int, words: String)]

  /// One finding per line, the words of every match on it joined once each; past the first
  /// few lines, a count of the rest.
  func findings(in draft: DraftText) -> [Finding] {
    var lines: [Int] = []
    // While the matches come in line order (most drafts), a line is new when it is past the
    // last one, with no set; the set is made only once a match comes back to an earlier line.
    var seen: Set<Int>?
    // Only the lines shown are quoted, by their place in `lines`: the words of the rest are
    // not kept.
    var words: [[String]] = []
    for match in find(draft) {
      if seen == nil, let last = lines.last, match.line < last { seen = Set(lines) }
      if seen?.insert(match.line).inserted ?? (match.line != lines.last) {
        lines.append(match.line)
      }
      if let shown = lines.prefix(Self.shownLines).firstIndex(of: match.line) {
        if shown == words.count { words.append([]) }
        words[shown].append(match.words)
      }
    }
    var findings = zip(lines, words).map {
      Finding(
        check: id, severity: severity, line: $0, words: Self.bounded($1), why: why,
        source: source, fix: fix)
    }
    if lines.count > Self.shownLines {
      findings[findings.count - 1].moreLines = lines.count - Self.shownLines
    }
    return findings
  }

  /// As many lines as a good email has sentences; past them, a count.
  static let shownLines = 8

  /// The words found, each once (ignoring case), at most a few and each of a bounded length.
  static func bounded(_ found: [String]) -> String {
    var seen = Set<String>()
    var words: [String] = []
    for piece in found where seen.insert(piece.lowercased()).inserted {
      words.append(piece.count > 120 ? piece.prefix(119) + "\u{2026}" : piece)
    }
    let shown = words.prefix(5).joined(separator: ", ")
    return words.count > 5 ? shown + " and \(words.count - 5) more" : shown
  }
}

/// A checked draft: the findings, and what each body sentence was counted as.
package struct DraftReview: Sendable, Hashable {
  /// A body sentence and its kind.
  package struct Sentence: Sendable, Hashable {
    /// The line it starts on.
    package var line: Int
    package var text: String
    package var kind: SentenceKind
  }

  /// Every finding, in line order; errors make `advisor email check` exit 1.
  package var findings: [Finding]
  /// The body's sentences, without subject, greeting, sign-off, name or ID lines.
  package var sentences: [Sentence]
  /// Whether the draft has a `Subject:` line.
  package var hasSubject: Bool

  /// How many body sentences are of `kind`.
  package func count(_ kind: SentenceKind) -> Int {
    sentences.count { $0.kind == kind }
  }

  /// Whether a finding is an error.
  package var hasErrors: Bool { findings.contains { $0.severity == .error } }
}

/// Checks a draft email against every rule.
package enum DraftChecker {
  /// The ids of every check, in the order they run.
  package static var checkIDs: [String] { checks.map(\.id) }

  /// Every finding, in line order; errors make `advisor email check` exit 1.
  package static func check(_ text: String) -> [Finding] {
    review(text).findings
  }

  /// The findings and the body's sentences with their kinds; linear in the draft's length.
  package static func review(_ text: String) -> DraftReview {
    let draft = DraftText(text)
    let findings = checks.enumerated().flatMap { order, check in
      check.findings(in: draft).map { (order, $0) }
    }
    .sorted { ($0.1.line, $0.0) < ($1.1.line, $1.0) }
    .map(\.1)
    return DraftReview(
      findings: findings,
      sentences: zip(draft.bodySentences, draft.kinds).map {
        DraftReview.Sentence(line: $0.line, text: $0.text, kind: $1)
      }, hasSubject: draft.subject != nil)
  }

  static let checks: [DraftCheck] = [
    DraftCheck(
      id: "placeholder", severity: .error, source: .goodEmail,
      why: "A template slot left in tells the program it received a form letter.",
      fix: "Replace every bracketed slot with the real detail, or delete the sentence.",
      find: { $0.matches(patterns: DraftText.placeholders) }),
    DraftCheck(
      id: "subject-line", severity: .error, source: .mistakes,
      why: "A subject line that names the score or the failure makes the weakness the headline.",
      fix:
        "Use a neutral subject: \"Application to [Program]: [Your Name], [specialty] applicant\".",
      find: { draft in
        guard let subject = draft.subject else { return [] }
        // The words from the first that names the score to the last, as written: "Failed
        // Step 2 CK 241".
        let named = subject.words.indices.filter { subject.words[$0].text.isScoreNumber }
        let ranges = Phrases.subject.matches(in: subject.words).map(\.range)
        guard let first = (ranges.map(\.lowerBound) + named).min(),
          let last = (ranges.map(\.upperBound) + named.map { $0 + 1 }).max()
        else { return [] }
        return [(subject.line, DraftWord.quote(subject.words[first..<last], in: subject.text))]
      }),
    DraftCheck(
      id: "length", severity: .error, source: .closingExercise,
      why: "A long email reads as anxious; 6 to 8 sentences is the most a program director "
        + "should have to read, each of them short.",
      fix: "Write 6 to 8 short sentences: interest, the score once, the evidence, thanks.",
      find: { draft in
        let sentences = draft.bodySentences
        guard !sentences.isEmpty else {
          let last = draft.layout.lines.last { $0.role != .blank }
          return [(last?.number ?? 1, "no sentences in the body")]
        }
        let long = sentences.filter { $0.wordCount > DraftText.longestSentence }.map {
          ($0.line, "a sentence of \($0.wordCount) words")
        }
        return sentences.count > 8
          ? [(sentences[8].line, "\(sentences.count) sentences")] + long : long
      }),
    DraftCheck(
      id: "apology", severity: .error, source: .goodEmail,
      why: "The email is not there to apologize or to relitigate the exam; an apology makes the "
        + "score the subject.",
      fix: "State the score once, factually, and move to what you did about it.",
      find: { $0.matches(.apology) }),
    DraftCheck(
      id: "excuses", severity: .error, source: .whenNotToEmail,
      why: "\"It was a hard exam\" adds nothing new; every anxious email says it.",
      fix: "Give context only if it is concrete and over, and then the evidence of change.",
      find: { $0.matches(.excuses) }),
    DraftCheck(
      id: "empty-promise", severity: .error, source: .whenNotToEmail,
      why: "Promises to do better do not change decisions: programs weigh evidence, not "
        + "intentions.",
      fix: "Replace the promise with evidence: a later score, an evaluation, a result.",
      find: { $0.matches(.emptyPromise) }),
    DraftCheck(
      id: "health-details", severity: .error, source: .mistakes,
      why: "Health, mental-health and family-crisis details are sensitive and do not belong in "
        + "an email to a program.",
      fix: "Leave them out; if a concrete, resolved event matters, one neutral clause is enough.",
      find: { $0.health.errors }),
    DraftCheck(
      id: "resolved-event", severity: .warning, source: .whenToEmail,
      why: "Context about a personal event helps only as one neutral clause that says it is "
        + "over; a longer account, or the condition's name, starts to overshare.",
      fix: "Keep it to one neutral clause, such as \"an acute event that is now fully "
        + "resolved\", without naming the condition or the person.",
      find: { $0.health.warnings }),
    DraftCheck(
      id: "desperation", severity: .error, source: .goodEmail,
      why: "Sounding desperate turns a risk signal into a red flag.",
      fix: "Write as a colleague asking for consideration: calm, brief, specific.",
      find: { draft in
        draft.matches(.desperation) + draft.matches(patterns: DraftText.shouting)
      }),
    DraftCheck(
      id: "therapist", severity: .warning, source: .mistakes,
      why: "A program director is a future employer, not a therapist: feelings about the exam "
        + "take space from your strengths.",
      fix: "Keep to facts and evidence; leave out how the exam made you feel.",
      find: { $0.matches(.therapist) }),
    DraftCheck(
      id: "mass-email", severity: .warning, source: .mistakes,
      why: "Signs of a mass email (a generic greeting, no program named) make every email on "
        + "your list count for less.",
      fix: "Address the program director by name and give one program-specific reason.",
      find: { $0.matches(.massEmail) }),
    DraftCheck(
      id: "score-over-strengths", severity: .error, source: .closingExercise,
      why: "At least half of the email should be about your strengths (evaluations, honors, "
        + "skills, fit, what you bring), not about your score; closing thanks are not counted.",
      fix: "Say the score once; give the other sentences to evaluations, fit and what you offer.",
      find: { draft in
        // Closing courtesies are not weighed: the balance is of what the email says about you.
        // Counted on the kinds alone (a strength or the score is weighed), with no array of
        // the weighed sentences: a paste may have thousands.
        let kinds = draft.kinds
        let weighed = kinds.count { $0.isWeighed }
        let strengths = kinds.count { $0 == .strength }
        guard strengths * 2 < weighed,
          let first = kinds.firstIndex(of: .score) ?? kinds.firstIndex(where: { $0.isWeighed })
        else { return [] }
        let scores = kinds.count { $0 == .score }
        return [
          (
            draft.bodySentences[first].line,
            "\(strengths) of \(weighed) sentence\(weighed == 1 ? "" : "s") about "
              + "your strengths, \(scores) about the score"
          )
        ]
      }),
  ]
}

/// The phrases the checks look for: the subject's as a list of its own, the others as the
/// phrases of the lists merged in ``SentenceLists``.
enum Phrases {
  static let subject = PhraseList([
    "score*", "fail", "failure", "failed", "step", "usmle", "ck", "low", "explanation",
    "explain", "exam", "board", "boards",
  ])

  static let apology = [
    "i apologize", "i apologise", "apologies", "sorry", "i regret", "forgive me",
    "please excuse", "my apologies", "to bother you", "bothering you", "for taking your time",
    "for wasting", "regret", "regrets", "forgive my", "please forgive", "excuse my",
  ]

  static let excuses = [
    "exam was difficult", "exam was hard", "test was hard", "test was difficult",
    "studied hard but", "bad day", "unfair", "not my fault", "just unlucky", "was not fair",
    "the questions were", "did not test what", "looks bad but", "does not reflect",
    "not reflective of", "on test day", "test day", "anxious", "nervous", "ran out of time",
    "could not sleep", "fluke", "did not prepare", "not prepare us", "poorly prepared",
    "could not focus", "could not concentrate", "unable to focus", "unable to concentrate",
    "too distracted",
    "more than a number", "more than just a number", "just a number", "more than my score",
    "does not define", "do not define", "not define me", "not a good test taker",
    "bad test taker", "affected my perform*", "affected my score*", "affected my exam*",
    "affected my result*", "affected my stud*", "affected my prep*", "affects my perform*",
    "impacted my perform*", "impacted my score*", "impacted my exam*", "impacted my stud*",
    "hurt my perform*", "hurt my score*", "my performance suffered", "toll on my perform*",
    "toll on my stud*", "interfered with my stud*", "interfered with my prep*",
    "perform at my best", "perform to my potential",
  ]

  static let emptyPromise = [
    "if given a chance", "i promise", "given the chance", "i know i can do better",
    "if given the opportunity", "i will prove", "i will work harder", "i can do better",
    "prove myself", "never let you down", "not let you down", "let you down", "i guarantee",
    "guarantee", "i assure you", "i will pass every", "i will not fail", "i will never fail",
    "will exceed your expectations", "i will do better", "i will do much better",
    "i will do even better", "i am going to do better", "i will be better", "i will try harder",
  ]

  static let desperation = [
    "desperate", "begging", "i beg", "please please", "any chance", "anything at all",
    "last chance", "really need this", "my only hope", "i am pleading", "any opportunity",
    "give me a chance", "please consider me", "just one chance", "a chance to prove",
    "do anything", "anything for an interview", "last hope", "only hope",
    "someone to believe in me", "anyone to believe in me",
    "take a chance on me", "need this interview", "need this position", "beg you",
    "please do not screen me out", "please dont screen me out", "do not screen me out",
  ]

  static let therapist = [
    "i have been struggling", "i feel", "i felt", "it has been hard for me", "devastated",
    "heartbroken", "ashamed", "embarrassed", "devastating", "cried", "crying", "in tears",
    "broke down", "crushed", "traumatic", "traumatized", "humiliating",
    "humiliated",
  ]

  static let massEmail = [
    "to whom it may concern", "dear program director", "dear sir or madam", "dear sir madam",
    "dear sir", "esteemed program", "your esteemed", "dear residency program",
    "dear selection committee", "the program directors of", "program directors of all",
    "all program directors", "many programs", "all programs",
    "every program", "each program", "numerous programs", "several programs", "programs this cycle",
    "dear program directors", "dear all",
  ]
}

extension String {
  /// A three-digit number in the range of a Step score ("241").
  var isScoreNumber: Bool {
    count == 3 && allSatisfy(\.isNumber) && Int(self).map { (150...300).contains($0) } == true
  }
}
