/// The score on which screens and specialty norms are judged.
enum RelevantScore: Sendable, Hashable {
  /// A numeric score from this exam.
  case score(Int, Exam)
  /// No numeric score on record (Step 1 pass/fail, Step 2 CK not out yet): nothing low to show.
  case noneOnRecord
  /// Depends on slots not known yet.
  case unknown([Slot])
}

/// What the rules read from a profile, derived once.
struct ScoreFacts: Sendable {
  let profile: Profile
  let benchmarks: SpecialtyBenchmarks?

  init(_ profile: Profile) {
    self.profile = profile
    self.benchmarks = profile.specialty.map(ScoreThresholds.benchmarks(for:))
  }

  /// Step 2 CK when it has a score; else a scored Step 1 while CK is not out; else nothing.
  var relevantScore: RelevantScore {
    let ck = profile.step2ck
    switch ck.outcome {
    case .pass?, .fail?:
      return ck.score.map { .score($0, .step2ck) } ?? .unknown([.step2ck])
    case .notTaken?, .pending?:
      if let score = profile.step1.score { return .score(score, .step1) }
      return profile.step1.isEmpty ? .unknown([.step1]) : .noneOnRecord
    case nil:
      return ck.score.map { .score($0, .step2ck) } ?? .unknown([.step2ck])
    }
  }

  /// The latest result of some exam is a fail.
  var hasStandingFailure: Bool {
    profile.step1.outcome == .fail || profile.step2ck.outcome == .fail
  }

  /// The exams with a failure on record.
  var failedExams: [Exam] {
    Exam.allCases.filter { profile[$0].hasFailure == true }
  }

  /// Step 2 CK is still ahead (not taken) or its result is not out.
  var step2Ahead: Bool {
    profile.step2ck.outcome == .notTaken || profile.step2ck.outcome == .pending
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
  /// "238, first attempt", "pass on the 2nd attempt", "not taken yet".
  public var summary: String {
    var text: String
    switch outcome {
    case .pass?: text = score.map(String.init) ?? "pass"
    case .fail?: text = score.map { "fail (\($0))" } ?? "fail"
    case .notTaken?: return "not taken yet"
    case .pending?: text = "taken, result pending"
    case nil: text = score.map(String.init) ?? "result unknown"
    }
    if let attempts {
      switch (outcome, attempts) {
      case (.pass?, 1), (nil, 1): text += ", first attempt"
      case (.pass?, let count) where count > 1: text += ", passed on attempt \(count)"
      case (.fail?, let count) where count > 1: text += ", \(count) attempts"
      case (.pending?, let count) where count > 1: text += ", attempt \(count)"
      default: break
      }
    }
    return text
  }
}
