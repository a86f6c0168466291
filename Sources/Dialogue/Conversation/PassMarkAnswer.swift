import AdvisorCore

/// Which Step 2 CK pass mark applied to the user's sitting, as a line says it: the mark named
/// ("the 218 mark applied to me") or the date sat ("i took it aug 2026", "before july 2025"),
/// against the date the mark was raised (``ScoreThresholds/step2PassMarkRaised``).
enum PassMarkAnswer {
  /// The pass mark that applied, or nil when the line does not say.
  static func mark(in utterance: Utterance) -> Int? {
    let current = ScoreThresholds.step2PassMark.value
    let former = ScoreThresholds.step2FormerPassMark.value
    let tokens = utterance.tokens
    let namesMark = utterance.words.contains { ["mark", "applied", "passmark"].contains($0) }
    if namesMark,
      let named = tokens.compactMap(\.number).first(where: { [current, former].contains($0) })
    {
      return named
    }
    if utterance.containsAny(Lexicon.newPassMark) { return current }
    if utterance.containsAny(Lexicon.oldPassMark) { return former }
    let years = tokens.indices.lazy.filter { (2000...2100).contains(tokens[$0].number ?? 0) }
    guard let yearIndex = years.first, let year = tokens[yearIndex].number else { return nil }
    let month = yearIndex > 0 ? Lexicon.months[tokens[yearIndex - 1].text] : nil
    let raised = ScoreThresholds.step2PassMarkRaised
    let before = tokens[..<yearIndex].contains { $0.text == "before" }
    let sat = (year, month ?? (year == raised.year ? 0 : 1))
    if sat.0 == raised.year, month == nil { return nil }  // 2025 alone: either side
    let onOrAfter = sat >= (raised.year, raised.month)
    if before { return onOrAfter ? nil : former }
    return onOrAfter ? current : former
  }
}
