/// Where an action sits in the plan: the stages in the order an applicant takes them.
///
/// An action's place is its stage, then its rank within the stage; the stage, not a number
/// compared in each module, says what is urgent and what is an early step.
public enum PlanStage: Int, Sendable, Hashable, CaseIterable, Comparable {
  /// The exam itself (the retake, the redemption exam): before everything else.
  case examFirst = 1
  /// Who reaches out, and the first draft.
  case outreach
  /// The specialty and its backup.
  case specialty
  /// The program list.
  case programs
  /// The score inside the application, the MSPE and the transcript.
  case application
  /// Everything that is not a score: clinical experience, letters, research, the statement.
  case strengthening
  /// Interviews and after.
  case interviews

  /// Comes before everything else in the plan.
  public var isUrgent: Bool { self == .examFirst }
  /// One of the early steps, worth announcing when it first applies.
  public var isEarlyStep: Bool { self < .programs }

  public static func < (lhs: PlanStage, rhs: PlanStage) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An action's place in the plan.
public struct PlanPlace: Sendable, Hashable, Comparable {
  public var stage: PlanStage
  /// The order within the stage, lowest first.
  public var rank: Int

  public init(_ stage: PlanStage, _ rank: Int) {
    self.stage = stage
    self.rank = rank
  }

  public static func < (lhs: PlanPlace, rhs: PlanPlace) -> Bool {
    (lhs.stage, lhs.rank) < (rhs.stage, rhs.rank)
  }
}
