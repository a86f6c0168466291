package import AdvisorCore

/// What `/draft` and `advisor email draft` produce, given the email decision.
package enum Draft: Sendable, Hashable {
  /// A short email to a program.
  case email(EmailDraft)
  /// The 2-3 sentence summary to hand a faculty advocate.
  case facultyBrief(FacultyBrief)
  /// No email: the personal-statement paragraph instead (nil when there is nothing to explain).
  case staySilent(StatementParagraph?)
  /// Too little known to draft anything: the slots the decision waits on, named as `profile`
  /// holds them ("your Step 2 CK score" once the result is on record).
  case undecided(missing: [Slot], profile: Profile)
}

/// A short email in the articles' structure.
package struct EmailDraft: Sendable, Hashable {
  package var subject: String
  package var salutation: String
  package var sentences: [DraftSentence]
  package var signOff: String

  /// The body, one paragraph per topic run.
  package var text: String {
    var paragraphs: [String] = []
    var current: [String] = []
    var topic: DraftSentence.Topic?
    for sentence in sentences {
      let group: DraftSentence.Topic =
        [.strength, .context].contains(sentence.topic) ? .score : sentence.topic
      if let topic, topic != group, !current.isEmpty {
        paragraphs.append(current.joined(separator: " "))
        current = []
      }
      current.append(sentence.text)
      topic = group
    }
    if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
    return
      (["Subject: \(subject)", "", salutation, ""] + paragraphs.flatMap { [$0, ""] } + [signOff])
      .joined(separator: "\n")
  }
}

/// The sentences a faculty advocate is handed, to frame the score for a program director.
package struct FacultyBrief: Sendable, Hashable {
  package var sentences: [String]

  package var text: String { sentences.joined(separator: " ") }
}

/// The paragraph that addresses the score inside the personal statement.
package struct StatementParagraph: Sendable, Hashable {
  package var sentences: [String]

  package var text: String { sentences.joined(separator: " ") }
}
