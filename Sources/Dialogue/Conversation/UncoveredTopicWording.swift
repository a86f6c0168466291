extension UncoveredTopic {
  /// That the sources do not cover the topic, and who can answer instead.
  public var statement: String {
    switch self {
    case .notMatching:
      "The sources don't cover what to do after an unmatched cycle (the SOAP, a research or "
        + "preliminary year, reapplying); plan that with your dean's office or an advisor who "
        + "knows the Match."
    case .stepThree:
      "The sources don't cover USMLE Step 3: not whether to take it before the Match, nor how "
        + "programs weigh it; ask the programs you target, or an advisor who knows them."
    case .graduationYear:
      "The sources don't cover how programs weigh the year you graduated or the time since; "
        + "check each program's own limit on it, and ask an advisor who knows IMG outcomes."
    case .unnamedNumber:
      "Which number do you mean? In the chat, name it (\"where does the 220 come from?\") and "
        + "I'll show where your plan uses it, with its source."
    }
  }
}
