package import AdvisorCore
import AdvisorText

/// The whole plan as a Markdown document a user can keep or share with an advisor.
package enum PlanDocument {
  /// - Parameter alsoUnknown: what else is still unknown and able to change the advice, which
  ///   the advice cannot know (a question the user left open in a conversation).
  package static func markdown(for advice: Advice, draft: Draft? = nil, alsoUnknown: [String] = [])
    -> String
  {
    var lines: [String] = ["# Residency application plan", ""]
    lines += profileSection(advice.profile)
    lines += decisionSection(advice)
    lines += itemsSection(
      "Who should reach out", advice.items(.channel).filter { !$0.isAction })
    lines += itemsSection(
      AdviceTopic.specialty.heading, advice.items(.specialty).filter { !$0.isAction })
    lines += programSection(advice)
    lines += planSection(advice)
    for topic in AdviceCard.notedAfterPlan {
      lines += itemsSection(topic.heading, advice.items(topic).filter { !$0.isAction })
    }
    lines += itemsSection(AdviceTopic.mistakes.heading, advice.items(.mistakes))
    if let draft { lines += draftSection(draft) }
    // The same list as the card's: the answers not given, the results still to come, and what
    // the conversation left open.
    if let open = AdviceCard.stillUnknown(advice, also: alsoUnknown) {
      lines += ["## Still unknown", "", "Answering these could change the advice: \(open).", ""]
    }
    lines += ["## Sources", ""]
    lines += Article.allCases.map { "- **\($0.rawValue)**: \($0.title)" }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func cite(_ source: Source) -> String {
    if let origin = source.derivedFrom {
      return "*(the advisor's estimate, from \(origin.article), \(origin.section))*"
    }
    return "*(\(source.article), \(source.section))*"
  }

  private static func profileSection(_ profile: Profile) -> [String] {
    var lines = ["## Profile", "", "| | |", "| --- | --- |"]
    for (label, value) in ProfileSummary.lines(for: profile) {
      lines.append("| \(label) | \(escape(value)) |")
    }
    return lines + [""]
  }

  private static func decisionSection(_ advice: Advice) -> [String] {
    var lines = ["## Email or stay silent", ""]
    if let decision = advice.email.decision {
      lines.append("**\(decision.phrase.capitalizedFirstLetter)** (`\(decision.rawValue)`)")
    } else {
      let needed = advice.missing.prefix(2).map { $0.displayName(in: advice.profile) }
        .joinedAsList()
      lines.append("**Not decided yet**: it turns on \(needed).")
    }
    lines.append("")
    lines.append("### Why")
    lines.append("")
    for reason in advice.email.reasons {
      lines.append("- \(reason.text) \(cite(reason.source))")
    }
    return lines + [""]
  }

  private static func itemsSection(_ heading: String, _ items: [AdviceItem]) -> [String] {
    guard !items.isEmpty else { return [] }
    return ["## \(heading)", ""] + items.map { "- \($0.text) \(cite($0.source))" } + [""]
  }

  private static func programSection(_ advice: Advice) -> [String] {
    var lines = ["## Program list", ""]
    if let range = advice.applications {
      lines.append(
        "- Apply to **\(range.min)-\(range.max)\(range.openEnded ? "+" : "")** programs \(cite(range.basis.source))"
      )
    }
    lines += advice.items(.programs).filter { !$0.isAction }.map {
      "- \($0.text) \(cite($0.source))"
    }
    return lines + [""]
  }

  private static func planSection(_ advice: Advice) -> [String] {
    var lines = ["## Plan: what to do next", ""]
    for (index, item) in advice.plan.enumerated() {
      lines.append("\(index + 1). \(item.text) \(cite(item.source))")
    }
    return lines + [""]
  }

  private static func draftSection(_ draft: Draft) -> [String] {
    switch draft {
    case .email(let email):
      return ["## Draft email", "", "```", email.text, "```", ""]
    case .facultyBrief(let brief):
      return ["## For your faculty advocate or mentor", "", "> " + brief.text, ""]
    case .staySilent(let paragraph?):
      return ["## Personal-statement paragraph", "", "> " + paragraph.text, ""]
    case .staySilent(nil), .undecided:
      return []
    }
  }

  private static func escape(_ text: String) -> String {
    text.map { $0 == "|" ? "\\|" : String($0) }.joined()
  }
}
