import AdvisorCore
import AdvisorText
import ArgumentParser
import Dialogue
import LocatedJSON
import Platform
import Storage

/// `advisor sessions`: the saved sessions, for someone helping several applicants.
struct Sessions: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sessions",
    abstract: "List, show, export and delete the saved chat sessions.",
    discussion: """
      'advisor chat --session NAME' keeps a separate session under NAME; the unnamed one is \
      'default', and a new chat keeps the one it replaces as NAME.previous (or NAME.previous-2, \
      -3, ... when that name is taken: a kept session is never overwritten). A new chat of \
      questions, commands and goodbyes alone (a bare /quit) replaces nothing.

      Examples:
        advisor sessions list
        advisor sessions show alex
        advisor sessions export alex --json > alex.json
        advisor sessions delete alex
      """,
    subcommands: [List.self, Show.self, Export.self, Delete.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List every saved session: name, turns, profile.")

    @OptionGroup var output: OutputOptions

    func run() throws {
      let summaries = try SessionsCatalog.reading().map { database in
        try SessionsCatalog.call { try database.list() }
      }
      guard let summaries else {
        if output.json { return StandardOutput.print("[]") }
        return StandardOutput.print("No saved sessions yet.")
      }
      if output.json {
        let rows = summaries.map { summary -> JSONValue in
          .object([
            "name": .string(summary.name), "turns": .integer(summary.turns),
            "changed": summary.changed.map { .string(SessionsCatalog.timestamp($0)) } ?? .null,
            "profile": summary.profile.json,
          ])
        }
        StandardOutput.print(json: JSONValue.array(rows))
        return
      }
      guard !summaries.isEmpty else { return StandardOutput.print("No saved sessions yet.") }
      let rows = summaries.map { summary in
        (summary, "\(summary.turns) " + (summary.turns == 1 ? "turn" : "turns"))
      }
      let nameWidth = summaries.map(\.name.count).max() ?? 0
      let turnsWidth = rows.map(\.1.count).max() ?? 0
      for (summary, turns) in rows {
        let name = summary.name + String(repeating: " ", count: nameWidth - summary.name.count)
        let count = turns + String(repeating: " ", count: turnsWidth - turns.count)
        StandardOutput.print("\(name)  \(count)  \(ProfileSummary.line(for: summary.profile))")
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show a session's profile and turns.")

    @Argument(help: "The session's name (see 'advisor sessions list').")
    var name: String

    @OptionGroup var output: OutputOptions

    func run() throws {
      let database = try SessionsCatalog.reading(name)
      if output.json {
        return StandardOutput.print(
          json: try SessionsCatalog.call { try database.export(name) }, pretty: false)
      }
      let turns = try SessionsCatalog.call { try database.turns(name) }
      for entry in turns {
        StandardOutput.print("you> \(entry.input)")
        StandardOutput.print(entry.reply)
        StandardOutput.print("")
      }
    }
  }

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Print a session as JSON: name, profile and every turn's input, profile, email.")

    @Argument(help: "The session's name.")
    var name: String

    @OptionGroup var output: OutputOptions

    func run() throws {
      let database = try SessionsCatalog.reading(name)
      let export = try SessionsCatalog.call { try database.export(name) }
      StandardOutput.print(json: export, pretty: !output.json)
    }
  }

  struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "delete", abstract: "Delete a saved session and its turns.")

    @Argument(help: "The session's name.")
    var name: String

    func run() throws {
      let directory = try StateFolder.locate()
      let database = try SessionsCatalog.open(directory)
      try SessionsCatalog.call {
        let lock = try SessionLock(folder: directory.path, name: name)
        guard try database.delete(name) else { throw SessionStoreError.noSuchSession(name) }
        lock.removeFile()
      }
      StandardOutput.print("Deleted the session '\(name)'.")
    }
  }
}

/// Opens the session database for `advisor sessions`, mapping failures to one-line errors.
enum SessionsCatalog {
  /// Opens the database for reading only (`list`, `show`, `export`): nothing is created,
  /// migrated or imported, so a read-only state folder or disk works; nil when there is none.
  static func reading() throws -> SessionDatabase? {
    let path = try StateFolder.locate().path + "/" + SessionDatabase.fileName
    do {
      return try SessionDatabase(readingAt: path)
    } catch .noDatabase {
      return nil
    } catch {
      throw UserError(error.description)
    }
  }

  /// The database for reading the session `name`; no database at all is no such session.
  static func reading(_ name: String) throws -> SessionDatabase {
    guard let database = try reading() else {
      throw UserError(SessionStoreError.noSuchSession(name).description)
    }
    return database
  }

  /// `seconds` since 1970 as an ISO 8601 UTC time, `2026-12-01T02:08:07Z`.
  static func timestamp(_ seconds: Int) -> String {
    var time = time_t(seconds)
    var parts = tm()
    gmtime_r(&time, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
  }

  static func open(_ directory: StateDirectory? = nil) throws -> SessionDatabase {
    let directory = try directory ?? StateFolder.locate()
    let (database, notices) = try call {
      try ChatSessionStore.open(ChatSessionStore.prepare(directory))
    }
    for notice in notices { StandardError.write("advisor: \(SessionNotices.text(notice))") }
    return database
  }

  static func call<Value>(_ body: () throws -> Value) throws -> Value {
    do {
      return try body()
    } catch let error as SessionStoreError {
      throw UserError(error.description)
    }
  }
}
