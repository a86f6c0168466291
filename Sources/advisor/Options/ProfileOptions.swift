import AdvisorCore
import ArgumentParser
import LocatedJSON

/// The contract's profile flags and `--profile FILE`; flags override the file.
struct ProfileOptions: ParsableArguments {
  @Option(
    name: .customLong("profile"),
    help: ArgumentHelp(
      "Read the profile from a JSON file (- for standard input).", valueName: "FILE"))
  var profileFile: String?

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "Step 1: pass, fail, not-taken, pending, or a score (208 or 208/300).", valueName: "RESULT"))
  var step1: String?

  @Option(
    name: .customLong("step1-attempts"),
    parsing: .unconditional,
    help: ArgumentHelp("Sittings of Step 1 (failed once then passed: 2).", valueName: "N"))
  var step1Attempts: Int?

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "Step 2 CK: pass, fail, not-taken, pending, or a score (232 or 232/300).", valueName: "RESULT"
    ))
  var step2ck: String?

  @Option(
    name: .customLong("step2ck-outcome"),
    parsing: .unconditional,
    help: ArgumentHelp(
      "Whether a Step 2 CK score counted as a pass when you sat it: pass or fail (what a score "
        + "from 214 to 217 leaves open).", valueName: "OUTCOME"))
  var step2ckOutcome: String?

  @Option(
    name: .customLong("step2ck-attempts"),
    parsing: .unconditional,
    help: ArgumentHelp("Sittings of Step 2 CK.", valueName: "N"))
  var step2ckAttempts: Int?

  @Option(
    help: ArgumentHelp(
      "Specialty id or a usual name (IM, peds, OB/GYN, gen surg...).", valueName: "ID"))
  var specialty: String?

  @Option(
    help: ArgumentHelp(
      "A backup specialty, id or usual name (repeatable, in order of preference).",
      valueName: "ID"))
  var backup: [String] = []

  @Option(help: ArgumentHelp("us-md, us-do, us-img or non-us-img.", valueName: "ID"))
  var applicant: String?

  @Option(
    help: ArgumentHelp(
      "Where you want to train, e.g. Boston, Massachusetts, anywhere.", valueName: "TEXT"))
  var region: String?

  @Option(
    help: ArgumentHelp(
      "rotation, faculty-advocate, geographic-tie, alumni, or none (repeatable).", valueName: "ID"))
  var connection: [String] = []

  @Flag(inversion: .prefixedNo, help: "A strong, program-specific hook (or none).")
  var hook: Bool?

  @Flag(inversion: .prefixedNo, help: "A target program states a score cutoff you do not meet.")
  var cutoffUnmet: Bool?

  @Option(
    help: ArgumentHelp("none, resolved (a concrete event now over) or ongoing.", valueName: "ID"))
  var hardship: String?

  @Flag(
    inversion: .prefixedNo,
    help: ArgumentHelp(
      "Honors or strong comments in core clerkships, strong evaluations from clinical rotations, "
        + "or strong shelf results (or not)."))
  var clinicalEvidence: Bool?

  /// The file's profile (if any) with the flags written over it.
  func resolve() throws -> Profile {
    var profile = Profile()
    if let profileFile { profile = try ProfileFile.read(profileFile) }
    return profile.overriding(with: try flags(over: profile))
  }

  /// The flags as a profile; attempts default to 1 for a result given without them.
  private func flags(over base: Profile) throws -> Profile {
    var flags = Profile()
    for (exam, text, attempts) in [
      (Exam.step1, step1, step1Attempts), (.step2ck, step2ck, step2ckAttempts),
    ] {
      let argument = try text.map { try StepArgument.resolve($0, flag: exam.rawValue) }
      if let attempts {
        guard StepResult.attemptsRange.contains(attempts) else {
          throw UserError("--\(exam.rawValue)-attempts must be from 0 to 9, not \(attempts)")
        }
        flags[exam].attempts = attempts
      }
      guard let argument else { continue }
      flags[exam].outcome = argument.outcome(for: exam)
      flags[exam].score = argument.score
      if attempts == nil, base[exam].attempts == nil, flags[exam].outcome != .notTaken {
        flags[exam].attempts = 1
      }
    }
    if let step2ckOutcome {
      flags.step2ck.outcome = try StepArgument.stated(step2ckOutcome, over: flags.step2ck.outcome)
      if flags.step2ck.attempts == nil, base.step2ck.attempts == nil { flags.step2ck.attempts = 1 }
    }
    if let specialty { flags.specialty = try SpecialtyArgument.resolve(specialty) }
    for name in backup {
      let specialty = try SpecialtyArgument.resolve(name, flag: "backup")
      if !flags.backupSpecialties.contains(specialty) { flags.backupSpecialties.append(specialty) }
    }
    flags.applicant = try applicant.map {
      try EnumArgument.resolve($0, as: ApplicantType.self, flag: "applicant")
    }
    if let region {
      flags.region = region.trimmingWhitespace.isEmpty ? nil : region.trimmingWhitespace
    }
    if !connection.isEmpty {
      flags.connections = Set(try connection.compactMap { try ConnectionArgument.resolve($0) })
    }
    flags.hook = hook
    flags.cutoffUnmet = cutoffUnmet
    flags.clinicalEvidence = clinicalEvidence
    flags.hardship = try hardship.map {
      try EnumArgument.resolve($0, as: Hardship.self, flag: "hardship")
    }
    for exam in Exam.allCases {
      try (base[exam]).merged(with: flags[exam]).validate(flag: exam)
    }
    return flags
  }
}

extension StepResult {
  fileprivate func merged(with newer: StepResult) -> StepResult {
    StepResult(
      outcome: newer.outcome ?? outcome, score: newer.score ?? score,
      attempts: newer.attempts ?? attempts)
  }

  fileprivate func validate(flag exam: Exam) throws {
    do {
      try validate(at: JSONPath([.key(exam.rawValue)]))
    } catch {
      throw UserError("--\(exam.rawValue): \(error.message)")
    }
  }
}

/// `pass`, `fail`, `not-taken`, `pending` or a three-digit score, with or without the scale
/// ("208/300", as the chat takes it).
struct StepArgument {
  var outcome: StepOutcome?
  var score: Int?

  static func resolve(_ text: String, flag: String) throws -> StepArgument {
    if let outcome = StepOutcome(rawValue: text.lowercased()) {
      return StepArgument(outcome: outcome)
    }
    let number = text.hasSuffix("/300") ? String(text.dropLast(4)) : text
    if let score = Int(number) {
      guard StepResult.scoreRange.contains(score) else {
        throw UserError(
          "--\(flag) \(text) is out of range: a score is from \(StepResult.scoreRange.lowerBound) "
            + "to \(StepResult.scoreRange.upperBound)")
      }
      return StepArgument(score: score)
    }
    throw UserError(
      "--\(flag) '\(text)' is not pass, fail, not-taken, pending or a score from 1 to 300"
        + " (\"208\" or \"208/300\")")
  }

  /// `--step2ck-outcome`: pass or fail, as the applicant says it counted; it must agree with
  /// an outcome the score flag states, and overrides the one a bare score implies.
  static func stated(_ text: String, over implied: StepOutcome?) throws -> StepOutcome {
    guard let outcome = StepOutcome(rawValue: text.lowercased()),
      outcome == .pass || outcome == .fail
    else { throw UserError("--step2ck-outcome '\(text)' is not pass or fail") }
    if let implied, implied != outcome {
      throw UserError(
        "--step2ck-outcome \(outcome.rawValue) contradicts --step2ck, which reads as a "
          + implied.rawValue)
    }
    return outcome
  }

  /// A bare score is a pass, unless it is under the Step 2 CK pass mark; between the former
  /// and the current pass marks it is left open, for the advice to ask which mark applied.
  func outcome(for exam: Exam) -> StepOutcome? {
    if let outcome { return outcome }
    if exam == .step2ck, let score { return ScoreThresholds.step2Outcome(ofBareScore: score) }
    return .pass
  }
}

/// A specialty id, name or abbreviation, with a suggestion when it is not one.
enum SpecialtyArgument {
  static func resolve(_ text: String, flag: String = "specialty") throws -> Specialty {
    switch Specialty.resolve(text) {
    case .specialty(let specialty): return specialty
    case .ambiguous(let options):
      let ids = options.map(\.rawValue).joinedAsList(conjunction: "or")
      throw UserError("--\(flag) '\(text)' is ambiguous; use \(ids)")
    case .unknown:
      let hint = Specialty.closest(to: text).map { "did you mean \($0.rawValue)? " } ?? ""
      throw UserError(
        "unknown specialty '\(text)'; \(hint)ids: "
          + Specialty.allCases.map(\.rawValue).joined(separator: ", "))
    }
  }
}

/// A connection id, or `none` for "asked, and there are none".
enum ConnectionArgument {
  static func resolve(_ text: String) throws -> Connection? {
    if text.lowercased() == "none" { return nil }
    if let connection = Connection(rawValue: text.lowercased()) { return connection }
    let ids = Connection.allCases.map(\.rawValue).joined(separator: ", ")
    throw UserError("--connection '\(text)' is not one of \(ids), none")
  }
}

/// An id from a fixed set, with the valid ids listed when it is not one of them.
enum EnumArgument {
  static func resolve<Value: RawRepresentable & CaseIterable>(
    _ text: String, as type: Value.Type, flag: String
  ) throws -> Value where Value.RawValue == String {
    if let value = Value(rawValue: text.lowercased()) { return value }
    let ids = Value.allCases.map(\.rawValue).joined(separator: ", ")
    throw UserError("--\(flag) '\(text)' is not one of \(ids)")
  }
}
