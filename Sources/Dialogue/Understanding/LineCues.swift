import AdvisorCore

/// What every reader of a line may rely on, worked out once before any of them runs: whether
/// the line corrects an earlier answer, and which numbers in it are a program's requirement
/// rather than the user's score. The readers (exams, specialty, applicant, connections,
/// circumstances, region) take these as input and never read one another's output.
struct LineCues: Sendable {
  /// The line reads as a correction ("actually", "I meant", "no, it was").
  var correction = false
  /// Positions of the numbers that state a program's requirement ("a 230 cutoff", "no more than
  /// 2 attempts").
  var cutoffPositions: Set<Int> = []
  /// The score-like ones among them (a program's score cutoff), in order; an attempt limit
  /// is never one.
  var statedCutoffs: [Int] = []
  /// Positions of the numbers named as the exam's pass mark ("218 is the pass mark"): no one's
  /// score and no program's requirement.
  var passMarkPositions: Set<Int> = []
  /// The line's first sentence also asks something: a "no" heading it ("no i mean how
  /// many...") is then an answer only when it stands alone.
  var asks = false
  /// The yes or no the statements give.
  var yesNo = YesNo()

  /// No cues: a line read on its own terms.
  init() {}

  /// - Parameter lineYesNo: the whole line's yes or no, when already read: the statements' is
  ///   the same when the line asks nothing.
  init(
    _ utterance: Utterance, statements: Utterance, asks: Bool, context: UnderstandingContext,
    lineYesNo: YesNo? = nil
  ) {
    self.asks = asks
    yesNo =
      lineYesNo.flatMap { statements.words == utterance.words ? $0 : nil }
      ?? YesNo(statements.words)
    correction =
      utterance.containsAny(Lexicon.correctionPhrases)
      || utterance.words.first == "no" && utterance.words.count > 2
        && Lexicon.correctionAfterNo.contains(utterance.words[1])
    let tokens = statements.tokens
    passMarkPositions = Set(
      tokens.indices.filter { index in
        tokens[index].kind == .number
          && (Self.passMarkAfter.contains { tokens.has($0, at: index + 1) }
            || Self.passMarkBefore.contains { tokens.has($0, at: index - $0.count) })
      })
    for clause in statements.clauses {
      let positions = Self.numbersNearCutoffWords(
        tokens, in: clause, pending: context.pending,
        held: Set(Exam.allCases.compactMap { context.profile[$0].score })
      ).subtracting(passMarkPositions)
      cutoffPositions.formUnion(positions)
      // Only a number a score can be is a score cutoff ("cap at 2 attempts" is not one).
      statedCutoffs += positions.sorted().compactMap { tokens[$0].number }.filter(
        Self.scoreLike.contains)
    }
    // "No more than 2 attempts": a program's limit, not the user's count of attempts.
    cutoffPositions.formUnion(
      tokens.indices.filter { index in
        tokens[index].kind == .number
          && ExamExtractor.attemptNouns.contains(tokens.word(at: index + 1) ?? "")
          && Self.attemptLimitLeads.contains { tokens.has($0, at: index - $0.count) }
      })
  }

  /// Numbers that state a program's requirement ("requires 230", "245 or higher", "245 is
  /// their minimum"), not the user's score. While the advisor asks about cutoffs, any number
  /// the user does not claim as theirs is one.
  ///
  /// - Parameter held: the scores on record: a clause that says one is wrong ("wait it was 221
  ///   not 219") corrects the user's own score.
  private static func numbersNearCutoffWords(
    _ tokens: [Utterance.Token], in clause: Range<Int>, pending: Slot?, held: Set<Int>
  ) -> Set<Int> {
    let numbers = clause.filter { tokens[$0].kind == .number }
    // Most clauses hold no number: their words are not hashed.
    guard !numbers.isEmpty else { return [] }
    let clauseText = Set(tokens[clause].map(\.text))
    // "they want 225", "programs require 230": a requirement stated by the program.
    // A place right before the verb stands for its programs ("worcester takes 220+"; not "i
    // want to stay in ohio with my 218").
    let placeDemands = clause.contains { index in
      Gazetteer.isPlaceWord(tokens[index].text)
        && demandVerbs.contains(tokens.word(at: index + 1) ?? "")
    }
    let demanded =
      !clauseText.isDisjoint(with: demandSubjects) && !clauseText.isDisjoint(with: demandVerbs)
      || placeDemands
    // While cutoffs are asked, a number is one unless the clause claims it ("i have 221") or
    // gives an exam's result with no word of a requirement ("ck was 228 not 282").
    // "wait it was 221 not 219" (219 on record) corrects the user's own score; "mass general
    // wants 225, not 219" still states a requirement.
    let statesARequirement =
      !clauseText.isDisjoint(with: demandVerbs) || !clauseText.isDisjoint(with: cutoffClauseWords)
    // "i think", "i heard" hedge a statement; they claim no score.
    let claims = clause.contains { index in
      scoreClaims.contains(tokens[index].text)
        && !(tokens[index].text == "i" && hedgesAfterI.contains(tokens.word(at: index + 1) ?? ""))
    }
    let claimed =
      claims
      || !statesARequirement
        && numbers.contains { index in
          tokens[index].number.map(held.contains) == true
            && Lexicon.denyingWords.contains(tokens.word(at: index - 1) ?? "")
        }
      || (!clauseText.isDisjoint(with: ExamExtractor.patternFirstWords)
        && clauseText.isDisjoint(with: cutoffClauseWords)
        && clauseText.isDisjoint(with: demandVerbs))
    if demanded || (pending == .cutoffUnmet && !claimed) {
      return Set(numbers)
    }
    let orHigher = numbers.filter { index in
      orHigherPhrases.contains { tokens.has($0, at: index + 1) }
    }
    if !orHigher.isEmpty { return Set(orHigher) }
    guard !clauseText.isDisjoint(with: cutoffClauseWords) else { return [] }
    // A cutoff word up to three words before the number, or a cutoff noun up to three after.
    return Set(
      numbers.filter { index in
        tokens[max(clause.lowerBound, index - 3)..<index].contains { cutoffWords.contains($0.text) }
          || tokens[(index + 1)..<min(clause.upperBound, index + 4)].contains {
            cutoffNouns.contains($0.text)
          }
      })
  }
}

/// The yes or no in a line's words, read once for every reader that takes one (the
/// circumstances, the connections, the pending follow-up's answer, the line's act). Each field
/// is true for a yes, false for a no, nil when the words give neither that way.
struct YesNo: Sendable, Hashable {
  /// The words whole ("yep", "not really").
  var line: Bool?
  /// The first word ("yes, a few"; "no" or "nope" in front of anything).
  var first: Bool?
  /// The words after those people put in front of an answer ("ok then no"), whole, hedges
  /// left out when they hide it ("probably no").
  var answer: Bool?
  /// How that answer starts ("yeah a few", "nope never", "not really sure").
  var answerLead: Bool?
  /// A bare answer: the answer whole, or a "no" with only fillers after it ("nope, nothing like
  /// that").
  var bare: Bool?
  /// An answer said again ("no, i said yes"; "i meant no").
  var restated: Bool?
  /// The conclusion a line ends on ("i have 232 so probably no"): the words after its last
  /// "so", hedges left out, whole.
  var conclusion: Bool?

  /// No answer at all: what an empty line reads as, made without reading one (every
  /// interpretation starts from it).
  init() {}

  init(_ words: [String]) {
    let answerWords = Array(words.drop(while: Lexicon.answerLeads.contains))
    line = Self.reading(words)
    // "probably yes, she offered": the word a hedge leads heads the line as much.
    let head = words.first.map(Lexicon.headHedges.contains) == true ? words.dropFirst() : words[...]
    // "no idea", "not sure": a doubt whose first word is a no's heads no answer.
    let doubted = words.count > 1 && Lexicon.unsure.contains(words[0] + " " + words[1])
    first =
      doubted
      ? nil
      : head.first.flatMap {
        Lexicon.yes.contains($0) ? true : Lexicon.noHeads.contains($0) ? false : nil
      }
    // "nah, not really": a no's head before a whole no is one.
    let noTwice =
      answerWords.first.map(Lexicon.bareNoHeads.contains) == true
      && Self.reading(answerWords.dropFirst()) == false
    // A hedged answer ("probably no", "i guess yes") is the answer it hedges.
    self.answer =
      Self.reading(answerWords)
      ?? Self.reading(answerWords.filter { !Lexicon.conclusionHedges.contains($0) })
      ?? (noTwice ? false : nil)
    // "probably yes, a lot say...": the lead behind a hedge. Compared word by word: no line
    // is joined into a string for it.
    answerLead =
      doubted
      ? nil
      : [answerWords[...], answerWords.drop(while: Lexicon.leadHedges.contains)].lazy.compactMap {
        head -> Bool? in
        let leads = head.first.flatMap { Self.leadsByFirstWord[$0] } ?? []
        // A yes lead wins over a no lead, as the lists are read.
        return leads.contains { $0.1 && $0.0.leads(head) }
          ? true : leads.contains { !$0.1 && $0.0.leads(head) } ? false : nil
      }.first
    // "no i said yes": the answer said again wins over the "no" that corrects.
    // A plain scan: the string library's generic subsequence search cost a turn as much as
    // all the rest of the line's reading.
    restated =
      Lexicon.restatedAnswers.first { phrase in
        words.indices.contains { start in
          words[start] == phrase.words[0] && words[start...].starts(with: phrase.words)
        }
      }?.answer
    let fillerNo =
      answerWords.first.map(Lexicon.bareNoHeads.contains) == true
      && answerWords.dropFirst().allSatisfy(Lexicon.bareNoFiller.contains)
    bare = self.answer ?? (fillerNo ? false : nil)
    if let so = words.lastIndex(where: Lexicon.conclusionLeads.contains) {
      conclusion = Self.reading(
        words[(so + 1)...].filter { !Lexicon.conclusionHedges.contains($0) })
    }
  }

  private static func reading(_ words: some Collection<String>) -> Bool? {
    guard words.count <= readingSpan else { return nil }
    let words = words.joined(separator: " ")
    return Lexicon.yes.contains(words) ? true : Lexicon.no.contains(words) ? false : nil
  }

  /// The most words a whole yes or no has.
  private static let readingSpan =
    Lexicon.yes.union(Lexicon.no).map {
      $0.split(separator: " ", omittingEmptySubsequences: false).count
    }.max() ?? 1
  /// A lead's words, and whether more must follow ("no " leads "no thanks", not "no").
  private struct Lead {
    let words: [String]
    let needsMore: Bool

    init(_ text: String) {
      words = text.split(separator: " ").map(String.init)
      needsMore = text.hasSuffix(" ")
    }

    func leads(_ head: ArraySlice<String>) -> Bool {
      head.starts(with: words) && (!needsMore || head.count > words.count)
    }
  }
  /// The leads by their first word: a line's head is compared with the few that start as it.
  private static let leadsByFirstWord = Dictionary(
    (Lexicon.yesLeads.map { (Lead($0), true) } + Lexicon.noLeads.map { (Lead($0), false) })
      .map { ($0.0.words.first ?? "", [$0]) }, uniquingKeysWith: +)
}
