public import AdvisorCore

/// What `/draft` and `advisor email draft` produce, given the email decision.
public enum Draft: Sendable, Hashable {
  /// A short email to a program.
  case email(EmailDraft)
  /// The 2-3 sentence summary to hand a faculty advocate.
  case facultyBrief(FacultyBrief)
  /// No email: the personal-statement paragraph instead (nil when there is nothing to explain).
  case staySilent(StatementParagraph?)
  /// Too little known to draft anything.
  case undecided(missing: [Slot])
}

/// A short email in the articles' structure.
public struct EmailDraft: Sendable, Hashable {
  public var subject: String
  public var salutation: String
  public var sentences: [DraftSentence]
  public var signOff: String

  /// The body, one paragraph per topic run.
  public var text: String {
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
public struct FacultyBrief: Sendable, Hashable {
  public var sentences: [String]

  public var text: String { sentences.joined(separator: " ") }
}

/// The paragraph that addresses the score inside the personal statement.
public struct StatementParagraph: Sendable, Hashable {
  public var sentences: [String]

  public var text: String { sentences.joined(separator: " ") }
}
