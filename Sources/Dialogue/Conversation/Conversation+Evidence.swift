import AdvisorCore
import AdvisorText

extension Conversation {
  /// A plain yes or no to the clinical-evidence question, read here until the understanding
  /// learns the slot; nil when the line is anything else, so it goes the usual way.
  mutating func answerEvidence(_ line: String) -> Turn? {
    guard state.pending?.slot == .clinicalEvidence, state.pending?.kind == .standard else {
      return nil
    }
    let words = Utterance(line).words
    let answer = words.joined(separator: " ")
    let value: Bool
    if Lexicon.yes.contains(answer) || Lexicon.yes.contains(words.first ?? "") {
      value = true
    } else if Lexicon.no.contains(answer) || words.first == "no" || words.first == "nope" {
      value = false
    } else {
      return nil
    }
    let oldAdvice = advice
    let before = state.profile
    state.history.append(state.snapshot)
    if state.history.count > ConversationState.historyLimit { state.history.removeFirst() }
    state.profile.clinicalEvidence = value
    state.skipped.remove(.clinicalEvidence)
    state.misses = 0
    let changes = SlotChange.between(before, state.profile)
    var reply = TextDocument([
      .paragraph(
        "Got it: " + ProfileSummary.bareValue(of: .clinicalEvidence, in: state.profile) + ".")
    ])
    let lines = AdviceChanges.describe(from: oldAdvice, to: advice)
    if !lines.isEmpty {
      reply.separate()
      for block in lines { reply.append(block) }
    }
    appendNextQuestion(to: &reply, advice: advice)
    return makeTurn(input: line, stored: line, reply: reply, changes: changes)
  }
}
