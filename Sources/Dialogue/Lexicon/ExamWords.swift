import AdvisorCore

/// The words ExamExtractor listens for: data, extended by adding lines.
extension ExamExtractor {
  /// Words before "the first time" that make it the conversation's first time, not a sitting
  /// ("I had it right the first time", "as I said the first time").
  static let idiomLeads: Set<String> = ["right", "said", "told", "meant", "wrote", "typed"]

  static let patterns: [(words: [String], exam: Exam)] = [
    (["usmle", "step", "1"], .step1), (["usmle", "step", "2", "ck"], .step2ck),
    (["usmle", "step", "2"], .step2ck), (["step", "2", "ck"], .step2ck),
    (["step", "two", "ck"], .step2ck),
    (["step", "ii", "ck"], .step2ck), (["step", "1"], .step1),
    (["step", "one"], .step1), (["step", "2"], .step2ck), (["step", "two"], .step2ck),
    (["step", "ii"], .step2ck), (["step", "2ck"], .step2ck), (["step1"], .step1), (["s1"], .step1),
    (["step2"], .step2ck),
    (["step2ck"], .step2ck), (["2ck"], .step2ck), (["ck"], .step2ck), (["s2"], .step2ck),
    (["s2ck"], .step2ck), (["usmle1"], .step1),
  ]

  /// COMLEX, the osteopathic licensing exams, and their levels: another exam on another scale,
  /// whose results are no USMLE Step's.
  static let comlexNames: Phrases = [
    "comlex", "level 1", "level 2", "level 3", "level one", "level two", "lvl 1", "lvl 2",
    "level 2 ce", "level 2ce", "level1", "level2", "l2ce", "l2 ce",
    // The short names only beside a result: "my l1 is spanish" is a first language.
    "l1 was", "l2 was", "l3 was", "passed l1", "passed l2", "passed l3", "failed l1", "failed l2",
    "failed l3", "l1 pass", "l2 pass", "l3 pass", "l1 score", "l2 score", "l3 score",
  ]

  /// The first word of every exam name: a word that starts none starts no exam's name.
  static let patternFirstWords = Set(patterns.map { $0.words[0] })

  /// Words after a number that make it a count of attempts ("3 attempts").
  static let attemptUnits: Set<String> = [
    "attempt", "attempts", "tries", "times", "sittings", "try", "goes",
  ]

  /// Words after a number that make it no score ("240 programs", "5 years"). "Points" is not
  /// one: a number in the score range with it is a score ("224 points").
  static let notScoreUnits: Set<String> = [
    "programs", "program", "applications", "percent", "percentile", "years", "months",
    "weeks", "days", "hours", "emails", "places", "spots",
    // "ck 226, above the 220 average": a figure compared with, not a sitting.
    "average", "avg", "mean", "median",
  ]

  /// Phrases that speak of a retake: a result said with them is the failed exam's.
  static let retakePhrases: Phrases = [
    "retake", "retook", "re take", "re took", "resat", "retaking", "second attempt",
    "second try", "took it again", "passed it this time",
  ]

  static let attemptNouns: Set<String> = [
    "attempt", "attempts", "try", "tries", "time", "times", "go", "sitting", "sittings", "round",
    "shot",
  ]

  /// Words shortly before a number that make it a practice test's or a hoped-for number,
  /// not the score of a sitting ("uwsa2 said 240", "hoping for 240 on the retake").
  static let notASittingLeads: Set<String> = [
    "uwsa", "uwsa1", "uwsa2", "uwsa3", "nbme", "nbmes", "cms", "practice", "predicted",
    "prediction", "hoping", "hope", "goal", "aiming", "expected", "expecting", "target",
    "wanted", "free", "assessment", "self", "mock",
  ]

  static let ordinals: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
  ]

  static let counts: [String: Int] = [
    "once": 1, "twice": 2, "thrice": 3, "x1": 1, "x2": 2, "x3": 3, "x4": 4,
  ]

  static let numberWords: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
  ]

  static let failWords: Set<String> = [
    "failed", "fail", "failing", "flunked", "flunk", "fails", "failure", "bombed", "tanked",
  ]

  /// What fails besides an exam ("heart failure", "a power failure at the test center"): a
  /// failure word after one of these says nothing of an exam.
  static let notExamFailures: Set<String> = [
    "heart", "cardiac", "kidney", "renal", "liver", "hepatic", "organ", "respiratory", "lung",
    "pulmonary", "marrow", "multiorgan", "congestive", "power", "system", "computer", "equipment",
    "technical", "engine", "graft", "transplant",
  ]
  /// Words that give the score just said to the exam the line names ("ck obviously", "no,
  /// that's my CK"), when the line has no number of its own.
  static let scoreMoves: Phrases = [
    "obviously", "that was my", "that is my", "thats my", "that was for", "that is for",
    "it was my", "it is my", "i meant", "meant", "belongs to", "was for", "is for",
    // "oops, that was step 1": the exam named right after.
    "that was step", "that was ck", "that is step", "that is ck", "it was step", "it was ck",
    "thats step", "thats ck",
  ]
  /// A doubt about a result ("not sure if that even counts as a pass"): the clause's outcome
  /// words say nothing of the result, which the pass marks and the questions settle.
  static let outcomeDoubts: Phrases = [
    "not sure if", "not sure whether", "unsure if", "unsure whether", "dont know if",
    "do not know if", "no idea if", "no idea whether", "wondering if", "wonder if",
    "if that counts", "whether that counts", "if it counts", "whether it counts",
    "if that is a pass", "if thats a pass", "not sure it counts", "not sure that counts",
  ]
  /// A failure named as what an event explains ("thats why i failed"): the failure on record,
  /// even in a line that corrects something else ("oh actually my dad was in hospital").
  static let failureExplanations: Phrases = [
    "why i failed", "reason i failed", "reason why i failed", "why i failed it",
    "why i did badly", "why i did poorly", "cause of my fail", "cause of the fail",
  ]
  /// The words of a clause that only states which sitting a result was ("ck was first try",
  /// "no, ck was on my first attempt"): a statement of the sitting, not a reference to an
  /// earlier one ("didn't prepare well for step 1 the first time").
  static let sittingStatementWords: Set<String> = [
    "was", "is", "it", "on", "my", "the", "first", "1st", "try", "attempt", "time", "actually",
    "no", "yes", "so", "oh", "sorry", "wait", "and", "only", "just", "that", "one",
  ]
  /// An instruction not to give a score to the exam named after it ("do not add it to step
  /// 1"): that exam is the one the score is not. The score is the verb's object ("not move my
  /// ck date" refuses nothing of a score).
  static let refusedPlacements = Phrases(
    ["dont", "not"].flatMap { negation in
      ["put", "add", "record", "move", "list", "use"].flatMap { verb in
        ["it", "that", "this", "the score", "my score"].map { "\(negation) \(verb) \($0)" }
      }
    })
  /// A score said to be the same on both exams ("ck 224 too"): nothing moves.
  static let sameScoreCues: Phrases = [
    "too", "also", "same", "as well", "both", "each", "again", "either",
  ]

  static let passWords: Set<String> = ["passed", "pass", "cleared", "passing"]
  /// The words that give a sitting's result.
  static let outcomeWords = passWords.union(failWords)

  static let pendingWords: Set<String> = ["waiting", "awaiting", "pending", "results"]

  static let futureWords: Set<String> = [
    "booked", "signed",
    "scheduled", "registered", "upcoming", "studying", "preparing", "prepping", "planning",
  ]

  static let retakeWords: Set<String> = ["retake", "retook", "retaking", "repeat", "repeated"]
  /// Words before "i pass" that put the pass ahead ("after i pass the retake").
  static let passesToCome: Set<String> = ["after", "once", "when", "until", "till", "before", "if"]
  /// Words after "retake" that put it ahead ("retake is in feb", "retake scheduled").
  static let retakesToCome: Set<String> = [
    "is", "scheduled", "planned", "coming", "next", "date", "booked",
  ]

  /// "245 is their minimum, not my score": the number is disowned.
  static let disowningPhrases: Phrases = [
    "not my score", "is not my score", "was not my score", "not mine", "not what i got",
    "not what i scored",
  ]
  /// A score claimed in a clause of its own beside one disowned ("218 is not my score, my
  /// score is 231"): the claimed one stays.
  static let ownScoreClaims: Phrases = [
    "my score is", "my score was", "i got", "i scored", "i have", "my ck is", "my ck was",
    "real score", "actual score", "my real score", "my actual score",
  ]

  /// Verbs that take an exam's score away when the line names the exam and "score" ("remove
  /// the step 1 score"); a hedge ("not sure if my score...") never does.
  static let scoreRemovals: Phrases = [
    "remove", "delete", "erase", "take out", "take off", "get rid of",
  ]

  /// "either step", "both exams", "all of": a clause about both exams.
  static let bothWords: Set<String> = ["either", "both", "any", "all"]
  static let bothNouns: Set<String> = ["step", "steps", "exam", "exams", "boards", "of"]

  /// Words for sitting an exam; after a word of ``plannedLeads`` ("going to take"), not yet.
  static let sittingWords: Set<String> = ["taken", "sat", "take", "taking", "took"]
  static let plannedLeads: Set<String> = ["will", "to", "going", "am", "plan", "planning"]

  /// "attempt 2", "try 3": a count of attempts after the word.
  static let attemptLeads: Set<String> = ["attempt", "try", "sitting"]
  /// Words before a small number that ends its sentence and counts sittings ("step 1 took 2",
  /// not "took 2 weeks off" or "took 2, almost 3 months").
  static let sittingCountLeads: Set<String> = ["took", "needed", "required", "sittings"]

  /// Words right before a number that make it no score: a count of programs ("my friends
  /// applied to 150"), or the scale ("out of 300").
  static let notScoreLeads: [[String]] = [
    ["out", "of"], ["applied", "to"], ["apply", "to"], ["applying", "to"], ["apply", "for"],
    ["sent", "to"],
    ["send", "to"], ["sending", "to"], ["interviews", "at"], ["applications", "to"],
  ]
}
