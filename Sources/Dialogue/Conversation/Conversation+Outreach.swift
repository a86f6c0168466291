import AdvisorCore
import AdvisorText
import Outreach
import TextInput

extension Conversation {
  /// `/draft [PROGRAM]`.
  func draft(program: String?) -> TextDocument {
    OutreachText.document(
      for: Drafter.draft(DraftRequest(profile: state.profile, program: program)), in: .chat)
  }

  /// `/programs FILE`: the user's list sorted for the current profile.
  func triage(file: String?) -> TextDocument {
    guard let file else {
      return TextDocument([
        .paragraph(
          "Give the CSV file: /programs my-programs.csv. It needs a header row with name and "
            + "state; city, specialty, typical_step2, minimum_step2, accepts_imgs, "
            + "sponsors_visas and connection are optional.")
      ])
    }
    let text: String
    do {
      text = try files.read(file)
    } catch {
      return TextDocument([.paragraph("I couldn't read that list: \(error.message)")])
    }
    do {
      let programs = try ProgramListParser.parse(text)
      return OutreachText.document(for: ProgramTriage.triage(programs, profile: state.profile))
    } catch {
      return TextDocument([.paragraph("\(file):\(error.line): \(error.message)")])
    }
  }

  /// `/export FILE.md`: the plan as Markdown.
  func export(to file: String?) -> TextDocument {
    guard let file else { return "Give the file to save to: /export my-plan.md" }
    let markdown = PlanDocument.markdown(
      for: advice, draft: Drafter.draft(DraftRequest(profile: state.profile)))
    do {
      try files.write(markdown, to: file)
      return TextDocument([.paragraph("Saved your plan to \(file).")])
    } catch {
      return TextDocument([.paragraph("I couldn't save the plan: \(error.message)")])
    }
  }

  /// A line while a draft is being pasted for `/check`.
  mutating func collect(_ line: String) -> Turn {
    let trimmed = line.trimmingWhitespace
    if trimmed == "/cancel" {
      (state.collecting, state.collectedBytes) = (nil, 0)
      var reply = TextDocument([.paragraph("Check cancelled.")])
      if let pending = state.pending { reply.append(.paragraph(QuestionBook.brief(pending))) }
      return makeTurn(input: line, stored: .text(line), reply: reply, changes: [])
    }
    guard trimmed == "." else {
      // The paste has the cap of any input; past it, lines are read to the "." but not kept.
      state.collectedBytes += line.utf8.count + 1
      if state.collectedBytes <= InputReader.defaultLimit { state.collecting?.append(line) }
      var turn = makeTurn(
        input: line, stored: .draft, reply: TextDocument(), changes: [])
      turn.collecting = true
      return turn
    }
    let draft = InputText.normalisingNewlines((state.collecting ?? []).joined(separator: "\n"))
    let tooLarge = state.collectedBytes > InputReader.defaultLimit
    (state.collecting, state.collectedBytes) = (nil, 0)
    var reply =
      tooLarge
      ? TextDocument([
        .paragraph(
          "That draft is over \(InputReader.defaultLimit >> 20) MiB, far longer than any email; "
            + "I did not check it. Paste the email itself after /check.")
      ]) : OutreachText.document(for: DraftChecker.review(draft))
    if let pending = state.pending {
      reply.separate()
      reply.append(.paragraph(QuestionBook.brief(pending)))
    }
    var turn = makeTurn(input: line, stored: .text(line), reply: reply, changes: [])
    turn.command = .check
    return turn
  }

  /// What is stored for a line of a pasted draft: the draft itself is not kept.
  package static let draftLine = StoredLine.draft.serialized
}
