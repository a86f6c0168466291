import Foundation
import TestSupport
import Testing

/// The findings of the attack on the advisor's inputs, one test each: escapes from data never
/// reach the terminal raw, devices and FIFOs are refused at once, encodings read as plain text,
/// and errors say what is wrong, where.
@Suite("Hostile input: the attack's findings")
struct HostileInputTests {
  static let title = "\u{1B}]0;owned\u{07}"
  static let clear = "\u{1B}[2J"
  static let clipboard = "\u{1B}]52;c;cHduZWQ=\u{07}"

  /// Flags and chat lines carrying escape sequences, as a user or a script could pass them.
  static let flagCases: [(String, [String], String?)] = [
    (
      "advise --region",
      [
        "advise", "--step1", "pass", "--step2ck", "238", "--specialty", "IM",
        "--region", "Boston\(title)\(clear)",
      ], nil
    ),
    (
      "email draft --program/--director/--feature",
      [
        "email", "draft", "--step1", "pass", "--step1-attempts", "2", "--step2ck", "238",
        "--specialty", "IM", "--clinical-evidence",
        "--program", "Example\(title)", "--director", "Rivera\(clear)",
        "--feature", "its clinic\(clipboard)",
      ], nil
    ),
    ("unknown specialty on stderr", ["advise", "--specialty", "derm\(clear)"], nil),
    ("unknown connection on stderr", ["advise", "--connection", "x\(title)"], nil),
    (
      "chat /draft NAME, /programs and /export file names", ["chat"],
      "/draft Example\(title)\n/programs \(clear)list.csv\n/export /nonexistent/\(clipboard).md\n"
    ),
    (
      "chat /check of a paste with escapes", ["chat"],
      "/check\nSubject: My Step 1 \(title)\nDear Dr \(clear)X,\n.\n"
    ),
  ]

  @Test("Escapes in flags and chat lines are shown escaped", arguments: flagCases)
  func escapedFlags(name: String, arguments: [String], input: String?) throws {
    let advisor = try AdvisorProcess()
    let result = try advisor.run(arguments, input: input ?? "", timeLimit: 60)
    #expect(Self.raw(result.stdout).isEmpty, "\(name): \(Self.raw(result.stdout))")
    #expect(Self.raw(result.stderr).isEmpty, "\(name): \(Self.raw(result.stderr))")
    // Data's newlines never add lines: a message is one line, and a draft's notes, written to
    // stderr when stdout is a pipe, are its heading and its hint.
    let lines = name.hasPrefix("email draft") ? 2 : 1
    #expect(result.errorLines.count <= lines, "\(result.stderr)")
    // A pasted draft's escapes are checked, not quoted; everything else is shown back.
    if !name.contains("/check") {
      #expect((result.stdout + result.stderr).contains("\\x1b"), "\(name): nothing shown escaped")
    }
  }

  @Test("A knowledge entry's escapes are shown escaped by ask, kb show and kb list")
  func entryEscapes() throws {
    let advisor = try AdvisorProcess()
    let folder = advisor.stateHome.appendingPathComponent("kb")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let entry = """
      id: hostile-entry
      title: What my mentor said \(Self.title)
      article: my-notes
      section: Mentor \(Self.clear)meeting
      question: what did my mentor say
      question: my mentor's advice
      question: notes from my mentor

      My mentor said to apply broadly.\(Self.clipboard)\(Self.clear)

      """
    try Data(entry.utf8).write(to: folder.appendingPathComponent("note.md"))
    for arguments in [
      ["ask", "--kb", folder.path, "what did my mentor say"],
      ["kb", "show", "hostile-entry", "--kb", folder.path], ["kb", "list", "--kb", folder.path],
    ] {
      let result = try advisor.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(result.stdout.contains("\\x1b]0;owned\\x07"), "\(arguments)")
      #expect(Self.raw(result.stdout).isEmpty, "\(arguments): \(Self.raw(result.stdout))")
    }
    // --json keeps the data exact; JSON escapes the controls itself.
    let json = try advisor.run(["ask", "--json", "--kb", folder.path, "what did my mentor say"])
    #expect(
      json.stdout.contains("\\u001b]0;owned\\u0007")
        || json.stdout.contains("\\u001B]0;owned\\u0007"))
  }

  @Test("A region with escapes saved in a session is shown escaped in the resume summary")
  func resumeSummary() throws {
    let advisor = try AdvisorProcess()
    // An earlier version's session.json, imported on the first start, with escapes in its region.
    let folder = advisor.stateHome.appendingPathComponent("advisor")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let hostile = """
      {"format": "advisor-session", "version": 1, "profile": {"step1": {"outcome": "pass", \
      "score": null, "attempts": 2}, "step2ck": null, "specialty": null, "applicant": null, \
      "region": "Bos\\u001b]0;x\\u0007ton", "connections": null, "hook": null, \
      "cutoffUnmet": null, "hardship": null}, "state": {"pending": null, "skipped": [], \
      "misses": 0, "turnCount": 1, "planGiven": false, "lastScoreExam": null, "ended": true, \
      "history": []}, "turns": [{"turn": 1, "input": "failed step 1 once, passed", "reply": ""}]}
      """
    try Data(hostile.utf8).write(to: folder.appendingPathComponent("session.json"))
    let result = try advisor.run(["chat"], input: "/quit\n")
    #expect(result.stdout.contains("You have a saved session"))
    #expect(result.stdout.contains("\\x1b]0;x\\x07"), "\(result.stdout.prefix(400))")
    #expect(Self.raw(result.stdout).isEmpty, "\(Self.raw(result.stdout))")
  }

  @Test("The chat's /programs refuses a device, a FIFO and a 68 MB file at once: the same caps")
  func chatDevices() throws {
    let advisor = try AdvisorProcess()
    let fifo = advisor.stateHome.appendingPathComponent("list.csv").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let huge = advisor.stateHome.appendingPathComponent("huge.csv").path
    #expect(FileManager.default.createFile(atPath: huge, contents: nil))
    #expect(truncate(huge, 68 << 20) == 0)
    let result = try advisor.run(
      ["chat"], input: "/programs /dev/zero\n/programs \(fifo)\n/programs \(huge)\n/quit\n",
      timeLimit: 30)
    #expect(!result.timedOut)
    #expect(result.stdout.contains("\(huge): is too large: the limit for a text file is 16 MiB"))
    #expect(result.stdout.contains("/dev/zero: is a character device"), "\(result.stdout)")
    #expect(result.stdout.contains("\(fifo): is a FIFO (named pipe)"), "\(result.stdout)")
  }

  @Test("A CRLF or CR draft reports each finding on its own line and checks the subject")
  func crlfDraft() throws {
    let advisor = try AdvisorProcess()
    let draft = [
      "Subject: My Step 1 failure", "", "Dear Dr X,", "", "I am so sorry about my score.",
      "Thanks,", "Sam",
    ]
    let plain = try advisor.run(
      ["email", "check", try advisor.file("lf.txt", draft.joined(separator: "\n") + "\n")])
    #expect(plain.stdout.contains("line 1, subject-line"), "\(plain.stdout)")
    #expect(plain.stdout.contains("line 5, apology"), "\(plain.stdout)")
    for newline in ["\r\n", "\r"] {
      let bom = "\u{FEFF}" + draft.joined(separator: newline) + newline
      let result = try advisor.run(["email", "check", try advisor.file("crlf.txt", bom)])
      #expect(result.status == plain.status)
      #expect(result.stdout == plain.stdout)
    }
  }

  @Test("Piped chat lines end at LF, CRLF or a lone CR; a leading byte-order mark is dropped")
  func chatLineEnds() throws {
    let advisor = try AdvisorProcess()
    let lines = ["failed step 1 once, passed", "238 on CK", "IM"]
    let plain = try advisor.run(["chat", "--json"], input: lines.joined(separator: "\n") + "\n")
    for newline in ["\r\n", "\r"] {
      let input = "\u{FEFF}" + lines.joined(separator: newline) + newline
      let result = try advisor.run(["chat", "--json"], input: input)
      #expect(result.status == 0)
      #expect(result.stdout.split(separator: "\n").count == 3, "\(result.stdout.prefix(300))")
      #expect(result.stdout == plain.stdout)
    }
  }

  @Test("A FIFO where the history file should be is set aside; the REPL neither hangs nor loses it")
  func historyFIFO() throws {
    let home = try TemporaryFolder.make("advisor-history")
    let state = home.appendingPathComponent("state/advisor")
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    let history = state.appendingPathComponent("history").path
    #expect(mkfifo(history, 0o600) == 0)
    let tmux = Tmux()
    defer { tmux.stop() }
    try tmux.start(
      [AdvisorProcess.executable.path],
      environment: [
        "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
        "LANG": "C.UTF-8", "TERM": "xterm-256color", "NO_COLOR": "1", "PATH": "/usr/bin:/bin",
      ])
    _ = try tmux.wait(forText: "history file could not be read")
    try tmux.type("passed step 1 first try")
    try tmux.press("Enter")
    _ = try tmux.wait(forText: "Got it: Step 1 passed")
    var info = stat()
    #expect(stat(history, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG)
    #expect(stat(history + ".corrupt", &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
  }

  @Test("--json echoes a line with health details as the session keeps it, not verbatim")
  func jsonInputRedacted() throws {
    let advisor = try AdvisorProcess()
    let result = try advisor.run(
      ["chat", "--json"], input: "us md\nyes, health thing, panic attacks, resolved now\n")
    #expect(result.status == 0)
    #expect(!result.stdout.contains("panic"))
    #expect(result.stdout.contains("\"input\":\"(personal details not kept: now resolved)\""))
    #expect(result.stdout.contains("\"input\":\"us md\""))
  }

  @Test("A piped chat line over 16 MiB is cut there, with a note; the next line is read")
  func hugeChatLine() throws {
    let advisor = try AdvisorProcess()
    let line = String(repeating: "ok ", count: 6 << 20)
    let result = try advisor.run(["chat", "--json"], input: line + "\nIM\n", timeLimit: 120)
    #expect(result.status == 0)
    #expect(
      result.errorLines == [
        "advisor: That line was longer than 16 MiB; I read only its first 16 MiB."
      ])
    let turns = result.stdout.split(separator: "\n")
    #expect(turns.count == 2)
    #expect(turns.first?.utf8.count ?? 0 > 16 << 20)
    #expect(turns.first?.utf8.count ?? 0 < 18 << 20)
    #expect(turns.last?.contains("\"input\":\"IM\"") == true)
  }

  @Test("replay of a folder does not follow links to folders, which could loop forever")
  func replayFolderLinks() throws {
    let advisor = try AdvisorProcess()
    let folder = advisor.stateHome.appendingPathComponent("dialogues")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let transcript = folder.appendingPathComponent("one.chat").path
    _ = try advisor.run(["chat", "--record", transcript], input: "passed step 1 first try\n")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/self", withDestinationPath: ".")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/up", withDestinationPath: "..")
    let result = try advisor.run(["replay", folder.path], timeLimit: 60)
    #expect(!result.timedOut)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasSuffix("1 transcripts: 1 passed, 0 failed\n"), "\(result.stdout)")
  }

  @Test("replay --update through a link rewrites the file it points to and keeps the link")
  func updateThroughLink() throws {
    let advisor = try AdvisorProcess()
    let real = try advisor.file(
      "real.chat", "> passed step 1 first try\nSomething else entirely.\n")
    let link = advisor.stateHome.appendingPathComponent("link.chat").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    let result = try advisor.run(["replay", "--update", link])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
    #expect(try !String(contentsOfFile: real, encoding: .utf8).contains("Something else"))
    #expect(try advisor.run(["replay", link]).status == 0)
  }

  /// Bad numbers, duplicate columns and empty folders, each with the message a user needs.
  static let errorCases: [(String, [String], String)] = [
    (
      "negative score", ["advise", "--step2ck", "-5"],
      "--step2ck -5 is out of range: a score is from 1 to 300"
    ),
    (
      "score too high", ["advise", "--step1", "301"],
      "--step1 301 is out of range: a score is from 1 to 300"
    ),
    (
      "negative attempts", ["advise", "--step1-attempts", "-1", "--step1", "pass"],
      "--step1-attempts must be from 0 to 9, not -1"
    ),
  ]

  @Test("Negative and out-of-range numbers say so", arguments: errorCases)
  func numbers(name: String, arguments: [String], message: String) throws {
    let result = try AdvisorProcess().run(arguments)
    #expect(result.status == 2)
    #expect(result.errorLines == ["advisor: error: \(message)"], "\(name): \(result.stderr)")
  }

  @Test("A score with its scale ('208/300') is the score, as in the chat; a bad scale is not")
  func scoreWithScale() throws {
    let advisor = try AdvisorProcess()
    let scaled = try advisor.run(["advise", "--step1", "208/300", "--json"])
    let bare = try advisor.run(["advise", "--step1", "208", "--json"])
    #expect(scaled.status == 0, "\(scaled.stderr)")
    #expect(scaled.stdout == bare.stdout)
    let wrongScale = try advisor.run(["advise", "--step1", "208/260"])
    #expect(wrongScale.status == 2)
    #expect(wrongScale.stderr.contains("'208/260' is not pass, fail"), "\(wrongScale.stderr)")
  }

  @Test("Duplicate CSV columns are an error on the header's line")
  func duplicateColumns() throws {
    let advisor = try AdvisorProcess()
    let path = try advisor.file("dup.csv", "name,state,Name\nA,MA,B\n")
    let result = try advisor.run(["programs", "triage", path, "--step2ck", "232"])
    #expect(result.status == 2)
    #expect(
      result.errorLines == [
        "advisor: error: \(path):1: duplicate column 'name' (fields 1 and 3); keep one"
      ])
  }

  @Test("kb lint on a folder without entries prints nothing reassuring and exits 2")
  func emptyLintFolder() throws {
    let advisor = try AdvisorProcess()
    let folder = advisor.stateHome.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for json in [false, true] {
      let result = try advisor.run(["kb", "lint", folder.path] + (json ? ["--json"] : []))
      #expect(result.status == 2)
      #expect(result.stdout.isEmpty, "\(result.stdout)")
      #expect(
        result.errorLines == [
          "advisor: error: \(folder.path): no .md entries in this folder; pass a folder of .md entries"
        ])
    }
  }

  /// Controls that must not reach a terminal: C0 but newline and tab, DEL and C1.
  static func raw(_ text: String) -> [String] {
    text.unicodeScalars.filter { scalar in
      (scalar.value < 0x20 && scalar != "\n" && scalar != "\t")
        || (0x7F...0x9F).contains(scalar.value)
    }.map { "U+" + String($0.value, radix: 16) }
  }
}
