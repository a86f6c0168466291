import AdvisorCore
import KnowledgeBase

/// The first stage of a turn: the line read in the light of the conversation so far (typos
/// mended, the pending follow-up question's answer read).
extension Conversation {
  func understand(_ line: String) -> Interpretation {
    let previous = state.history.last?.profile
    let recentExam = Exam.allCases.last { exam in
      previous.map { $0[exam] != state.profile[exam] } ?? false
    }
    let placed = state.profile.connectionPlaces.keys.filter { connection in
      previous.map { $0.connectionPlaces[connection] != state.profile.connectionPlaces[connection] }
        ?? false
    }
    let context = UnderstandingContext(
      profile: state.profile, pending: state.pending?.answeredSlot,
      lastScoreExam: state.lastScoreExam, recentExam: recentExam,
      recentlyPlaced: placed.count == 1 ? placed.first : nil,
      eventMentioned: state.eventMentioned, line: "", asking: state.pending != nil)
    let (repaired, repairs) =
      line.hasPrefix("/") ? (line, []) : TypoRepair.repair(line, knows: knowledge.recognizes)
    // Tokenised once for every stage of the turn; spans point into the line as typed.
    let utterance = Utterance(repaired, repairs: repairs)
    var interpretation = Understanding.interpret(utterance, context: context)
    interpretation.repairs = repairs
    interpretation.mendedLine = repaired
    guard let pending = state.pending, pending.kind != .standard else { return interpretation }
    PendingAnswer.resolve(
      utterance, pending: pending, profile: state.profile, into: &interpretation)
    return interpretation
  }

}
