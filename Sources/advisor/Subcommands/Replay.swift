import AdvisorCore
import AdvisorText
import ArgumentParser
import Dialogue
import KnowledgeBase
import LocatedJSON
import Platform
import Storage

/// `advisor replay`: runs scripted dialogues and says where the advisor now says something else.
struct Replay: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay transcripts (files or folders of .chat files) and compare the replies.",
    discussion: """
      Each transcript runs in a fresh session with no saved state. Exit 0 when every \
      transcript passes, 1 when any reply or assertion differs (a unified diff names the file \
      and line), 2 when a transcript cannot be read. The format is described in \
      dialogues/README.md.

      Examples:
        advisor replay dialogues
        advisor replay dialogues/rebound-faculty.chat --update
        advisor replay dialogues --coverage
      """)

  @Argument(help: "Transcript files, or folders searched for *.chat files.")
  var paths: [String]

  @Flag(help: "Rewrite the expected replies in place, keeping comments and assertions.")
  var update = false

  @Flag(
    help:
      "Also list the decision rules, slots, commands and knowledge entries exercised, and those never reached."
  )
  var coverage = false

  @OptionGroup var knowledge: KnowledgeOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    guard !paths.isEmpty else {
      throw ValidationError("give transcript files or folders, e.g. advisor replay dialogues")
    }
  }

  func run() throws {
    let files = try TranscriptFiles.find(paths)
    let transcripts = try files.map { path -> Transcript in
      let text = try InputFile.readText(path, what: "transcript")
      do {
        return try Transcript(parsing: text, file: path)
      } catch let error as TranscriptError {
        throw UserError(file: error.file, line: error.line, error.message)
      }
    }
    let knowledgeBase = try knowledge.load()
    var results: [ReplayResult] = []
    var rewritten: Set<String> = []
    var tally = CoverageTally()
    for transcript in transcripts {
      let folder = transcript.file.split(separator: "/", omittingEmptySubsequences: false)
        .dropLast()
        .joined(separator: "/")
      let files = LocalFiles(base: folder.isEmpty ? nil : folder, discardWrites: true)
      let result = Replayer.replay(transcript, knowledge: knowledgeBase, files: files)
      results.append(result)
      tally.merge(result.coverage)
      if update, result.updated.text != transcript.text {
        rewritten.insert(transcript.file)
        // Through a link, the file it points to is rewritten and the link kept.
        let target = TranscriptFiles.resolvingLinks(transcript.file)
        do {
          try PrivateFile.write(result.updated.text, to: target)
          chmod(target, 0o644)
        } catch {
          throw UserError(error.description)
        }
      }
    }
    let report = CoverageReport(tally: tally, knowledge: knowledgeBase)
    if output.json {
      StandardOutput.print(
        json: ReplayJSON.summary(results, updated: update, coverage: coverage ? report : nil))
    } else {
      printText(results, rewritten: rewritten, report: coverage ? report : nil)
    }
    if !update, results.contains(where: { !$0.passed }) { throw ExitCode(1) }
  }

  private func printText(_ results: [ReplayResult], rewritten: Set<String>, report: CoverageReport?)
  {
    for result in results {
      if update {
        StandardOutput.print(
          (rewritten.contains(result.file) ? "UPDATED " : "UNCHANGED ") + safe(result.file))
      } else if result.passed {
        StandardOutput.print("PASS \(safe(result.file)) (\(result.turns) turns)")
      } else {
        StandardOutput.print("FAIL \(safe(result.file))")
        // Diffs and assertion values quote the transcript's and the replies' text.
        for failure in result.failures { StandardOutput.print(failure.detail) }
      }
    }
    let failed = results.filter { !$0.passed }.count
    if update {
      StandardOutput.print(
        "\(results.count) transcripts: \(rewritten.count) updated, \(results.count - rewritten.count) unchanged"
      )
    } else {
      StandardOutput.print(
        "\(results.count) transcripts: \(results.count - failed) passed, \(failed) failed")
    }
    if let report { StandardOutput.print(report.text) }
  }

  private func safe(_ file: String) -> String {
    TerminalSafe.text(file, keepingNewlines: false)
  }
}

/// Finds transcripts: files as given, folders searched (recursively) for `*.chat`.
enum TranscriptFiles {
  static func find(_ paths: [String]) throws -> [String] {
    var files: [String] = []
    for path in paths {
      var info = stat()
      guard stat(path, &info) == 0 else {
        throw UserError(
          file: path, "\(errorMessage(errno)); give a transcript file or a folder")
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        let found = chatFiles(in: path)
        if found.isEmpty { throw UserError(file: path, "no .chat transcripts in this folder") }
        files += found
      } else {
        files.append(path)
      }
    }
    return files
  }

  /// The path with its symbolic links resolved, or the path itself when it cannot be.
  static func resolvingLinks(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private static func chatFiles(in folder: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var files: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard !name.hasPrefix(".") else { continue }
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      // lstat: a link to a folder is not followed (it could lead back up and never end), as
      // find does; a link to a transcript is read like the file itself.
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        files += chatFiles(in: path)
      } else if name.hasSuffix(".chat") {
        files.append(path)
      }
    }
    return files.sorted()
  }
}
