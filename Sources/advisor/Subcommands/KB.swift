import AdvisorText
import ArgumentParser
import BuiltInKnowledge
import KnowledgeBase
import LocatedJSON

/// `advisor kb`: list, show and lint knowledge-base entries.
struct KB: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kb",
    abstract: "List, show and check the knowledge base's entries.",
    subcommands: [List.self, Show.self, Lint.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List every entry: id, title and source.")

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
      let entries = try knowledge.load().entries
      if output.json {
        StandardOutput.print(json: JSONValue.array(entries.map(AnswerJSON.entry)))
        return
      }
      let width = entries.map(\.id.count).max() ?? 0
      for entry in entries {
        let padding = String(repeating: " ", count: width - entry.id.count)
        StandardOutput.print(
          TerminalText(
            "\(entry.id)\(padding)  \(entry.title)  \(AdviceCard.tag(entry.source))",
            keepingNewlines: false))
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show one entry with its source and example questions.")

    @Argument(help: "The entry's id (see 'advisor kb list').")
    var id: String

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var pager: PagerOptions

    func run() throws {
      let knowledgeBase = try knowledge.load()
      guard let entry = knowledgeBase.entry(id: id) else {
        let hint =
          knowledgeBase.search(id.split(separator: "-").joined(separator: " "), limit: 1)
          .related.first.map { "; did you mean \($0.entry.id)?" } ?? ""
        throw UserError("no entry with id '\(id)'\(hint) (see '\(Invocation.command("kb list"))')")
      }
      if output.json {
        StandardOutput.print(json: AnswerJSON.entry(entry))
        return
      }
      var document = AnswerText.entry(entry)
      document.append(.note("Asked as: " + entry.questions.joined(separator: " · ")))
      if !entry.tags.isEmpty {
        document.append(.note("Tags: " + entry.tags.joined(separator: ", ")))
      }
      Pager.print(TerminalText(document), disabled: pager.noPager)
    }
  }

  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint",
      abstract: "Check a folder of your own entries (without one: the built-in entries).",
      discussion: """
        Reports every problem as FILE:LINE: message and exits 2 when there is any: unknown or \
        missing keys, empty values or answers, malformed ids, duplicate ids, files that are \
        not UTF-8 text.
        """)

    @Argument(help: "The folder to check.")
    var folder: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
      let builtIn: KnowledgeBase
      do {
        builtIn = try KnowledgeBase.builtIn()
      } catch {
        throw UserError(error.description)
      }
      guard let folder else {
        // The build lints the built-in entry files; what is left to report is that it did.
        if output.json {
          StandardOutput.print(
            json: JSONValue.object([
              "folder": .string(BuiltInEntries.folder), "entries": .integer(builtIn.entries.count),
              "problems": .array([]),
            ]))
        } else {
          StandardOutput.print(
            "\(BuiltInEntries.folder): \(builtIn.entries.count) entries, no problems "
              + "(checked when this advisor was built)")
        }
        return
      }
      let files: [EntryFile]
      do {
        files = try EntryDirectory.files(in: folder)
      } catch {
        throw UserError(error.description)
      }
      // Checked against the built-in ids too: the two are loaded together.
      // Nothing reassuring is printed for a folder without entries: it is an error, not a pass.
      if files.isEmpty {
        throw UserError(file: folder, "no .md entries in this folder; pass a folder of .md entries")
      }
      let (entries, problems) = EntryLinter.check(files, reserved: Array(builtIn.entries))
      if output.json {
        StandardOutput.print(
          json: JSONValue.object([
            "folder": .string(folder), "entries": .integer(entries.count),
            "problems": .array(
              problems.map {
                .object([
                  "file": .string($0.file), "line": .integer($0.line),
                  "message": .string($0.message),
                ])
              }),
          ]))
      } else if problems.isEmpty {
        StandardOutput.print("\(folder): \(entries.count) entries, no problems")
      }
      guard problems.isEmpty else {
        if !output.json {
          for problem in problems { StandardError.write("advisor: error: \(problem)") }
        }
        throw ExitCode(2)
      }
    }
  }
}
