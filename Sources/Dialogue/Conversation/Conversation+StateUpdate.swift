import AdvisorCore

/// The second stage of a turn: what the line changes in the state, kept for `/undo`.
extension Conversation {
  /// Applies the line's patch, remembering the state before for `/undo`.
  mutating func apply(_ interpretation: Interpretation) -> [SlotChange] {
    let before = state.profile
    let after = interpretation.patch.applied(to: before)
    guard after != before else { return [] }
    state.history.append(state.snapshot)
    state.trimHistory()
    state.profile = after
    for exam in Exam.allCases
    where after[exam].score != before[exam].score && after[exam].score != nil {
      state.lastScoreExam = exam
    }
    state.skipped.subtract(interpretation.patch.slots)
    return SlotChange.between(before, after)
  }

}
