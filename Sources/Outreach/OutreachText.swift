import AdvisorCore
package import AdvisorText

/// Drafts, findings and triage results as text documents, for the terminal and the chat.
package enum OutreachText {
  /// Where a draft is shown, for the hint on how to check it.
  package enum Place: Sendable, Equatable {
    /// The chat, where `/check` checks a pasted draft.
    case chat
    /// The command line, where `NAME email check FILE` does, NAME as the user ran the advisor.
    case commandLine(name: String = "advisor")
  }

  /// The draft with its heading and notes.
  package static func document(for draft: Draft, in place: Place = .chat) -> TextDocument {
    switch draft {
    case .email(let email):
      let check =
        switch place {
        case .chat: "/check"
        case .commandLine(let name): "\(name) email check FILE"
        }
      return TextDocument([
        .heading("Draft email (\(email.sentences.count) sentences; replace the [bracketed] parts)"),
        .blank, .verbatim(email.text), .blank,
        .note(
          "Check it with \(check): cut anything that sounds like an excuse. "
            + AdviceCard.tag(.closingExercise)),
      ])
    case .facultyBrief(let brief):
      return TextDocument([
        .heading("For your faculty advocate or mentor"),
        .paragraph(
          "Your decision is that a faculty advocate or mentor who knows you contacts the program "
            + "director. Hand them "
            + "these sentences, in your own words, so they can frame your Step story:"),
        .blank, .verbatim(brief.text), .blank,
        .note(AdviceCard.tag(.channel)),
      ])
    case .staySilent(let paragraph?):
      return TextDocument([
        .heading("No email: your decision is to stay silent about the score"),
        .paragraph(
          "Address it in the personal statement instead: one paragraph of 3-5 sentences, in the "
            + "middle, never the opening. A starting point:"),
        .blank, .verbatim(paragraph.text), .blank,
        .note(AdviceCard.tag(.addressing)),
      ])
    case .staySilent(nil):
      return TextDocument([
        .heading("No email: your decision is to stay silent about the score"),
        .paragraph(
          "There is nothing to explain either: leave the number alone and let your letters, "
            + "clerkship comments and fit carry the application. " + AdviceCard.tag(.whenNotToEmail)
        ),
      ])
    case .undecided(let missing, let profile):
      return TextDocument([
        .paragraph(
          "I can't draft anything yet: the email decision turns on "
            + missing.prefix(2).map { $0.displayName(in: profile) }.joinedAsList() + ".")
      ])
    }
  }

  /// The draft's own text alone (the email, the brief, the paragraph), for a file; nil when
  /// there is no draft.
  package static func draftText(of draft: Draft) -> String? {
    switch draft {
    case .email(let email): email.text
    case .facultyBrief(let brief): brief.text
    case .staySilent(let paragraph?): paragraph.text
    case .staySilent(nil), .undecided: nil
    }
  }

  /// The findings of a check, then how the body's sentences were counted.
  package static func document(for review: DraftReview) -> TextDocument {
    let findings = review.findings
    guard !findings.isEmpty else {
      return TextDocument([
        .paragraph(
          "No problems found: \(balance(of: review)); no apology, no health details"
            + (review.hasSubject ? ", a neutral subject." : "."))
      ])
    }
    var document = TextDocument()
    let errors = findings.filter { $0.severity == .error }.reduce(0) { $0 + 1 + $1.moreLines }
    let total = findings.reduce(0) { $0 + 1 + $1.moreLines }
    document.append(
      .heading("\(total) finding\(total == 1 ? "" : "s") (\(errors) to fix)"))
    for finding in findings {
      let more =
        finding.moreLines > 0
        ? " (and \(finding.moreLines) more line\(finding.moreLines == 1 ? "" : "s") like it)" : ""
      func bullet(quoting words: String) -> TextDocument.Block {
        .bullet(
          "line \(finding.line)\(more), \(finding.check) (\(finding.severity.rawValue)): "
            + "\(words). \(finding.why) Fix: \(finding.fix) \(AdviceCard.tag(finding.source))")
      }
      let shown = bullet(quoting: "\"\(finding.words)\"")
      if let category = finding.personalCategory {
        document.append(.personal(shown, stored: bullet(quoting: "[\(category), not kept]")))
      } else {
        document.append(shown)
      }
    }
    document.append(.paragraph("The body: \(balance(of: review))."))
    return document
  }

  /// "6 sentences, 3 about your strengths (lines 9, 10, 11) and 1 about the score (line 8)".
  private static func balance(of review: DraftReview) -> String {
    func lines(_ kind: SentenceKind) -> String {
      var seen = Set<Int>()
      var count = 0
      var lines: [String] = []
      // By index: a sentence's kind and line are read without copying its text.
      for index in review.sentences.indices where review.sentences[index].kind == kind {
        let line = review.sentences[index].line
        guard seen.insert(line).inserted else { continue }
        count += 1
        // A long paste names a few lines, not thousands: only the first six are written.
        if lines.count < 6 { lines.append(String(line)) }
      }
      guard count > 0 else { return "" }
      let shown = count > 6 ? lines.prefix(5) + ["\(count - 5) more"] : lines
      return " (line\(count == 1 ? "" : "s") \(Array(shown).joinedAsList()))"
    }
    let count = review.sentences.count
    let courtesies = review.count(.courtesy)
    let unweighed =
      courtesies == 0
      ? "" : " (\(courtesies) closing courtes\(courtesies == 1 ? "y" : "ies") not weighed)"
    return "\(count) sentence\(count == 1 ? "" : "s")\(unweighed), "
      + "\(review.count(.strength)) about your strengths\(lines(.strength)) and "
      + "\(review.count(.score)) about the score\(lines(.score))"
  }

  package static func document(for result: TriageResult) -> TextDocument {
    var document = TextDocument()
    for tier in Tier.allCases {
      let programs = result.programs.filter { $0.tier == tier }
      guard !programs.isEmpty else { continue }
      document.separate()
      document.append(.heading("\(tier.heading) (\(programs.count))"))
      for triaged in programs {
        let place = [triaged.program.city, triaged.program.state].filter { !$0.isEmpty }.joined(
          separator: ", ")
        var text = "\(triaged.program.name) (\(place)): " + triaged.reasons.joined(separator: "; ")
        if let unlikely = triaged.unlikely { text += "; \(unlikely)" }
        if let outreach = triaged.outreach { text += ". Outreach: \(outreach.phrase)" }
        document.append(.bullet(text + "."))
      }
    }
    if !result.outreach.isEmpty {
      document.separate()
      document.append(.heading("Outreach (\(result.outreach.count))"))
      for triaged in result.outreach {
        document.append(.bullet("\(triaged.program.name): \(triaged.outreach?.phrase ?? "")"))
      }
    }
    document.separate()
    document.append(.heading("The list as a whole"))
    for note in result.notes {
      document.append(.bullet(note.text + " " + AdviceCard.tag(note.source)))
    }
    return document
  }
}

extension OutreachChannel {
  /// Words for the channel.
  package var phrase: String {
    switch self {
    case .facultyContact: "your faculty advocate or mentor contacts the program director"
    case .rotationTeam:
      "someone from the team you rotated with there (an attending who saw your work) contacts "
        + "its program director"
    case .targetedEmail: "a brief targeted email from you"
    case .hookOnly: "an email only because of your hook"
    }
  }
}
