package import AdvisorCore

/// The advice as a card: the decision first, then why, then the plan.
package enum AdviceCard {
  /// The whole card.
  ///
  /// - Parameter alsoUnknown: what else is still unknown and able to change the advice, which
  ///   the advice cannot know (a question the user left open in a conversation).
  package static func document(for advice: Advice, alsoUnknown: [String] = []) -> TextDocument {
    var document = TextDocument()
    document.append(.note("Profile: " + ProfileSummary.line(for: advice.profile)))
    document.append(.blank)
    document.append(contentsOf: decision(advice))
    document.separate()
    document.append(contentsOf: why(advice))
    appendSection(&document, AdviceTopic.channel.heading, notes(advice, .channel))
    appendSection(&document, AdviceTopic.specialty.heading, notes(advice, .specialty))
    appendSection(&document, AdviceTopic.programs.heading, programs(advice))
    appendSection(&document, "Plan: what to do next, most important first", plan(advice))
    for topic in AdviceCard.notedAfterPlan {
      appendSection(&document, topic.heading, notes(advice, topic))
    }
    appendSection(&document, AdviceTopic.mistakes.heading, notes(advice, .mistakes))
    if let open = stillUnknown(advice, also: alsoUnknown) {
      document.separate()
      document.append(.note("Still unknown, and able to change this advice: \(open)."))
    }
    document.separate()
    document.append(.note(legend(for: advice)))
    return document
  }

  /// What could still change the advice, as a list: the answers not given, then the results
  /// still to come, then `also`; nil when nothing could.
  package static func stillUnknown(_ advice: Advice, also: [String] = []) -> String? {
    let open =
      advice.missing.map { $0.displayName(in: advice.profile) }
      + awaitedResults(advice).map { $0 + ", still to come" }
      + also
    return open.isEmpty ? nil : open.joinedAsList()
  }

  /// The results still to come that could change the advice ("your Step 2 CK result").
  package static func awaitedResults(_ advice: Advice) -> [String] {
    advice.awaiting.map { "your \($0.displayName) result" }
  }

  /// The decision line and its conclusion.
  package static func decision(_ advice: Advice) -> TextDocument {
    var document = TextDocument([.heading(AdviceTopic.email.heading.uppercased())])
    guard let decision = advice.email.decision else {
      document.append(.emphasis("Not decided yet"))
      if let reason = advice.email.reasons.first(where: { $0.rule == EmailAdvice.undecidedRule }) {
        document.append(.paragraph(reason.text, indent: 2))
      }
      return document
    }
    document.append(.emphasis(decision.phrase.capitalizedFirst + " (\(decision.rawValue))"))
    for reason in advice.email.headline {
      // The conclusion is the decision's own text; the caveat carries its estimate's tag.
      let tag = reason.rule == EmailAdvice.nearTheLineRule ? " " + tag(reason.source) : ""
      document.append(.paragraph(reason.text + tag, indent: 2))
    }
    return document
  }

  /// The reasoning, rule by rule, with sources: the answered questions, then the notes.
  package static func why(_ advice: Advice) -> TextDocument {
    let reasons = advice.email.reasons.filter {
      $0.rule != advice.email.rule && $0.rule != EmailAdvice.undecidedRule
        && $0.rule != EmailAdvice.nearTheLineRule
    }
    guard !reasons.isEmpty else { return TextDocument() }
    var document = TextDocument([.heading("Why")])
    for reason in reasons { document.append(.bullet(reason.text + " " + tag(reason.source))) }
    return document
  }

  /// The prioritised plan, numbered, most important first.
  ///
  /// No topic subheadings: in priority order the topics interleave, so they would repeat (and
  /// echo the card's own section headings).
  package static func plan(_ advice: Advice) -> TextDocument {
    TextDocument(
      advice.plan.enumerated().map { index, item in
        .numbered(index + 1, item.text + " " + tag(item.source))
      })
  }

  private static func programs(_ advice: Advice) -> TextDocument {
    var document = TextDocument()
    if let range = advice.applications {
      document.append(
        .bullet(
          "Apply to \(range.min)-\(range.max)\(range.openEnded ? "+" : "") programs "
            + tag(range.basis.source)))
    }
    document.append(contentsOf: notes(advice, .programs))
    return document
  }

  private static func notes(_ advice: Advice, _ topic: AdviceTopic) -> TextDocument {
    TextDocument(
      advice.items(topic).filter { !$0.isAction }.map {
        .bullet($0.text + " " + tag($0.source))
      })
  }

  private static func appendSection(
    _ document: inout TextDocument, _ heading: String, _ body: TextDocument
  ) {
    guard !body.isEmpty else { return }
    document.separate()
    document.append(.heading(heading))
    document.append(contentsOf: body)
  }

  /// Topics whose notes follow the plan; the email notes are in "Why", and the channel,
  /// specialty, program and mistake notes have sections of their own.
  package static let notedAfterPlan: [AdviceTopic] = [
    .addressing, .recovery, .strengthening, .interviews,
  ]

  /// A short citation: "[E: Decision flowchart]".
  package static func tag(_ source: Source) -> String {
    if let origin = source.derivedFrom {
      return "[the advisor's estimate, from \(abbreviation(origin.article)): \(origin.section)]"
    }
    return "[\(abbreviation(source.article)): \(source.section)]"
  }

  private static func abbreviation(_ article: String) -> String {
    switch Article(rawValue: article) {
    case .emailOrSilence?: "E"
    case .bostonUSIMG?: "B"
    case .publicFigures?: "F"
    case nil: article
    }
  }

  /// What each source letter stands for.
  package static func legend(for advice: Advice) -> String {
    "Sources: "
      + Article.allCases.map { "\(abbreviation($0.rawValue)) = \($0.title)" }
      .joined(separator: "; ") + "."
  }
}

extension String {
  /// The string with its first character upper-cased.
  package var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
