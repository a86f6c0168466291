import Foundation
import TestSupport
import Testing

/// The real REPL in a real terminal: editing, completion, history, Ctrl-C, Ctrl-D, resume.
@Suite("The REPL in a terminal", .serialized)
struct REPLTests {
  private func environment(_ home: URL) -> [String: String] {
    [
      "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
      "LANG": "C.UTF-8", "TERM": "xterm-256color", "NO_COLOR": "1", "PATH": "/usr/bin:/bin",
    ]
  }

  /// `sh -c 'COMMAND; echo "advisor exited with $?"'`.
  private func underShell(_ command: [String]) -> [String] {
    ["sh", "-c", "\"$0\" \"$@\"; echo \"advisor exited with $?\"; sleep 30"] + command
  }

  @Test("Editing, completion, history, Ctrl-C and Ctrl-D, then --resume")
  func session() throws {
    let home = try TemporaryFolder.make("advisor-repl")
    let tmux = Tmux()
    defer { tmux.stop() }
    // Under sh, as `make run` starts it: the advisor is not its own process-group leader, so it
    // takes the terminal's foreground for the session and gives it back at the end.
    try tmux.start(underShell([AdvisorProcess.executable.path]), environment: environment(home))
    try tmux.wait(forText: "How did Step 1 go")

    // Editing: a typo fixed with Backspace before Enter; UTF-8 survives the editor.
    try tmux.type("passed step 1 first trx")
    try tmux.wait(forText: "first trx")
    try tmux.press("BSpace")
    try tmux.type("y — café")
    try tmux.press("Enter")
    try tmux.wait(forText: "Got it: Step 1 passed, first attempt.")
    #expect(try tmux.screen().contains("you> passed step 1 first try — café"))

    // Completion of a slash command: "/pro" is /profile or /programs, so one more letter.
    try tmux.type("/pro")
    try tmux.press("Tab")
    try tmux.wait(forText: "/profile   /programs")
    try tmux.type("f")
    try tmux.press("Tab")
    try tmux.wait(forText: "you> /profile")
    try tmux.press("Enter")
    try tmux.wait(forText: "What I know")

    // History: Up brings back the last line.
    try tmux.press("Up")
    try tmux.wait(for: "the recalled line") { screen in
      screen.split(separator: "\n").last { $0.hasPrefix("you>") } == "you> /profile"
    }
    try tmux.press("C-u")

    // Every command completes, the newer ones too.
    try tmux.type("/dr")
    try tmux.press("Tab")
    try tmux.wait(forText: "you> /draft")
    try tmux.press("C-u")

    // A word completed in the middle of a phrase keeps one space before the rest.
    try tmux.type("pas first")
    for _ in 0..<" first".count { try tmux.press("Left") }
    try tmux.press("Tab")
    let lastPrompt = { (screen: String) in
      screen.split(separator: "\n").last { $0.hasPrefix("you>") }.map(String.init) ?? ""
    }
    let completed = try tmux.wait(for: "the completed word") {
      lastPrompt($0).hasPrefix("you> passed")
    }
    #expect(lastPrompt(completed) == "you> passed first", "\(completed)")
    try tmux.press("C-u")

    // Ctrl-C clears the line and keeps the session.
    try tmux.type("this line is dropped")
    try tmux.wait(forText: "this line is dropped")
    try tmux.press("C-c")
    try tmux.wait(forText: "(Ctrl-D or /quit to leave)")
    try tmux.type("238")
    try tmux.press("Enter")
    try tmux.wait(forText: "Got it: Step 2 CK 238, first attempt.")

    // Ctrl-D ends it cleanly, and the shell gets the terminal back.
    try tmux.press("C-d")
    try tmux.wait(forText: "Goodbye.")
    try tmux.wait(forText: "advisor exited with 0")

    // The history and the session are private files; the history is libedit's format.
    let state = home.appendingPathComponent("state/advisor")
    let history = try String(contentsOf: state.appendingPathComponent("history"), encoding: .utf8)
    #expect(history.hasPrefix("_HiStOrY_V2_"))
    #expect(history.contains("238"))
    for file in ["history", "sessions.sqlite"] {
      let attributes = try FileManager.default.attributesOfItem(
        atPath: state.appendingPathComponent(file).path)
      #expect((attributes[.posixPermissions] as? Int ?? 0) & 0o777 == 0o600, "\(file)")
    }

    // --resume restores it.
    let second = Tmux()
    defer { second.stop() }
    try second.start(
      underShell([AdvisorProcess.executable.path, "chat", "--resume"]),
      environment: environment(home))
    try second.wait(forText: "Welcome back.")
    #expect(try second.screen().contains("238, first attempt"))
  }

  @Test("On an 80×40 terminal the completed plan's screen holds the decision; /advice pages")
  func planOnOneScreen() throws {
    let home = try TemporaryFolder.make("advisor-repl")
    let tmux = Tmux()
    defer { tmux.stop() }
    try tmux.start(
      underShell([AdvisorProcess.executable.path]), environment: environment(home), columns: 80,
      rows: 40)
    try tmux.wait(forText: "How did Step 1 go")
    let answers = [
      ("failed step 1 once, then passed", "And Step 2 CK"),
      ("238", "strong comments in core clerkships"), ("yes", "Which specialty"),
      ("IM", "Where are you graduating from"), ("US MD", "Where do you want to train"),
      ("anywhere", "Any connections"), ("none", "state a minimum score"),
      ("no", "Was the score pulled down"), ("no", "Here is your plan in short"),
    ]
    for (answer, next) in answers {
      try tmux.type(answer)
      try tmux.press("Enter")
      try tmux.wait(forText: next)
    }
    let plan = try tmux.wait(forText: "/advice shows the whole plan")
    #expect(plan.contains("EMAIL OR STAY SILENT"))
    #expect(plan.contains("Send a brief, targeted email to a few programs."))
    #expect(plan.contains(" 3. ") && !plan.contains(" 4. "))

    // The whole plan is longer than the screen: it goes through less, which waits at its prompt.
    try tmux.type("/advice")
    try tmux.press("Enter")
    let paged = try tmux.wait(for: "less's prompt") { screen in
      screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty } == ":"
    }
    #expect(paged.contains("Profile: Step 1 passed on attempt 2"))
    #expect(!paged.contains("Mistakes to avoid"))
    try tmux.press("q")
    try tmux.type("/quit")
    try tmux.press("Enter")
    try tmux.wait(forText: "advisor exited with 0")
  }

  @Test("advise on a terminal pages through less; --no-pager prints it all and exits")
  func advisePaging() throws {
    let home = try TemporaryFolder.make("advisor-repl")
    let advise = [
      AdvisorProcess.executable.path, "advise", "--step1", "pass", "--step2ck", "238",
      "--specialty", "IM",
    ]
    let paged = Tmux()
    defer { paged.stop() }
    try paged.start(underShell(advise), environment: environment(home), columns: 80, rows: 24)
    try paged.wait(for: "less's prompt") { screen in
      screen.split(separator: "\n").last { !$0.isEmpty } == ":"
    }
    #expect(try !paged.screen().contains("advisor exited"))
    try paged.press("q")
    try paged.wait(forText: "advisor exited with 0")

    let direct = Tmux()
    defer { direct.stop() }
    try direct.start(
      underShell(advise + ["--no-pager"]), environment: environment(home), columns: 80, rows: 24)
    let screen = try direct.wait(forText: "advisor exited with 0")
    #expect(screen.contains("Sources: E = "))
  }

  @Test("A corrupt history file is set aside with a note, and the chat goes on")
  func corruptHistory() throws {
    let home = try TemporaryFolder.make("advisor-repl")
    let state = home.appendingPathComponent("state/advisor")
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    let garbage = Data([0x00, 0xFF, 0x13, 0x37]) + Data("not a history\n".utf8)
    try garbage.write(to: state.appendingPathComponent("history"))
    let tmux = Tmux()
    defer { tmux.stop() }
    try tmux.start(underShell([AdvisorProcess.executable.path]), environment: environment(home))
    try tmux.wait(forText: "How did Step 1 go")
    #expect(try tmux.screen().contains("history file could not be read"))
    let aside = state.appendingPathComponent("history.corrupt")
    #expect(FileManager.default.contents(atPath: aside.path) == garbage)
    try tmux.type("passed step 1")
    try tmux.press("Enter")
    try tmux.wait(forText: "Got it: Step 1 passed")
    try tmux.press("C-d")
    try tmux.wait(forText: "advisor exited with 0")
    let history = try String(contentsOf: state.appendingPathComponent("history"), encoding: .utf8)
    #expect(history.hasPrefix("_HiStOrY_V2_"))
  }
}
