import AdvisorCore

/// What the conversation knows that helps read a line.
struct UnderstandingContext: Sendable {
  var profile: Profile
  /// The slot the advisor just asked about.
  var pending: Slot?
  /// The exam whose score was set most recently, for "actually it was 241".
  var lastScoreExam: Exam?
  /// The exam the last answer was about, for "first try" said a turn late.
  var recentExam: Exam?
  /// The one connection whose place the last answer set, for "no, it was in san antonio".
  var recentlyPlaced: Connection?
  /// An event behind the score was mentioned earlier without its status: a later "it's still
  /// going on" is about it.
  var eventMentioned = false
  /// The line as typed (extractors see the statements re-joined), for answers kept verbatim.
  var line = ""
  /// A question is pending, whether or not it fills a slot of its own (the advocate follow-up
  /// does not): a doubt to it is "not sure".
  var asking = false

  /// The one exam whose latest result is a fail, after `sitting - 1` sittings when given: what
  /// "passed the retake" or "3rd try passed" speaks of.
  func failedExam(before sitting: Int? = nil) -> Exam? {
    let failed = Exam.allCases.filter { exam in
      let result = profile[exam]
      return result.outcome == .fail && sitting.map { $0 - 1 == (result.attempts ?? 1) } ?? true
    }
    return failed.count == 1 ? failed[0] : nil
  }

  /// The exam whose score on record is `score`.
  func exam(holding score: Int) -> Exam? { Exam.allCases.first { profile[$0].score == score } }

  /// The exam the advisor just asked about.
  var pendingExam: Exam? { Exam.allCases.first { $0.slot == pending } }

  /// The exam a correction is about: the one whose score it denies ("239, not 229"), or else
  /// the one whose score was given last ("actually it was 241").
  func correctedExam(denying denied: some Sequence<Int>, correction: Bool) -> Exam? {
    Exam.allCases.first { exam in profile[exam].score.map { denied.contains($0) } == true }
      ?? (correction ? lastScoreExam : nil)
  }
}
