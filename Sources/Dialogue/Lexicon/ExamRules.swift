/// What a word says of an exam, as the exam reader reads it: data, extended by adding rows.
extension ExamExtractor {
  /// One declared reading of a word (``rules``): when the word is one of `words` and its
  /// neighbours fit, it reads as `reading`, using the `uses` words after it.
  struct Rule {
    var words: Set<String>
    /// The word just before must be one of these.
    var previous: Set<String>?
    /// The word two before must be one of these ("right the first time").
    var twoBefore: Set<String>?
    /// The word just after, in the same clause, must be one of these ("" for none).
    var next: Set<String>?
    /// The words just after, in order ("if" before "i passed").
    var after: [String] = []
    /// The word just after ``after`` must be one of these ("was my" then "dad's").
    var then: Set<String>?
    /// The token just after ``after`` must be a number ("retake is" then "231").
    var thenNumber = false
    /// A negation must lead the word ("haven't taken"), or must not; nil: either.
    var negated: Bool?
    /// The word must stand beside an exam's name ("step 1 p").
    var besideExam = false
    /// The word must come right after a specialty's or a place's name ("EM first", "oklahoma
    /// second": a rank among choices).
    var endsChoice = false
    /// A specialty must be named earlier in the word's clause ("em is still first").
    var afterSpecialty = false
    var reading: Reading
    var uses = 0
  }

  /// What a rule reads a word as.
  enum Reading {
    case reads(Feature)
    /// Nothing ("pass/fail" grading, "214, not pending"), and no later rule is tried.
    case nothing
    /// A failure, as many times as the words after it say ("failed twice"), else once.
    case failures
    /// As many sittings as the words after it say ("took it 3 times"); without them, the next
    /// rule is tried.
    case sittings
    /// The sitting an ordinal names (``ordinals``): "second try" is attempt 2.
    case ordinal
    /// As many sittings as a number word says ("two tries", as "2 tries" is read).
    case count
  }

  /// The rules, tried in order for each word (numbers are read apart): the first whose context
  /// fits reads the word.
  static let rules: [Rule] =
    [
      // Sittings by ordinal: "second try", "the first time"; not the conversation's first time
      // ("I had it right the first time", "like I said the first time"), nor "EM first" or
      // "oklahoma second" (a rank among choices).
      Rule(words: Set(ordinals.keys), previous: idiomLeads, reading: .nothing),
      Rule(words: Set(ordinals.keys), twoBefore: idiomLeads, reading: .nothing),
      Rule(words: Set(ordinals.keys), next: [""], endsChoice: true, reading: .nothing),
      // "em is still first", "fm stays first choice": a rank among specialties.
      Rule(
        words: Set(ordinals.keys), previous: ["is", "still", "stays", "remains"],
        next: ["", "choice", "pick", "priority"], afterSpecialty: true, reading: .nothing),
      Rule(words: Set(ordinals.keys), next: attemptNouns, reading: .ordinal, uses: 1),
      Rule(words: Set(ordinals.keys), next: ["", "one"], reading: .ordinal),
      // "my first ck attempt", "the second step 1 sitting": the ordinal before the exam's name.
      Rule(words: Set(ordinals.keys), next: patternFirstWords, besideExam: true, reading: .ordinal),
      // "failed ck first with 205", "passed step 1 second, with a 230": the ordinal right after
      // the exam's name, before its score.
      Rule(words: Set(ordinals.keys), next: ["with", "w"], besideExam: true, reading: .ordinal),
      // "two tries", "three goes"; not "two times", which counts anything ("met the pd two
      // times"): a sitting verb reads that ("took it two times").
      Rule(
        words: Set(numberWords.keys), next: attemptUnits.subtracting(["times"]), reading: .count,
        uses: 1),
      Rule(words: ["never"], next: failWords, reading: .reads(.neverFailed), uses: 1),
      // "pass/fail" grading, "no score", "p/f": no number to report.
      Rule(words: ["pass"], next: ["fail", "f"], reading: .reads(.noScore), uses: 1),
      Rule(
        words: ["no", "not"], next: ["score", "scored", "numeric"], reading: .reads(.noScore),
        uses: 1
      ),
      Rule(words: ["p"], next: ["f"], reading: .reads(.noScore), uses: 1),
      Rule(words: ["unscored"], reading: .reads(.noScore)),
      // Failures: "failed twice"; "haven't failed" is never failed.
      Rule(words: failWords, next: ["fail"], reading: .nothing),
      Rule(words: failWords, previous: ["pass"], reading: .nothing),
      Rule(words: failWords, previous: notExamFailures, reading: .nothing),
      // "prelim surgery if that fails": a plan failing, not an exam.
      Rule(
        words: failWords, previous: ["that", "it", "this"], twoBefore: ["if"], reading: .nothing),
      Rule(words: failWords, after: ["was", "my"], then: Lexicon.relatives, reading: .nothing),
      Rule(words: ["failed", "fail"], negated: true, reading: .reads(.neverFailed)),
      // "a pass not a fail": what the result was not ("nope a pass" is no negation).
      Rule(words: ["fail"], previous: ["a"], twoBefore: ["not"], reading: .reads(.neverFailed)),
      Rule(words: failWords, negated: true, reading: .nothing),
      Rule(words: failWords, reading: .failures),
      // Passes: not "the pass mark", "pass line", "need to pass".
      Rule(words: passWords, next: ["fail", "f", "mark", "line"], reading: .nothing),
      Rule(words: passWords, previous: ["to"], twoBefore: ["need"], reading: .nothing),
      // "after i pass the retake", "once i pass": a pass still to come, no result ("when i
      // passed" is one).
      Rule(words: ["pass"], previous: ["i"], twoBefore: passesToCome, reading: .nothing),
      // "havent passed yet": failed, counted once with any other failure the line names.
      Rule(words: passWords, next: ["yet"], negated: true, reading: .reads(.stillFailing)),
    ]
    // "havent passed ck yet", "still havent passed step 1 yet".
    + [
      ["ck"], ["it"], ["s1"], ["s2"], ["step", "1"], ["step", "2"], ["step", "2", "ck"],
      ["the", "ck"], ["my", "ck"], ["the", "retake"],
    ].map {
      Rule(
        words: passWords, after: $0, then: ["yet"], negated: true, reading: .reads(.stillFailing))
    }
    + [

      // "a fail, not a pass": what the result was not, so one failure said twice.
      Rule(
        words: passWords, previous: ["a", "an"], twoBefore: ["not"], reading: .reads(.stillFailing)),
      Rule(words: passWords, negated: true, reading: .reads(.fail(count: nil))),
      Rule(words: passWords, reading: .reads(.pass)),
      Rule(words: ["p"], besideExam: true, reading: .reads(.pass)),
      Rule(words: ["f"], besideExam: true, reading: .reads(.fail(count: nil))),
      // Waiting: "when it comes out", "don't know if i passed".
      Rule(words: ["come", "comes"], next: ["out"], reading: .reads(.pending)),
      Rule(words: ["if", "whether"], after: ["i", "passed"], reading: .reads(.pending), uses: 2),
      // Retakes: "retook it", "re take"; "retaking" is a sitting still to come.
      Rule(words: ["retaking"], reading: .reads(.notTaken)),
      // "ck retake is 231": the retake's result, so a sitting sat.
      Rule(words: ["retake"], after: ["is"], thenNumber: true, reading: .reads(.retake)),
      // "retake is in feb", "retake scheduled": a sitting to come, which adds none (not "on
      // my retake in june", one sat).
      Rule(words: ["retake"], next: retakesToCome, reading: .nothing),
      // "no, retake in august": a sitting to come said on its own (not "on my retake in june").
      Rule(
        words: ["retake"], previous: [",", "no", "next", "upcoming", ""], next: ["in", "on"],
        reading: .nothing),
      Rule(words: retakeWords, reading: .reads(.retake)),
      Rule(words: ["re"], next: ["took", "take"], reading: .reads(.retake), uses: 1),
      // Not taken: "haven't done step 1 yet", "not taken yet", "going to take it".
      Rule(words: ["done"], negated: true, reading: .reads(.notTaken)),
      Rule(words: ["done"], next: ["yet"], reading: .reads(.notTaken)),
      Rule(words: sittingWords, negated: true, reading: .reads(.notTaken)),
      Rule(words: ["taken"], previous: ["yet", "not"], reading: .reads(.notTaken)),
      Rule(words: sittingWords, previous: plannedLeads, reading: .reads(.notTaken)),
      Rule(words: ["taking"], reading: .reads(.notTaken)),
      // "sitting for it in january", "sitting ck next month": a sitting to come.
      Rule(words: ["sitting"], next: ["for", "it", "ck", "next"], reading: .reads(.notTaken)),
      // Sittings: "took it 3 times"; "took it" alone was sat, result unknown.
      Rule(words: sittingWords, reading: .sittings),
      Rule(words: ["took", "sat"], reading: .reads(.took)),
      Rule(words: sittingWords, reading: .nothing),
      Rule(words: ["yet"], previous: ["not"], reading: .reads(.notTaken)),
      // "when i was studying for ck": a time in the past, not a sitting to come.
      Rule(words: ["studying"], previous: ["was", "were"], reading: .nothing),
      Rule(words: ["studying"], next: ["for"], reading: .reads(.notTaken)),
      Rule(words: ["studying"], reading: .nothing),
      Rule(words: futureWords, reading: .reads(.notTaken)),
      // Pending: "waiting on results", "no results yet"; not "214, not pending".
      Rule(words: pendingWords, negated: true, reading: .nothing),
      Rule(words: ["results"], previous: ["for", "no"], reading: .reads(.pending)),
      Rule(words: ["results"], reading: .nothing),
      Rule(words: pendingWords, reading: .reads(.pending)),
      Rule(words: ["score"], previous: ["no"], next: ["yet"], reading: .reads(.pending)),
    ]
}
