import AdvisorText
import ArgumentParser
import Dialogue
import KnowledgeBase
import LocatedJSON

/// `advisor ask`: one question answered from the knowledge base, with its source.
struct Ask: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ask",
    abstract: "Answer one question from the knowledge base, citing its source.",
    discussion: """
      Exits 1 when nothing answers the question with confidence, listing the nearest topics.

      Examples:
        advisor ask should I mention my score in interviews
        advisor ask "how many programs should I email?" --json
        advisor ask --kb ~/my-notes what does my mentor say about letters
      """)

  @Argument(help: "The question, in your own words.")
  var question: [String] = []

  @Option(help: "How many related topics to list.")
  var top = 3

  @OptionGroup var knowledge: KnowledgeOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    guard !question.joined().allSatisfy(\.isWhitespace) else {
      throw ValidationError("give a question, e.g. advisor ask should I email programs")
    }
    guard (0...50).contains(top) else { throw ValidationError("--top must be from 0 to 50") }
  }

  func run() throws {
    let knowledgeBase = try knowledge.load()
    let query = question.joined(separator: " ")
    // Read with its typos mended, as the chat reads a line; reported as typed.
    let mended = SearchQuery.mended(query, knowledge: knowledgeBase)
    // "should i email, i failed step 1 once and got 226": first what the plan says for the
    // facts stated, so the entry after it is not read as this applicant's case.
    let forYou = StatedFactsAnswer(question: query, knowledge: knowledgeBase)
    // Searched as the chat searches it (without places and names no entry knows); reported as
    // typed.
    var response = knowledgeBase.search(
      SearchQuery.withoutUnknownNames(
        forYou?.searchText ?? mended,
        knowledge: knowledgeBase),
      limit: top + 1)
    response.query = query
    // "what if i dont match": a topic the sources do not cover gets that said, not the entry
    // its words happen to find.
    let uncovered = UncoveredTopic.asked(in: mended)
    if uncovered != nil { response.answer = nil }
    // "what are my chances": the entry the chat answers it with (its search score when the
    // search found it too, else 0), the search's own best among the related.
    if uncovered == nil, let id = forYou?.entryID ?? GeneralEntry.id(answering: mended),
      let entry = knowledgeBase.entry(id: id)
    {
      let hits = [response.answer].compactMap { $0 } + response.related
      response.answer = hits.first { $0.entry.id == id } ?? .chosen(entry)
      response.related = hits.filter { $0.entry.id != id }
    }
    let related = Array(response.related.prefix(top))
    if output.json {
      let forYouText = forYou.map { TextRenderer(width: nil, color: false).render($0.document) }
      // How the answer after "for_you" is introduced, as the text says it.
      let lead = response.answer.flatMap { answer in forYou?.lead(forEntry: answer.entry.id) }
      StandardOutput.print(
        json: AnswerJSON.response(
          response, related: related, uncovered: uncovered?.statement, forYou: forYouText,
          lead: lead))
    } else {
      if let uncovered { StandardOutput.print(uncovered.statement) }
      // As the JSON gives it: the answer for the facts stated, whether or not an entry follows.
      if let forYou {
        StandardOutput.print(forYou.document)
        if let answer = response.answer {
          StandardOutput.print(forYou.lead(forEntry: answer.entry.id))
        }
      }
      // An answer for the facts stated stands without an entry: no "no confident answer" after it.
      if forYou == nil || response.answer != nil {
        let hint = AnswerText.EntryHint.command(Invocation.command("kb show"))
        StandardOutput.print(AnswerText.document(response, related: related, hint: hint))
      }
    }
    if response.answer == nil, forYou == nil { throw ExitCode(1) }
  }
}
