public import AdvisorCore

/// One problem found in a draft email.
public struct Finding: Sendable, Hashable {
  public enum Severity: String, Sendable, Hashable {
    case error
    case warning
  }

  /// The check's id (`apology`, `subject-line`).
  public var check: String
  public var severity: Severity
  /// 1-based line of the draft.
  public var line: Int
  /// The words that tripped the check.
  public var words: String
  /// Why it hurts, in the project's words.
  public var why: String
  public var source: Source
  public var fix: String
}

/// A check of a draft, as the articles' rules say.
struct DraftCheck: Sendable {
  let id: String
  let severity: Finding.Severity
  let source: Source
  let why: String
  let fix: String
  let find: @Sendable (DraftText) -> [(line: Int, words: String)]

  /// One finding per line, the words of every match on it joined.
  func findings(in draft: DraftText) -> [Finding] {
    var byLine: [(line: Int, words: [String])] = []
    for match in find(draft) {
      if let index = byLine.firstIndex(where: { $0.line == match.line }) {
        byLine[index].words.append(match.words)
      } else {
        byLine.append((match.line, [match.words]))
      }
    }
    return byLine.map {
      Finding(
        check: id, severity: severity, line: $0.line, words: $0.words.joined(separator: ", "),
        why: why, source: source, fix: fix)
    }
  }
}

/// Checks a draft email against every rule.
public enum DraftChecker {
  /// The ids of every check, in the order they run.
  public static var checkIDs: [String] { checks.map(\.id) }

  /// Every finding, in line order; errors make `advisor email check` exit 1.
  public static func check(_ text: String) -> [Finding] {
    let draft = DraftText(text)
    return checks.flatMap { $0.findings(in: draft) }.sorted {
      ($0.line, checkIDs.firstIndex(of: $0.check) ?? 0) < (
        $1.line, checkIDs.firstIndex(of: $1.check) ?? 0
      )
    }
  }

  static let checks: [DraftCheck] = [
    DraftCheck(
      id: "placeholder", severity: .error, source: .goodEmail,
      why: "A template slot left in tells the program it received a form letter.",
      fix: "Replace every bracketed slot with the real detail, or delete the sentence.",
      find: { $0.matches(patterns: ["[", "<", "xxx", "todo", "program name", "insert "]) }),
    DraftCheck(
      id: "subject-line", severity: .error, source: .mistakes,
      why: "A subject line that names the score or the failure makes the weakness the headline.",
      fix:
        "Use a neutral subject: \"Application to [Program]: [Your Name], [specialty] applicant\".",
      find: { draft in
        guard let subject = draft.subject else { return [] }
        let words = [
          "score", "fail", "failure", "failed", "step", "usmle", "ck", "low", "explanation",
          "explain", "exam", "board",
        ]
        let lowered = subject.text.lowercased()
        let hits = words.filter { DraftText.containsWord($0, in: lowered) }
        return hits.isEmpty ? [] : [(subject.line, hits.joined(separator: ", "))]
      }),
    DraftCheck(
      id: "length", severity: .error, source: .closingExercise,
      why: "A long email reads as anxious; 6 to 8 sentences is the most a program director "
        + "should have to read.",
      fix: "Cut to 8 sentences or fewer: interest, the score once, the evidence, thanks.",
      find: { draft in
        draft.bodySentences.count > 8
          ? [(draft.bodySentences[8].line, "\(draft.bodySentences.count) sentences")] : []
      }),
    DraftCheck(
      id: "apology", severity: .error, source: .goodEmail,
      why: "The email is not there to apologize or to relitigate the exam; an apology makes the "
        + "score the subject.",
      fix: "State the score once, factually, and move to what you did about it.",
      find: {
        $0.matches(phrases: [
          "i apologize", "i apologise", "apologies", "sorry", "i regret", "forgive me",
          "please excuse", "my apologies", "to bother you", "bothering you", "for taking your time",
          "for wasting",
        ])
      }),
    DraftCheck(
      id: "excuses", severity: .error, source: .whenNotToEmail,
      why: "\"It was a hard exam\" adds nothing new; every anxious email says it.",
      fix: "Give context only if it is concrete and over, and then the evidence of change.",
      find: {
        $0.matches(phrases: [
          "exam was difficult", "exam was hard", "test was hard", "test was difficult",
          "studied hard but", "bad day", "unfair", "not my fault", "just unlucky", "was not fair",
          "the questions were", "did not test what", "looks bad, but", "looks bad but",
          "does not reflect", "doesn't reflect", "not reflective of", "on test day",
          "test day", "anxious", "nervous", "ran out of time", "could not sleep",
        ])
      }),
    DraftCheck(
      id: "empty-promise", severity: .error, source: .whenNotToEmail,
      why: "Promises to do better do not change decisions: programs weigh evidence, not "
        + "intentions.",
      fix: "Replace the promise with evidence: a later score, an evaluation, a result.",
      find: {
        $0.matches(phrases: [
          "if given a chance", "i promise", "given the chance", "i know i can do better",
          "if given the opportunity", "i will prove", "i will work harder", "i can do better",
          "prove myself",
        ])
      }),
    DraftCheck(
      id: "health-details", severity: .error, source: .mistakes,
      why: "Health, mental-health and family-crisis details are sensitive and do not belong in "
        + "an email to a program.",
      fix: "Leave them out; if a concrete, resolved event matters, one neutral clause is enough.",
      find: {
        $0.matches(phrases: [
          "depression", "depressed", "anxiety", "panic", "diagnosed", "diagnosis", "illness",
          "therapy", "therapist", "medication", "adhd", "mental health", "hospitalized",
          "passed away", "died", "death", "funeral", "divorce", "miscarriage", "pregnan",
          "cancer", "grief", "grieving", "breakdown", "burnout", "burned out", "anxious",
          "in the hospital", "in hospital", "icu", "grandmother", "grandfather", "my mother",
          "my father", "my mom", "my dad", "surgery", "sick",
        ])
      }),
    DraftCheck(
      id: "desperation", severity: .error, source: .goodEmail,
      why: "Sounding desperate turns a risk signal into a red flag.",
      fix: "Write as a colleague asking for consideration: calm, brief, specific.",
      find: { draft in
        draft.matches(phrases: [
          "desperate", "begging", "i beg", "please please", "any chance", "anything at all",
          "last chance", "really need this", "my only hope", "i am pleading", "any opportunity",
          "give me a chance", "please consider me", "just one chance", "a chance to prove",
        ]) + draft.matches(patterns: ["!!"])
      }),
    DraftCheck(
      id: "therapist", severity: .warning, source: .mistakes,
      why: "A program director is a future employer, not a therapist: feelings about the exam "
        + "take space from your strengths.",
      fix: "Keep to facts and evidence; leave out how the exam made you feel.",
      find: {
        $0.matches(phrases: [
          "i have been struggling", "i feel", "i felt", "it has been hard for me", "devastated",
          "heartbroken", "ashamed", "embarrassed",
        ])
      }),
    DraftCheck(
      id: "mass-email", severity: .warning, source: .mistakes,
      why: "Signs of a mass email (a generic greeting, no program named) make every email on "
        + "your list count for less.",
      fix: "Address the program director by name and give one program-specific reason.",
      find: { draft in
        draft.matches(phrases: [
          "to whom it may concern", "dear program director", "dear sir or madam", "dear sir/madam",
          "dear sir", "esteemed program", "your esteemed", "dear residency program",
          "dear selection committee",
        ])
      }),
    DraftCheck(
      id: "score-over-strengths", severity: .error, source: .mistakes,
      why: "More sentences about the score than about your strengths make the score the story; "
        + "at least half the email should be about what you bring.",
      fix: "Say the score once; give the other sentences to evaluations, fit and what you offer.",
      find: { draft in
        let scoreSentences = draft.bodySentences.filter(\.isAboutScore)
        let others = draft.bodySentences.count - scoreSentences.count
        guard let first = scoreSentences.first, scoreSentences.count > others else { return [] }
        return [
          (
            first.line,
            "\(scoreSentences.count) of \(draft.bodySentences.count) sentences about the score"
          )
        ]
      }),
  ]
}
