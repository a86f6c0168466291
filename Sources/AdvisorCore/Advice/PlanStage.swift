/// Where an action sits in the plan: the stages in the order an applicant takes them.
///
/// An action's place is its stage, then its rank within the stage; the stage, not a number
/// compared in each module, says what is urgent and what is an early step.
package enum PlanStage: Int, Sendable, Hashable, CaseIterable, Comparable {
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
  package var isUrgent: Bool { self == .examFirst }
  /// One of the early steps, worth announcing when it first applies.
  package var isEarlyStep: Bool { self < .programs }

  package static func < (lhs: PlanStage, rhs: PlanStage) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An action's place in the plan.
package struct PlanPlace: Sendable, Hashable, Comparable {
  package var stage: PlanStage
  /// The order within the stage, lowest first.
  package var rank: Int

  package init(_ stage: PlanStage, _ rank: Int) {
    self.stage = stage
    self.rank = rank
  }

  package static func < (lhs: PlanPlace, rhs: PlanPlace) -> Bool {
    (lhs.stage, lhs.rank) < (rhs.stage, rhs.rank)
  }
}
