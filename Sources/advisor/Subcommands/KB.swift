import AdvisorText
import ArgumentParser
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
      abstract: "List every entry: id, title and source.")

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
      let entries = try knowledge.load().entries
      if output.json {
        print(JSONValue.array(entries.map(AnswerJSON.entry)).serialized(pretty: true))
        return
      }
      let width = entries.map(\.id.count).max() ?? 0
      for entry in entries {
        let padding = String(repeating: " ", count: width - entry.id.count)
        print("\(entry.id)\(padding)  \(entry.title)  \(AdviceCard.tag(entry.source))")
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show one entry with its source and example questions.")

    @Argument(help: "The entry's id (see 'advisor kb list').")
    var id: String

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
      let knowledgeBase = try knowledge.load()
      guard let entry = knowledgeBase.entry(id: id) else {
        let hint =
          knowledgeBase.search(id.split(separator: "-").joined(separator: " "), limit: 1)
          .related.first.map { "; did you mean \($0.entry.id)?" } ?? ""
        throw UserError("no entry with id '\(id)'\(hint) (see 'advisor kb list')")
      }
      if output.json {
        print(AnswerJSON.entry(entry).serialized(pretty: true))
        return
      }
      var document = AnswerText.entry(entry)
      document.append(.note("Asked as: " + entry.questions.joined(separator: " · ")))
      if !entry.tags.isEmpty {
        document.append(.note("Tags: " + entry.tags.joined(separator: ", ")))
      }
      print(Terminal.renderer().render(document))
    }
  }

  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check a folder of entries (the built-in ones by default).",
      discussion: """
        Reports every problem as FILE:LINE: message and exits 2 when there is any: unknown or \
        missing keys, empty values or answers, malformed ids, duplicate ids, files that are \
        not UTF-8 text.
        """)

    @Argument(help: "The folder to check.")
    var folder: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
      guard let folder = folder ?? BuiltInEntries.directory else {
        throw UserError("the built-in knowledge base is missing; pass a folder to check")
      }
      let files: [EntryFile]
      do {
        files = try EntryDirectory.files(in: folder)
      } catch {
        throw UserError(error.description)
      }
      let (entries, problems) = EntryLinter.check(files)
      if output.json {
        print(
          JSONValue.object([
            "folder": .string(folder), "entries": .integer(entries.count),
            "problems": .array(
              problems.map {
                .object([
                  "file": .string($0.file), "line": .integer($0.line),
                  "message": .string($0.message),
                ])
              }),
          ]).serialized(pretty: true))
      } else if problems.isEmpty {
        print("\(folder): \(entries.count) entries, no problems")
      }
      if files.isEmpty, problems.isEmpty {
        throw UserError(file: folder, "no .md entries in this folder")
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
