import AdvisorCore

/// Reads exam results: scores in all the usual forms, outcomes, attempts, per exam.
///
/// The line is cut into clauses; each clause's outcome words and numbers belong to the exam it
/// names, or else to the exam named earlier in the line, or else to the pending exam. A score
/// that could belong to either exam while both are unknown is asked back, not guessed. What a
/// word says of an exam is declared in ``rules``.
enum ExamExtractor {
  static func read(
    _ utterance: Utterance, mentions: [Mention], context: UnderstandingContext, cues: LineCues
  ) -> Interpretation {
    var result = Interpretation()
    let tokens = utterance.tokens
    var scan = Scan(tokens, mentions: mentions, cues: cues)
    let exams = scan.exams
    var reports: [Exam: Report] = [:]
    var orphanScore: Int?  // the last score no exam takes
    var lastExam: Exam?
    var previousOutcomes: [Feature] = []
    let speaksOfRetake = utterance.containsAny(retakePhrases)
    // Its clauses are read for COMLEX only when the line names it: most lines do not.
    let namesCOMLEX = utterance.containsAny(comlexNames)
    // Read only when a sitting is named: most lines name none.
    lazy var eventLine = utterance.containsAny(CircumstanceExtractor.eventCues)

    let denied = Set(scan.numbers.values.compactMap(\.deniedScore))
    // When the line names no exam, a correction is about the exam it corrects.
    // A count of failures corrected without a number is of the exam the last turn changed
    // ("sorry, i failed it twice actually"), not the one last given a score.
    let correctsFailures =
      cues.correction && scan.numbers.isEmpty && utterance.words.contains(where: failWords.contains)
    let corrected =
      !exams.isEmpty
      ? nil
      : (correctsFailures ? context.recentExam : nil)
        ?? context.correctedExam(denying: denied, correction: cues.correction)
    let defaultExam = corrected ?? context.pendingExam
    // "sorry 3 attempts total not 2": a count of attempts corrected, no exam named, belongs to
    // the one exam whose count on record it denies.
    let countCorrected: Exam? =
      exams.isEmpty && cues.correction && utterance.words.contains(where: attemptNouns.contains)
      ? tokens.indices.lazy.compactMap { index -> Exam? in
        guard tokens[index].text == "not", let denied = tokens.dropFirst(index + 1).first?.number,
          denied < 10
        else { return nil }
        let held = Exam.allCases.filter { context.profile[$0].attempts == denied }
        return held.count == 1 ? held[0] : nil
      }.first : nil

    var aboutCOMLEX = false  // the clauses since one that named COMLEX name no Step
    var lastScoreAt: [Exam: Int] = [:]  // where each exam's last score was said
    let doubtsAnOutcome = utterance.containsAny(outcomeDoubts)
    for clause in utterance.clauses {
      scan.clause = clause
      let inClause = exams.filter { clause.contains($0.tokens.lowerBound) }
      // "failed comlex level 1 once": a clause about COMLEX alone says nothing of a Step, and
      // the clauses after it do not inherit a Step named before it; nor does one that goes on
      // about COMLEX without naming a Step ("L2 was 520 btw, passed").
      // Only within its sentence, and never over a score while a Step is asked ("i passed
      // comlex level 2 as well. 228 on the second try").
      let sentenceGoesOn = clause.lowerBound == 0 || !tokens[clause.lowerBound - 1].endsSentence
      let givesAStepScore =
        context.pendingExam != nil
        && clause.contains { tokens[$0].number.map(LineCues.scoreLike.contains) == true }
      aboutCOMLEX = aboutCOMLEX && inClause.isEmpty && sentenceGoesOn && !givesAStepScore
      if namesCOMLEX, inClause.isEmpty,
        aboutCOMLEX || utterance.part(clause).containsAny(comlexNames)
      {
        aboutCOMLEX = true
        result.mentionsCOMLEX = true
        scan.consumed.formUnion(clause)
        (lastExam, previousOutcomes) = (nil, [])
        continue
      }
      let bothExams = clause.dropLast().contains { index in
        bothWords.contains(tokens[index].text) && bothNouns.contains(tokens[index + 1].text)
      }  // "either step", "both steps", "both exams"
      lastExam = inClause.last?.exam ?? lastExam
      // "3rd try passed" while Step 2 CK is asked, with Step 1 failed twice on record: the
      // sitting after a failed exam's last is that exam's.
      let continued =
        inClause.isEmpty
        ? clause.lazy.compactMap { ordinals[tokens[$0].text] }.first.flatMap {
          context.failedExam(before: $0)
        } : nil
      var clauseOutcomes: [Feature] = []
      // "not sure if that even counts as a pass": a doubt, not a result (each clause read
      // apart only in a line that holds a doubt: few do).
      let doubted = doubtsAnOutcome && utterance.part(clause).containsAny(outcomeDoubts)
      for index in clause where !scan.consumed.contains(index) {
        guard let feature = scan.feature(at: index),
          !(doubted && (feature == .pass || feature.isFailure))
        else { continue }
        if case .denied(let value) = feature {
          result.deniedScores.append(value)
          continue
        }
        // "my dad had a stroke during my 2nd attempt": in a line about an event, a sitting in a
        // clause that gives no result is when the event happened, not a count of attempts.
        if feature.isFirstSitting != nil, eventLine,
          !clause.contains(where: { outcomeWords.contains(tokens[$0].text) })
        {
          continue
        }
        // A word belongs to the exam its clause names just before it, or to the first one when
        // it comes before them all ("238 on CK and step 1 pass").
        // "i have 224" with Step 2 CK 224 on record while Step 1 is asked: that score said
        // again, not the asked exam's.
        let restated =
          exams.isEmpty && !cues.correction
          ? feature.score.flatMap(context.exam(holding:)) : nil
        let countsAttempts = if case .attempt = feature { true } else { false }
        let named: Exam? = restated ?? (countsAttempts ? countCorrected : nil)
        let exam =
          named
          ?? (inClause.last { $0.tokens.lowerBound < index } ?? inClause.first)?.exam
          ?? (inClause.isEmpty ? lastExam : nil) ?? continued ?? defaultExam
          // "A family emergency during the first attempt": the sitting is when the event
          // happened, not a count (read only for such a sitting, which is rare).
          ?? (feature.isFirstSitting != nil && !eventLine ? context.recentExam : nil)
          ?? (speaksOfRetake ? context.failedExam() : nil)
        if feature.isOutcome { clauseOutcomes.append(feature) }
        let targets = bothExams ? Exam.allCases : exam.map { [$0] } ?? []
        if targets.isEmpty {
          if case .score(let value) = feature { orphanScore = value }
          if case .neverFailed = feature { result.neverFailed = true }
          continue
        }
        // "Never failed" is a pass on the first try.
        let said: [Feature] = feature == .neverFailed ? [.pass, .firstTry] : [feature]
        for target in targets {
          // "ck was 213 no wait 231": a score after a change of mind replaces the one before.
          if feature.score != nil, let last = lastScoreAt[target],
            (last..<index).contains(where: { Lexicon.changesMind(at: $0, in: tokens) })
          {
            reports[target]?.events.removeAll { $0.score != nil }
          }
          if feature.score != nil { lastScoreAt[target] = index }
          reports[target, default: Report()].events += said
        }
      }
      // "failed both step 1 and CK": a clause that only names an exam shares the outcome of
      // the clause before it.
      if clauseOutcomes.isEmpty, !previousOutcomes.isEmpty, !doubted,
        let exam = inClause.last?.exam, reports[exam] == nil
      {
        reports[exam] = Report(events: previousOutcomes)
      }
      if !clauseOutcomes.isEmpty { previousOutcomes = clauseOutcomes }
    }

    for exam in Exam.allCases {
      guard let report = reports[exam] else { continue }
      let prior = context.profile[exam]
      // "didn't prepare well for step 1 the first time", a failure on record: that first sitting
      // is the failed one, named, not a new count of attempts (unless the line corrects it).
      // So is a failure named without a count beside a later pass on record ("thats partly why
      // i failed").
      if prior.hasFailure == true,
        !cues.correction || utterance.containsAny(failureExplanations),
        report.events.allSatisfy({ $0 == .firstTry }) && !statesSitting(utterance, exams: exams)
          || (prior.outcome == .pass && report.namesPastFailure)
      {
        continue
      }
      if report.withdrawsScore, prior.score != nil { result.patch.clearScores.insert(exam) }
      let (step, assumptions) = report.resolve(
        exam: exam, prior: prior, correcting: cues.correction,
        deniesUnheld: !denied.isEmpty && !denied.contains(prior.score ?? -1))
      // A sitting still to come never wipes a result on record unless the line corrects it;
      // nor does a sitting said taken without its result ("took CK march 2025").
      if step.outcome == .notTaken, prior.outcome == .pass || prior.outcome == .fail,
        !cues.correction
      {
        continue
      }
      // (While the exam itself is asked about, the sitting's date answers the question.)
      if step.outcome == .pending, step.score == nil, prior.score != nil, !cues.correction,
        !report.events.contains(.pending), context.pendingExam != exam
      {
        continue
      }
      // "i failed step 1 once" with a pass on record: a passed exam is not sat again, so the
      // failures came first and the pass was the sitting after them.
      // (Not when the line takes back a pass said to be on the first try: "no sorry, i failed
      // step 1 once" is asked about; "sorry, i failed it twice actually" after "passed on the
      // second try" corrects the count.)
      if step.outcome == .fail, report.countsFailuresOnly, prior.outcome == .pass,
        prior.hasFailure == true || !cues.correction && cues.yesNo.first != false,
        let failures = step.attempts
      {
        result.patch[exam] = StepResult(outcome: .pass, score: prior.score, attempts: failures + 1)
        continue
      }
      result.patch[exam] = step
      // "failed step 1 once": a count of failures says nothing of the sitting after them, so
      // whether it was passed is asked, not assumed either way (a failure already on record
      // was asked about or said before).
      if step.outcome == .fail, report.countsFailuresOnly, prior.outcome != .fail {
        result.intents.append(.clarify(.laterAttempt(exam)))
      }
      // A score between the pass marks for a result said to be pending: the result is open
      // again, and which mark applied is asked.
      if step.outcome == nil, step.score != nil, prior.outcome == .pending {
        result.patch.clearOutcomes.insert(exam)
      }
      result.assumptions += assumptions
    }
    disownScores(utterance, exams: exams, context: context, into: &result)
    let scores = Set(scan.numbers.values.compactMap(\.score))
    if scan.numbers.count == scores.count {  // no number here but scores
      moveScore(
        utterance, exams: exams, numbers: scores, cues: cues, context: context, into: &result)
    }
    if let score = orphanScore {
      place(orphan: score, context: context, correction: cues.correction, into: &result)
    }
    if result.neverFailed { applyNeverFailed(context: context, into: &result) }
    let held = context.profile.step2ck
    // "passed ck with 210": a pass beside a score under both pass marks cannot both be right;
    // the number is held back and which is right is asked.
    if (result.patch.step2ck.outcome ?? held.outcome) == .pass,
      let score = result.patch.step2ck.score,
      ScoreThresholds.step2Outcome(ofBareScore: score) == .fail
    {
      result.patch.step2ck.score = nil
      result.intents.append(.clarify(.passedUnderMark(score)))
      // "i told u, 212" with the pass already kept without it: nothing new, but the number
      // held back again, as asked.
      if held.outcome == .pass, held.score == nil,
        [nil, held.attempts].contains(result.patch.step2ck.attempts)
      {
        result.patch.step2ck = StepResult()
      }
    }
    let ck = result.patch.step2ck
    // "241 was my practice test, real score 214": a pass or fail on record went with the old
    // score, so for a new one between the pass marks it is open again, and asked.
    let outcomeWentWithOldScore =
      held.score.map { $0 != ck.score } == true && (held.outcome == .pass || held.outcome == .fail)
    if ck.outcome == nil, [nil, .pending].contains(held.outcome) || outcomeWentWithOldScore,
      let score = ck.score, ScoreThresholds.step2Outcome(ofBareScore: score) == nil
    {
      if outcomeWentWithOldScore { result.patch.clearOutcomes.insert(.step2ck) }
      result.intents.append(.clarify(.passMark(score)))
    }
    return result
  }

  /// Whether a clause of the line names an exam and says only which sitting it was ("ck was
  /// first try").
  private static func statesSitting(_ utterance: Utterance, exams: [Mention]) -> Bool {
    let examTokens = Set(exams.flatMap(\.tokens))
    return utterance.clauses.contains { clause in
      clause.contains(where: examTokens.contains)
        && clause.allSatisfy { index in
          examTokens.contains(index) || !utterance.tokens[index].isWord
            || sittingStatementWords.contains(utterance.tokens[index].text)
        }
    }
  }

  // MARK: - Exam mentions

  /// The exams named in `tokens`, left to right, the longest name at each word ("step 2 ck",
  /// not "step 2").
  static func examMentions(_ tokens: [Utterance.Token]) -> [Mention] {
    MentionRecognizer.exams(in: tokens).taken { $0.exam != nil }
  }

  // MARK: - Features

  enum Feature: Equatable {
    /// Failures, with how many when the line counts them ("failed twice"; nil: not counted).
    case fail(count: Int?)
    /// "havent passed yet": failed, and still so; the same failure as any other the line
    /// names ("... ck is still 212 fail"), never one more.
    case stillFailing
    case pass
    case notTaken
    case pending
    case took
    case score(Int)
    /// An ordinal or count of attempts ("second try", "3 attempts").
    case attempt(Int)
    case retake
    case firstTry
    case neverFailed
    /// "pass/fail", "no score": the exam has no numeric score.
    case noScore
    /// A number said to be wrong ("239, not 229", "instead of 229").
    case denied(Int)

    var isOutcome: Bool {
      switch self {
      case .fail, .stillFailing, .pass, .notTaken, .pending: true
      default: false
      }
    }

    var score: Int? { if case .score(let value) = self { value } else { nil } }

    var isFailure: Bool { if case .fail = self { true } else { false } }

    /// Whether the feature names the first sitting (true) or a later one (false).
    var isFirstSitting: Bool? {
      switch self {
      case .firstTry: true
      case .attempt(let value): value == 1
      case .retake: false
      default: nil
      }
    }
  }

  /// The rules under each word they read, in their declared order.
  private static let rulesByWord = Dictionary(
    rules.flatMap { rule in rule.words.map { ($0, [rule]) } }, uniquingKeysWith: +)

  /// One line's feature scan: its tokens, the exams and numbers the mentions found in it, and
  /// the tokens already read.
  private struct Scan {
    let tokens: [Utterance.Token]
    /// The exams named, left to right.
    let exams: [Mention]
    /// The numbers as the mentions read them, by their first token.
    let numbers: [Int: Mention]
    var consumed: Set<Int>
    /// Where each specialty named ends ("em is still first").
    let specialtyEnds: Set<Int>
    /// Where each specialty or place named ends: "EM first", "oklahoma second" rank choices,
    /// not sittings.
    let choiceEnds: Set<Int>
    /// The clause being read: the word after a word is looked for only inside it.
    var clause = 0..<0

    init(_ tokens: [Utterance.Token], mentions: [Mention], cues: LineCues) {
      self.tokens = tokens
      numbers = Dictionary(
        mentions.lazy.filter { $0.isNumber }.map { ($0.tokens.lowerBound, $0) },
        uniquingKeysWith: { first, _ in first })
      exams = mentions.taken { $0.exam != nil }
      specialtyEnds = Set(
        mentions.compactMap { mention in
          switch mention.kind {
          case .specialty, .specialties: mention.tokens.upperBound
          default: nil
          }
        })
      choiceEnds = specialtyEnds.union(
        mentions.lazy.filter { $0.place != nil }.map(\.tokens.upperBound))
      consumed = Set(exams.flatMap(\.tokens)).union(cues.cutoffPositions)
        .union(cues.passMarkPositions)
    }

    /// Reads the feature at `index`, marking the tokens it used: a number as the mentions read
    /// it, or else the first of the word's rules that fits.
    mutating func feature(at index: Int) -> Feature? {
      let token = tokens[index]
      if token.kind == .number {
        switch numbers[index]?.kind {
        case .deniedScore(let value)?: return .denied(value)
        case .score(let value)?: return .score(value)
        case .attempts(let value)?:
          consumed.formUnion(numbers[index]?.tokens ?? index..<index)
          return .attempt(value)
        default: return nil
        }
      }
      // Most words lead no rule: one lookup, before the words around are read.
      guard token.isWord, let rules = rulesByWord[token.text] else { return nil }
      let previous = tokens.word(at: index - 1) ?? ""
      let beforePrevious = tokens.word(at: index - 2) ?? ""
      // The word after, inside the clause ("" at its end).
      let next = clause.contains(index + 1) ? tokens[index + 1].text : ""
      // "never failed", "have not failed", "never have failed".
      let negated =
        Lexicon.negations.contains(previous)
        || (Lexicon.negations.contains(beforePrevious) && Lexicon.negatedVerbs.contains(previous))
      for rule in rules
      where rule.previous?.contains(previous) != false
        && rule.twoBefore?.contains(beforePrevious) != false && rule.next?.contains(next) != false
        && tokens.has(rule.after, at: index + 1)
        && rule.then?.contains(tokens.word(at: index + 1 + rule.after.count) ?? "") != false
        && (!rule.thenNumber
          || tokens.indices.contains(index + 1 + rule.after.count)
            && tokens[index + 1 + rule.after.count].kind == .number)
        && (rule.negated ?? negated) == negated
        && (!rule.besideExam || isNextToExam(index))
        && (!rule.endsChoice || choiceEnds.contains(index))
        && (!rule.afterSpecialty
          || specialtyEnds.contains { $0 > clause.lowerBound && $0 <= index })
      {
        consumed.formUnion(index + 1..<index + 1 + rule.uses)
        switch rule.reading {
        case .reads(let feature): return feature
        case .nothing: return nil
        case .failures: return .fail(count: count(after: index))
        case .sittings: if let times = count(after: index) { return .attempt(times) }
        case .ordinal:
          if let value = ordinals[token.text] { return value == 1 ? .firstTry : .attempt(value) }
        case .count: if let value = numberWords[token.text] { return .attempt(value) }
        }
      }
      return nil
    }

    /// "2 times", "twice", "x2" within three words after `index`, skipping exam names and "it".
    private mutating func count(after index: Int) -> Int? {
      for position in index + 1..<min(clause.upperBound, index + 5) {
        let text = tokens[position].text
        if let value = counts[text] {
          consumed.insert(position)
          return value
        }
        if let value = numberWords[text] ?? tokens[position].number, value < 10,
          position + 1 < clause.upperBound, tokens[position + 1].text == "times"
        {
          consumed.formUnion([position, position + 1])
          return value
        }
      }
      return nil
    }

    private func isNextToExam(_ index: Int) -> Bool {
      exams.contains { $0.tokens.upperBound == index || $0.tokens.lowerBound == index + 1 }
    }
  }

  // MARK: - One exam's report

  struct Report {
    var events: [Feature] = []
    var scores: [Int] { events.compactMap(\.score) }

    /// The score of the latest sitting, when the line gives scores for two:
    /// - a pass ends the exam, so where the line says the exam was failed or retaken, a passing
    ///   Step 2 CK score beside a failing one is the later sitting's (not in a correction, and
    ///   not an expected or a friend's number: those lines say no failure);
    /// - otherwise the last score not said to be the first sitting's, a score belonging to the
    ///   sitting named right after it, or else right before it ("231 on my second try, 209 the
    ///   first time").
    func latestScore(of exam: Exam, retaken: Bool, correcting: Bool) -> Int? {
      let scores = scores
      let outcomes = scores.map(ScoreThresholds.step2Outcome(ofBareScore:))
      if exam == .step2ck, retaken, !correcting, outcomes.contains(.fail),
        let pass = outcomes.lastIndex(of: .pass)
      {
        return scores[pass]
      }
      let later = events.indices.compactMap { index -> Int? in
        guard let value = events[index].score else { return nil }
        let after = events[(index + 1)...].prefix { $0.score == nil }
        let before = events[..<index].reversed().prefix { $0.score == nil }
        let sitting = after.lazy.compactMap(\.isFirstSitting).first
        return (sitting ?? before.lazy.compactMap(\.isFirstSitting).first) == true ? nil : value
      }
      return later.last ?? scores.last
    }

    /// Failures counted ("failed step 1 once", "failed it twice") with no word of the sitting
    /// after them: whether it was passed is not said ("step 1 took 3 attempts, failed twice"
    /// says no more of the third).
    var countsFailuresOnly: Bool {
      let failures = events.lazy.compactMap {
        if case .fail(let count?) = $0 { count } else { nil }
      }
      let sittings = events.lazy.compactMap {
        if case .attempt(let count) = $0 { count } else { nil }
      }
      guard let counted = failures.max() else { return false }
      return !events.contains { [.pass, .pending, .notTaken, .retake].contains($0) }
        && (!events.contains(.took) || sittings.max().map { $0 > counted } == true)
    }

    /// Only an uncounted failure was said, perhaps of the first sitting ("why i failed").
    var namesPastFailure: Bool {
      events.contains(.fail(count: nil))
        && events.allSatisfy { $0 == .fail(count: nil) || $0 == .firstTry }
    }

    /// Only "pass/fail" or "no score" was said of the exam: its score is withdrawn, nothing else.
    var withdrawsScore: Bool {
      events.contains(.noScore) && scores.isEmpty
        && !events.contains { if case .fail = $0 { true } else { false } }
    }

    /// The exam's result, with the assumptions made to get it. `correcting`: the line corrects
    /// an earlier answer, so a pass after a known failure is that sitting's result;
    /// `deniesUnheld`: the numbers it says are wrong are not the one on record.
    func resolve(
      exam: Exam, prior: StepResult, correcting: Bool = false, deniesUnheld: Bool = false
    ) -> (
      StepResult, [Assumption]
    ) {
      var assumptions: [Assumption] = []
      var failCount = 0
      var failuresCounted = false  // "failed twice", not a bare "failed"
      var latest: StepOutcome?
      var attemptHint: Int?
      var retake = false
      var firstTry = false
      /// A Step 2 CK score said beside a failure that is the later, passing sitting: at the pass
      /// mark in force, or between the two pass marks on a retake. "Failed CK with 214" on one
      /// attempt is that failure's score.
      func passesAfterFailure(_ score: Int) -> Bool {
        guard exam == .step2ck, latest == .fail else { return false }
        if ScoreThresholds.step2Outcome(ofBareScore: score) == .pass { return true }
        return score >= ScoreThresholds.step2FormerPassMark.value && !firstTry
          && (retake || (attemptHint ?? 1) > 1)
      }
      for feature in events {
        switch feature {
        case .fail(let count):
          failCount += count ?? 1
          failuresCounted = failuresCounted || count != nil
          latest = .fail
        case .stillFailing:
          // Not beside a result awaited or a sitting to come ("havent passed yet, waiting on
          // results"), which is the latest.
          if !events.contains(where: \.isFailure), !events.contains(.pending),
            !events.contains(.notTaken)
          {
            failCount += 1
          }
          if latest == nil { latest = .fail }
        case .pass: latest = .pass
        // "ck was 212 first try, retaking in feb": beside a sitting's score, the sitting still
        // to come is the retake; the result is that sitting's.
        case .notTaken:
          if latest != .fail && latest != .pass, !events.contains(where: { $0.score != nil }) {
            latest = .notTaken
          }
        case .pending: latest = .pending
        // "241 on attempt 2. the 211 was attempt 1": the latest sitting named is the result's.
        case .attempt(let value): attemptHint = max(attemptHint ?? 0, value)
        case .retake: retake = true
        case .firstTry: firstTry = true
        case .score(let value):
          // A Step 2 CK score at or above the pass mark is a pass, whatever came before it.
          if passesAfterFailure(value) { latest = .pass }
        case .took, .neverFailed, .noScore, .denied: break
        }
      }
      // "havent passed yet" with a failure on record says nothing new: the record stands.
      if prior.outcome == .fail, events.contains(.stillFailing),
        !events.contains(where: { $0.isFailure || $0 == .pass || $0.score != nil })
      {
        return (prior, [])
      }
      // "passed on my 2nd attempt, i only failed the first one": the failure said last is the
      // first sitting's; the later sitting's pass is the result, said or on record ("ck was my
      // 2nd attempt, i failed ck first with 205").
      // So too, said alone, is a first sitting failed beside a pass on record that is not
      // being corrected ("i failed ck first with 205" after "ck 231"): the pass came after it.
      let firstOfOthers =
        (attemptHint ?? 0) > 1
        || attemptHint == nil && prior.outcome == .pass && prior.score != nil && !correcting
      if latest == .fail, firstTry, firstOfOthers,
        events.contains(.pass) || prior.outcome == .pass
      {
        latest = .pass
      }
      let score = latestScore(
        of: exam,
        retaken: failCount > 0 || retake || attemptHint != nil,
        correcting: correcting)
      if let score, passesAfterFailure(score) { latest = .pass }  // "CK 238 after failing it once"
      // "ck was 3 attempts, i failed twice": failures counted below the sittings leave the
      // last sitting no fail: it is the pass the line says ("passed on my second try after
      // failing"), or the pass (or the result awaited) on record; with neither, the failures
      // are kept and whether the sitting after them passed is asked. (A bare "failed ... on my
      // second attempt" counts nothing: that sitting is the failed one.)
      if latest == .fail, let sittings = attemptHint, failCount < sittings {
        if events.contains(.pass) {
          latest = .pass
        } else if failuresCounted, prior.outcome == .pass || prior.outcome == .pending {
          latest = prior.outcome
        } else if failuresCounted {
          attemptHint = failCount
        }
      }
      // "took it, waiting": a sitting without its result; not "step 1 took 3 attempts", a count
      // of the sittings of a result on record.
      if latest == nil, events.contains(.took), score == nil,
        attemptHint == nil || prior.outcome != .pass
      {
        latest = .pending
      }
      // "Step 1 was pass/fail, no score": passed, with no number to report.
      if latest == nil, exam == .step1, score == nil, events.contains(.noScore) { latest = .pass }
      if latest == nil, let score {
        // (Not beside a pass on record without a score: the pass was said, so a number under
        // the mark is asked about rather than turned into a fail ("i told u, 212").)
        if exam == .step2ck, score < ScoreThresholds.step2FormerPassMark.value,
          prior.outcome != .pass || prior.score != nil
        {
          latest = .fail
          failCount = max(failCount, 1)
          assumptions.append(.failFromScore(score))
        } else if exam == .step1 || ScoreThresholds.step2Outcome(ofBareScore: score) != nil {
          latest = .pass
        }  // 214-217 on Step 2 CK: which pass mark applied is asked, not assumed
      }
      // A score for a result said to be pending is that result, not the pending one.
      if latest == nil, attemptHint != nil || retake || firstTry,
        score == nil || prior.outcome != .pending
      {
        latest = prior.outcome
      }
      var result = StepResult(outcome: latest, score: score)
      // The sitting's number when the line says it, or says it followed a failure.
      let laterSitting = attemptHint ?? (failCount > 0 || retake ? max(failCount + 1, 2) : nil)
      switch latest {
      case .pass?:
        if prior.outcome == .fail, laterSitting == nil, !firstTry {
          // "ck says pass actually": the same sitting corrected, not a new one.
          result.attempts = (prior.attempts ?? 1) + (correcting ? 0 : 1)
          if correcting, result.score == nil { result.score = prior.score }
        } else {
          // Else the sitting already described, or the first, said aloud as assumed.
          let held = prior.outcome == .pass || prior.outcome == .pending ? prior.attempts : nil
          result.attempts = laterSitting ?? (firstTry ? 1 : held) ?? 1
          if laterSitting == nil, !firstTry, held == nil { assumptions.append(.firstAttempt(exam)) }
        }
        // "failed ck with 205, then passed": a failing score beside a later sitting's pass is
        // the failed sitting's, which the profile does not keep.
        if exam == .step2ck, laterSitting != nil, let failed = result.score,
          ScoreThresholds.step2Outcome(ofBareScore: failed) == .fail
        {
          // The pass on record, if any, is that later sitting's.
          result.score = prior.outcome == .pass ? prior.score : nil
          assumptions.append(.earlierSitting(exam, score: failed))
        }
      case .fail?:
        // "The fail was 209" beside a later pass on record, or "the 209 was my first attempt"
        // beside a retake pending: an earlier sitting, which the profile does not keep; the
        // latest result stands.
        if prior.outcome == .pass || prior.outcome == .pending && firstTry,
          let attempts = prior.attempts, max(failCount, 1) < attempts,
          attemptHint == nil, !retake, let score
        {
          if !correcting || deniesUnheld {
            return (prior, score == prior.score ? [] : [.earlierSitting(exam, score: score)])
          }
          // "sorry i meant 228 not 238. the fail was a 209": the pass's score corrected, and
          // the failing one an earlier sitting's.
          if prior.outcome == .pass, exam == .step2ck,
            let corrected = scores.last(where: {
              ScoreThresholds.step2Outcome(ofBareScore: $0) == .pass
            })
          {
            var kept = prior
            kept.score = corrected
            return (kept, [.earlierSitting(exam, score: score)])
          }
        }
        result.attempts = attemptHint ?? max(failCount, 1)
      case .pending?:
        result.attempts =
          laterSitting ?? (prior.hasFailure == true ? (prior.attempts ?? 1) + 1 : nil)
        // A sitting awaiting its result has no score yet: one said beside a failure ("failed
        // with a 209, retake pending") is the failed sitting's, which the profile does not keep.
        if failCount > 0, let score = result.score {
          result.score = nil
          assumptions.append(.earlierSitting(exam, score: score))
        }
      case .notTaken?:
        result.score = nil
      case nil:
        result.attempts = attemptHint ?? (firstTry ? 1 : nil)
      }
      return (result, assumptions)
    }
  }

  /// "245 is their minimum, not my score": a number the user disowns is no exam's score; "remove
  /// the step 1 score", "i never said 150": a score taken back, by its exam or its number.
  private static func disownScores(
    _ utterance: Utterance, exams: [Mention], context: UnderstandingContext,
    into result: inout Interpretation
  ) {
    guard Exam.allCases.contains(where: { context.profile[$0].score != nil }),
      utterance.tokens.contains(where: { $0.kind == .number }) || utterance.contains("score")
    else { return }
    let disowns = utterance.containsAny(disowningPhrases)
    guard disowns || utterance.containsAny(Lexicon.retractionCues) else { return }
    let tokens = utterance.tokens
    // A number disowned anywhere in the line ("245 is their minimum, not my score"), or taken
    // back in the clause that takes it back ("i never said 230"; not "..., ck stays 231").
    let clauses =
      disowns
      ? utterance.clauses.filter { clause in
        let part = utterance.part(clause)
        return part.containsAny(disowningPhrases) || !part.containsAny(ownScoreClaims)
      }
      : utterance.clauses.filter { clause in
        utterance.part(clause).containsAny(Lexicon.retractionCues)
      }
    let numbers = Set(clauses.flatMap { tokens[$0].compactMap(\.number) })
    // "remove the step 1 score, ck stays 231": only a removal names an exam's score, and only
    // the exam named right after the verb (or else last before it).
    let verb = utterance.words.contains("score") ? tokens.firstStart(of: scoreRemovals) : nil
    let named = verb.flatMap { verb in
      (exams.first { $0.tokens.lowerBound > verb } ?? exams.last)?.exam
    }
    for exam in Exam.allCases {
      guard let score = context.profile[exam].score,
        numbers.contains(score) || (named == exam && result.patch[exam].score == nil)
      else { continue }
      result.patch.clearScores.insert(exam)
      if result.patch[exam].score == score { result.patch[exam].score = nil }
    }
  }

  /// "ck obviously, step 1 was pass fail", "no, that's my CK", "224 was CK, not step 1": the
  /// score last given to one exam belongs to the other, which the line names first (and not
  /// denied), with that score or none.
  private static func moveScore(
    _ utterance: Utterance, exams: [Mention], numbers: Set<Int>, cues: LineCues,
    context: UnderstandingContext, into result: inout Interpretation
  ) {
    let tokens = utterance.tokens
    // "do not add it to step 1": a refusal earlier in the exam's clause denies it too.
    // (Read clause by clause only for a line that refuses at all: few do.)
    let refusals =
      utterance.containsAny(refusedPlacements)
      ? utterance.clauses.filter { utterance.part($0).containsAny(refusedPlacements) } : []
    let denies = { (mention: Mention) in
      Lexicon.negations.contains(tokens.word(at: mention.tokens.lowerBound - 1) ?? "")
        || refusals.contains { $0.contains(mention.tokens.lowerBound) }
    }
    // "dont put that on step 1" ("it was ck"), with the last score given to CK: that score
    // stays there.
    if !refusals.isEmpty, numbers.isEmpty, exams.contains(where: denies),
      let from = context.lastScoreExam, let score = context.profile[from].score,
      !exams.contains(where: { $0.exam == from && denies($0) || $0.exam != from && !denies($0) })
    {
      result.deniedScores.append(score)
      return
    }
    guard let named = exams.first(where: { !denies($0) })?.exam,
      let from = context.lastScoreExam, from != named,
      let score = context.profile[from].score, result.patch[from].score == nil,
      context.profile[named].score == nil, context.profile[named].outcome != .notTaken,
      !exams.contains(where: { $0.exam == from && !denies($0) }) || numbers.isEmpty,
      !utterance.containsAny(sameScoreCues)
    else { return }
    let deniesFrom = exams.contains { $0.exam == from && denies($0) }
    if numbers.isEmpty {
      // Only a line that says nothing else of that exam ("I failed step 1 once" tells its result).
      guard result.patch[named].isEmpty, deniesFrom || utterance.containsAny(scoreMoves)
      else { return }
      let (step, assumptions) = Report(events: [.score(score)]).resolve(
        exam: named, prior: context.profile[named])
      result.patch[named].score = step.score
      result.patch[named].outcome = result.patch[named].outcome ?? step.outcome
      result.patch[named].attempts = result.patch[named].attempts ?? step.attempts
      result.assumptions += assumptions
    } else {
      guard numbers == [score], result.patch[named].score == score else { return }
    }
    result.patch.clearScores.insert(from)
  }

  // MARK: - Scores without an exam

  private static func place(
    orphan score: Int, context: UnderstandingContext, correction: Bool,
    into result: inout Interpretation
  ) {
    let profile = context.profile
    // "i have 232" with 232 on record: that score said again, not a new one for the other exam.
    if !correction, let held = context.exam(holding: score) {
      result.patch[held].score = score
      return
    }
    // A Step 1 pass on record without a score is most likely pass/fail: a bare number is not
    // taken as its score ("the first fail was 211" is asked about, not given to Step 1).
    let open = Exam.allCases.filter { candidate in
      profile[candidate].score == nil && profile[candidate].outcome != .notTaken
        && !(candidate == .step1 && profile.step1.outcome == .pass)
        && result.patch[candidate].isEmpty
    }
    // The exam whose score it denies, the one corrected, CK beside a Step 1 result, the one
    // exam still open, or CK when Step 1 is known without a score (pass/fail).
    let exam =
      context.correctedExam(denying: result.deniedScores, correction: correction)
      ?? (!result.patch.step1.isEmpty && result.patch.step2ck.isEmpty ? .step2ck : nil)
      ?? (open.count == 1 ? open[0] : nil)
      ?? (open.count == 2 && profile.step1.outcome != nil ? .step2ck : nil)
    guard let exam else {
      result.intents.append(.clarify(.exam(score: score)))
      return
    }
    let (step, assumptions) = Report(events: [.score(score)]).resolve(
      exam: exam, prior: profile[exam])
    result.patch[exam].score = step.score
    if profile[exam].outcome == nil || profile[exam].outcome == .pending {
      result.patch[exam].outcome = step.outcome
      result.patch[exam].attempts = step.attempts
      result.assumptions += assumptions
      if step.outcome == nil, profile[exam].outcome == .pending {
        result.patch.clearOutcomes.insert(exam)
      }
    }
  }

  /// "Never failed": passes so far took one attempt; a pending exam asked about is a pass.
  private static func applyNeverFailed(
    context: UnderstandingContext, into result: inout Interpretation
  ) {
    for exam in Exam.allCases {
      let outcome = result.patch[exam].outcome ?? context.profile[exam].outcome
      if outcome == .pass || outcome == .pending {
        result.patch[exam].attempts = 1
        if result.patch[exam].outcome == nil { result.patch[exam].outcome = outcome }
        result.assumptions.removeAll { $0 == .firstAttempt(exam) }
      } else if outcome == nil, context.pendingExam == exam {
        result.patch[exam] = StepResult(outcome: .pass, attempts: 1)
      }
    }
  }
}
