import AdvisorCore
import AdvisorText

/// What changed in the advice between two turns, and why, in a few lines.
enum AdviceChanges {
  /// What a reply already says before the changes are described, so they do not say it again.
  struct AlreadySaid {
    /// The rules of the plan steps listed ("what should i do first").
    var steps: Set<String> = []
    /// The specialty's sensitivity ("is that realistic for me").
    var sensitivity = false
    /// This applicant's email decision ("should I email?").
    var decision = false
  }

  /// - Parameter restoring: the new advice is an earlier one brought back (`/undo`): its steps
  ///   are back in the plan, not new to it.
  static func describe(
    from old: Advice, to new: Advice, shown: AlreadySaid = AlreadySaid(), restoring: Bool = false
  ) -> [TextDocument.Block] {
    // The advice is worked out from the profile alone: the same profile, nothing has changed.
    guard old.profile != new.profile else { return [] }
    var lines: [TextDocument.Block] = []
    if !shown.decision, let line = decisionLine(old, new) {
      lines.append(.paragraph(line))
    }
    if old.specialty.specialty != new.specialty.specialty,
      let specialty = new.specialty.specialty, !shown.sensitivity
    {
      let benchmarks = ScoreThresholds.benchmarks(for: specialty)
      lines.append(
        .paragraph(
          "For \(specialty.displayName), sensitivity to low scores is "
            + "\(benchmarks.sensitivityDescription). "
            + AdviceCard.tag(benchmarks.sensitivitySource)))
    }
    if old.applications != new.applications {
      if let range = new.applications {
        lines.append(
          .paragraph(
            "Aim to apply to \(range.min)-\(range.max)\(range.openEnded ? "+" : "") "
              + "programs. \(AdviceCard.tag(range.basis.source))"))
      } else if old.applications != nil {
        lines.append(
          .paragraph("The sources give no program count for your profile now."))
      }
    }
    let before = Set(old.items.map(\.rule)).union(shown.steps)
    for item in new.items where !before.contains(item.rule) && announced(item) {
      let lead = restoring ? "Back in your plan" : "New in your plan"
      lines.append(.paragraph("\(lead): \(item.text) \(AdviceCard.tag(item.source))"))
    }
    return lines
  }

  private static func announced(_ item: AdviceItem) -> Bool {
    if item.rule == "programs.massachusetts-first" || item.rule == "programs.count-unsourced" {
      return true
    }
    return item.isEarlyStep && item.topic != .addressing
  }

  private static func decisionLine(_ old: Advice, _ new: Advice) -> String? {
    let before = old.email.decision
    let after = new.email.decision
    if before == nil, after == nil, new.email.needed == [.clinicalEvidence],
      old.email.needed != new.email.needed,
      let pending = new.email.reasons.last(where: { $0.rule == EmailAdvice.undecidedRule })
    {
      // The rebound is a judgement the evidence settles: say the decision is pending, and why.
      return "I can't advise on emailing programs until I know your clerkship and shelf "
        + "results. \(pending.text) \(AdviceCard.tag(pending.source))"
    }
    // A result awaited that came in says what the decision now rests on, changed or not.
    let resultCameIn = after != nil && old.awaiting != new.awaiting
    guard before != after || old.email.rule != new.email.rule || resultCameIn else { return nil }
    // Another rule that gives the same decision for the same reason in the same words ("still
    // to ..., now because:" and the reason as before) says nothing new.
    if before == after, !resultCameIn,
      old.email.headline.map(\.text) == new.email.headline.map(\.text)
    {
      return nil
    }
    let needed = (new.email.needed.isEmpty ? Array(new.missing.prefix(1)) : new.email.needed)
      .map { $0.displayName(in: new.profile) }.joinedAsList()
    let sentence = DecisionWording.change(from: before, to: after, needed: needed)
    if after == nil, let question = new.email.waitingOn {
      // Why this profile needs the slot when another did not: the question it is needed for.
      return "\(sentence) It decides the next question on the way: \(question)"
    }
    guard after != nil, !new.email.headline.isEmpty else { return sentence }
    let provisional = DecisionWording.provisional(new).map { [$0] } ?? []
    return
      ([sentence] + new.email.headline.map { "\($0.text) \(AdviceCard.tag($0.source))" }
      + provisional).joined(separator: " ")
  }
}
