import AdvisorCore

/// The words LineCues listens for: data, extended by adding lines.
extension LineCues {
  static let cutoffWords: Set<String> = [
    "cutoff", "cutoffs", "minimum", "min", "requires", "require", "required", "requirement",
    "threshold", "screen", "screens", "cut", "needs", "need", "at", "least", "above", "over",
    "under", "below",
  ]

  /// Words right after a number that make it a pass mark, not a score ("the 218 mark", "saw 218
  /// somewhere").
  static let passMarkAfter: [[String]] = [
    "mark", "passmark", "pass mark", "somewhere", "online", "on reddit", "is the pass",
    "is passing", "to pass", "is only pass", "is only the pass", "is just the pass",
    "is only a pass", "is just pass",
  ].map { $0.split(separator: " ").map(String.init) }
  /// Words right before a number that make it a pass mark ("the pass mark is 218").
  static let passMarkBefore: [[String]] = [
    "mark is", "mark was", "mark of", "passmark is", "pass is", "passing is", "passing score is",
    "pass line is", "raised to", "need to pass", "needed to pass",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words that make a clause speak of a requirement, so that a number near one is a cutoff.
  static let cutoffClauseWords: Set<String> = [
    "cutoff", "cutoffs", "minimum", "min", "requires", "require", "required", "threshold",
    "screen", "screens", "cut",
  ]
  /// The requirement's name right after a number ("230 minimum").
  static let cutoffNouns: Set<String> = ["cutoff", "cutoffs", "minimum", "min", "threshold", "cut"]

  /// Who states a requirement ("they want 225", "most programs require 230") ...
  static let demandSubjects: Set<String> = [
    "they", "them", "program", "programs", "it", "which", "that", "some", "most", "several",
    "many", "few", "hospital", "hospitals", "places", "schools", "couple", "handful", "both",
    "all", "top", "these", "those",
  ]
  /// ... and how they state it.
  static let demandVerbs: Set<String> = [
    "want", "wants", "require", "requires", "need", "needs", "expect", "expects", "ask", "asks",
    "says", "say", "accept", "accepts", "take", "takes",
  ]

  /// Words before a number of attempts that make it a program's limit ("no more than 2
  /// attempts", "cap at 2 tries"): a requirement, never the user's own count.
  static let attemptLimitLeads: [[String]] = [
    "no more than", "not more than", "cap at", "caps at", "capped at", "cap it at", "max",
    "max of", "maximum", "maximum of", "limit of", "limit to", "limited to", "at most",
    "only accept", "only take",
  ].map { $0.split(separator: " ").map(String.init) }
  /// The numbers a score can be: a number outside is never a score cutoff.
  static let scoreLike = 120...300

  /// Words that claim a number as the user's own score.
  static let scoreClaims: Set<String> = [
    "i", "my", "me", "scored", "got", "mine", "passed", "failed",
  ]
  /// Words after "i" that hedge what is said ("i think", "i heard"): no claim of a score.
  static let hedgesAfterI: Set<String> = ["think", "guess", "believe", "heard", "read", "saw"]
  /// "245 or higher": a requirement, not a score.
  static let orHigherPhrases: [[String]] =
    [["plus"], ["+"], ["and", "up"]]
    + ["higher", "above", "more", "better", "greater"].map { ["or", $0] }
}
