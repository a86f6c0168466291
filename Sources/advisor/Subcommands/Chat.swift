import AdvisorCore
import AdvisorText
import ArgumentParser
import Dialogue
import KnowledgeBase
import LineEditor
import LocatedJSON
import Storage

/// `advisor chat` (and bare `advisor`): the conversation.
struct Chat: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chat",
    abstract: "Talk it through: the advisor asks, you answer, the advice updates as you go.",
    discussion: """
      On a terminal: line editing, history (Up/Down), Tab to complete commands and answers, \
      Ctrl-C to clear the line, Ctrl-D to leave. With piped input it reads plain lines and \
      prints plain replies; --json prints one JSON object per line read.

      Your answers are saved after every turn in $XDG_STATE_HOME/advisor/session.json \
      (default ~/.local/state/advisor); --resume continues from there.

      Examples:
        advisor
        advisor chat --resume
        printf 'failed step 1 once, passed\\n238 on CK\\nIM\\n' | advisor chat --json
        advisor chat --record dialogues/my-session.chat
      """)

  @Flag(help: "Continue the saved session.")
  var resume = false

  @Option(
    help: ArgumentHelp(
      "Also write the session as a transcript that 'advisor replay' accepts.", valueName: "FILE"))
  var record: String?

  @OptionGroup var knowledge: KnowledgeOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var pager: PagerOptions

  func run() throws {
    let knowledgeBase = try knowledge.load()
    var session = ChatSession(
      knowledge: knowledgeBase, json: output.json, recordPath: record,
      store: try ChatStorage.open())
    session.noPager = pager.noPager
    try session.start(resume: resume)
    session.loop()
    session.finish()
  }
}

/// The running chat: the conversation, where lines come from and where everything is saved.
struct ChatSession {
  private var conversation: Conversation
  private var log: [Session.Entry] = []
  private let json: Bool
  private let recordPath: String?
  private let storage: ChatStorage
  private let editor: LineEditor?
  private var plain = PlainLineReader()
  private var warnedAboutSaving = false
  private var replacesPreviousSession = false
  private var transcript: [(element: Transcript.Element, line: Int)] = []
  private let completion = CompletionContext()
  /// `/advice` and `/why` print directly instead of through the pager.
  var noPager = false

  init(knowledge: KnowledgeBase, json: Bool, recordPath: String?, store: ChatStorage) {
    conversation = Conversation(knowledge: knowledge, files: LocalFiles())
    self.json = json
    self.recordPath = recordPath
    storage = store
    let interactive = Terminal.inputIsTerminal && !json
    editor =
      interactive
      ? LineEditor(
        programName: "advisor", historyPath: store.directory.historyPath, historyLimit: 1000)
      : nil
    if let recordPath {
      transcript.append((.comment("# Recorded with 'advisor chat --record \(recordPath)'."), 0))
    }
    let context = completion
    editor?.completer = { line in Completions.candidates(for: line, pending: context.pending) }
  }

  /// Restores or announces the saved session, then greets.
  mutating func start(resume: Bool) throws {
    if case .setAside(let path)? = editor?.historyStatus {
      note("Your history file could not be read; I moved it to \(path) and started a new one.")
    }
    let loaded = storage.loadSession()
    var opening: Turn
    switch (loaded, resume) {
    case (.session(let saved), true):
      conversation = Conversation(
        knowledge: conversation.knowledgeBase, state: saved.state, files: LocalFiles())
      log = saved.turns
      opening = conversation.resumed(turnsSoFar: saved.turns.count)
      if recordPath != nil { transcript.append((.resume, 0)) }
    case (.session(let saved), false):
      if !saved.turns.isEmpty {
        replacesPreviousSession = true
        note(
          "You have a saved session (\(saved.turns.count) "
            + (saved.turns.count == 1 ? "message" : "messages") + ": "
            + ProfileSummary.line(for: saved.state.profile) + "). This is a new one; run "
            + "'\(Invocation.command("chat --resume"))' to continue the saved one instead. "
            + "It is kept as "
            + "session.previous.json once you answer.")
      }
      opening = conversation.opening()
    case (.setAside(let path, let reason), _):
      note(
        "Your saved session could not be read (\(reason)); I moved it to \(path) and started a new one."
      )
      opening = conversation.opening()
    case (.none, true):
      note("There is no saved session to resume; starting a new one.")
      opening = conversation.opening()
    case (.none, false), (.failed, _):
      opening = conversation.opening()
    }
    if case .failed(let message) = loaded { note(message) }
    if !json { show(opening) }
    recordReply(opening)
    completion.pending = conversation.state.pending
  }

  /// Reads lines until the user leaves or input ends.
  mutating func loop() {
    editor?.setPrompt("you> ", style: Terminal.colorEnabled ? "\u{1B}[1;32m" : nil)
    while true {
      let event: LineEvent = editor?.next() ?? plain.next()
      switch event {
      case .interrupted:
        print("^C (Ctrl-D or /quit to leave)")
        continue
      case .endOfInput:
        if !json, !conversation.state.ended {
          if editor != nil { print("") }
          print(
            "Goodbye. Your answers are saved; '\(Invocation.command("chat --resume"))' picks up "
              + "where you left off.")
        }
        return
      case .line(let line):
        if editor == nil, plain.lastLineWasCut {
          note(
            "That line was longer than \(PlainLineReader.lineLimit >> 20) MiB; I read only its "
              + "first \(PlainLineReader.lineLimit >> 20) MiB.")
        }
        let turn = conversation.respond(to: line)
        if !Conversation.isRedacted(turn.storedInput) { editor?.remember(line) }
        log.append(Session.Entry(turn: turn.number, input: turn.storedInput, reply: turn.replyText))
        save()
        recordTurn(turn)
        if json {
          print(TurnJSON.object(turn).serialized())
        } else if !turn.collecting {
          show(turn)
        }
        completion.pending = conversation.state.pending
        editor?.setPrompt(
          turn.collecting ? "...> " : "you> ", style: Terminal.colorEnabled ? "\u{1B}[1;32m" : nil)
        if turn.ended {
          // The conversation cannot know how the advisor was started; the shell command is ours.
          if !json {
            print("'\(Invocation.command("chat --resume"))' picks up where you left off.")
          }
          return
        }
      }
    }
  }

  /// Gives the terminal back before the process ends.
  func finish() {
    editor?.finish()
  }

  // MARK: - Output

  private func show(_ turn: Turn) {
    let text = Terminal.renderer().render(turn.reply)
    if turn.command == .advice || turn.command == .why {
      Pager.print(text, disabled: noPager)
    } else {
      print(text)
    }
    print("")
  }

  private func note(_ text: String) {
    if json {
      StandardError.write("advisor: \(text)")
    } else {
      print(Terminal.renderer().render(TextDocument([.note(text)])))
      print("")
    }
  }

  // MARK: - Saving

  private mutating func save() {
    if replacesPreviousSession {
      storage.keepPreviousSession()
      replacesPreviousSession = false
    }
    do {
      try storage.save(Session(state: conversation.state, turns: log))
    } catch {
      guard !warnedAboutSaving else { return }
      warnedAboutSaving = true
      StandardError.write("advisor: warning: your session could not be saved: \(error)")
    }
  }

  private mutating func recordTurn(_ turn: Turn) {
    guard recordPath != nil else { return }
    transcript.append((.input(turn.storedInput), 0))
    recordReply(turn)
  }

  private mutating func recordReply(_ turn: Turn) {
    guard let recordPath else { return }
    transcript.append(
      (
        .reply(
          turn.replyText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)),
        0
      ))
    do {
      try PrivateFile.write(Transcript(file: recordPath, elements: transcript).text, to: recordPath)
    } catch {
      if !warnedAboutSaving {
        StandardError.write("advisor: warning: the transcript could not be written: \(error)")
      }
    }
  }
}

/// The chat's files in the state folder.
struct ChatStorage {
  let directory: StateDirectory
  let sessions: SessionStore

  enum Loaded {
    case none
    case session(Session)
    case setAside(String, String)
    case failed(String)
  }

  static func open() throws -> ChatStorage {
    var environment: [String: String] = [:]
    for name in ["XDG_STATE_HOME", "HOME"] { environment[name] = Terminal.environment(name) }
    guard let directory = StateDirectory(environment: environment) else {
      throw UserError("cannot find a folder for the session: set HOME or XDG_STATE_HOME")
    }
    do {
      try directory.create()
    } catch {
      throw UserError(error.description)
    }
    return ChatStorage(directory: directory, sessions: SessionStore(path: directory.sessionPath))
  }

  func loadSession() -> Loaded {
    do {
      switch try sessions.load() {
      case .none: return .none
      case .session(let session): return .session(session)
      case .setAside(let path, let reason): return .setAside(path, reason)
      }
    } catch {
      return .failed("Your saved session could not be read: \(error).")
    }
  }

  func save(_ session: Session) throws {
    try sessions.save(session)
  }

  /// Keeps the saved session as `session.previous.json` before a new one replaces it.
  func keepPreviousSession() {
    let previous = directory.path + "/session.previous.json"
    if let bytes = try? PrivateFile.read(directory.sessionPath) {
      try? PrivateFile.write(String(decoding: bytes, as: UTF8.self), to: previous)
    }
  }
}
