/// The score on which screens and specialty norms are judged.
enum RelevantScore: Sendable, Hashable {
  /// A numeric score from this exam.
  case score(Int, Exam)
  /// No numeric score on record (Step 1 pass/fail, Step 2 CK not out yet): nothing low to show.
  case noneOnRecord
  /// Depends on a slot not known yet.
  case unknown(Slot)

  /// Step 2 CK when it has a score; else a scored Step 1 while CK is not out; else nothing.
  init(_ profile: Profile) {
    let ck = profile.step2ck
    switch ck.outcome {
    case .pass?, .fail?, nil:
      self = ck.score.map { .score($0, .step2ck) } ?? .unknown(.step2ck)
    case .notTaken?, .pending?:
      if let score = profile.step1.score {
        self = .score(score, .step1)
      } else {
        self = profile.step1.isEmpty ? .unknown(.step1) : .noneOnRecord
      }
    }
  }
}

/// What the rules read from a profile, derived once.
struct ScoreFacts: Sendable {
  let profile: Profile
  let benchmarks: SpecialtyBenchmarks?
  /// The score screens and specialty norms are judged on: several conditions read it.
  let relevantScore: RelevantScore

  init(_ profile: Profile) {
    self.profile = profile
    self.benchmarks = profile.specialty.map(ScoreThresholds.benchmarks(for:))
    self.relevantScore = RelevantScore(profile)
  }

  /// The facts of `profile`, with the benchmarks of `known` when the specialty is the same: a
  /// probe changes one slot, and looking the benchmarks up again hashes the specialty's name.
  /// (`known` is borrowed, not copied whole as an initializer's argument otherwise is.)
  init(_ profile: Profile, reusing known: borrowing ScoreFacts) {
    self.profile = profile
    self.benchmarks =
      profile.specialty == known.profile.specialty
      ? known.benchmarks : profile.specialty.map(ScoreThresholds.benchmarks(for:))
    self.relevantScore = RelevantScore(profile)
  }

  /// The latest result of some exam is a fail.
  var hasStandingFailure: Bool {
    profile.step1.outcome == .fail || profile.step2ck.outcome == .fail
  }

  /// The Step 2 CK score judged is the latest attempt's, and a fail: what programs will weigh
  /// beside the failure is the retake's score, not this one, so no verdict on a specialty rests
  /// on it. (A failed scored Step 1 with CK ahead is judged as before.)
  var judgedScoreIsAFail: Bool {
    // Step 2 CK's: a failed scored Step 1 with CK ahead is judged as before, and its retake is
    // reported pass/fail.
    guard case .score(_, .step2ck) = relevantScore else { return false }
    return profile.step2ck.outcome == .fail
  }

  /// The exams with a failure on record.
  var failedExams: [Exam] {
    Exam.allCases.filter { profile[$0].hasFailure == true }
  }

  /// How many sittings of `exam` failed: all of them for a fail, all but the last for a pass or
  /// a result awaited.
  func failures(of exam: Exam) -> Int {
    let result = profile[exam]
    guard result.hasFailure == true else { return 0 }
    let last = result.outcome == .pass || result.outcome == .pending ? 1 : 0
    return max((result.attempts ?? 1) - last, 1)
  }

  /// Step 2 CK is still ahead (not taken) or its result is not out.
  var step2Ahead: Bool {
    profile.step2ck.outcome == .notTaken || profile.step2ck.outcome == .pending
  }

  /// The numeric scores on record ("Step 2 CK 226"), without a pass/fail result beside them;
  /// the whole summary when none has a number.
  var numericScoreSummary: String {
    let scored = Exam.allCases.compactMap { exam in
      profile[exam].score.map { "\(exam.displayName) \($0)" }
    }
    return scored.isEmpty ? scoreSummary : scored.joined(separator: "; ")
  }

  /// A short account of the scores, for explanations ("Step 1 fail then pass; Step 2 CK 238").
  var scoreSummary: String {
    var parts: [String] = []
    for exam in Exam.allCases {
      let result = profile[exam]
      guard !result.isEmpty else { continue }
      parts.append("\(exam.displayName) \(result.summary)")
    }
    return parts.isEmpty ? "no exam results yet" : parts.joined(separator: "; ")
  }
}

extension StepResult {
  /// "238, first attempt", "passed on attempt 2", "failed twice", "not taken yet".
  package var summary: String {
    switch outcome {
    case .pass?:
      let attempt = attempts.map { $0 == 1 ? "first attempt" : "passed on attempt \($0)" }
      switch (score, attempt) {
      case (let score?, let attempt?): return "\(score), \(attempt)"
      case (let score?, nil): return "\(score)"
      case (nil, let attempt?): return attempts == 1 ? "passed, first attempt" : attempt
      case (nil, nil): return "passed"
      }
    case .fail?:
      let with = score.map { " with \($0)" } ?? ""
      switch attempts {
      case 2?: return "failed twice\(with)"
      case let count? where count > 2: return "failed \(count) times\(with)"
      default: return "failed\(with)"
      }
    case .notTaken?: return "not taken yet"
    case .pending?:
      let attempt = attempts.map { $0 > 1 ? ", attempt \($0)" : ", first attempt" } ?? ""
      return "taken, result pending\(attempt)"
    case nil:
      return score.map(String.init) ?? "result unknown"
    }
  }
}
