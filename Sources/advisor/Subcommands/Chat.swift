import AdvisorCore
import AdvisorText
import ArgumentParser
import Dialogue
import KnowledgeBase
import LineEditor
import LocatedJSON
import Platform
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

      Your answers are saved after every turn in $XDG_STATE_HOME/advisor/sessions.sqlite \
      (default ~/.local/state/advisor); --resume continues from there, --session NAME keeps a \
      separate named session, and 'advisor sessions' lists, shows, exports and deletes them.

      Examples:
        advisor
        advisor chat --resume
        advisor chat --session alex --resume
        printf 'failed step 1 once, passed\\n238 on CK\\nIM\\n' | advisor chat --json
        advisor chat --record dialogues/my-session.chat
      """)

  @Flag(help: "Continue the saved session.")
  var resume = false

  @Option(
    help: ArgumentHelp(
      "The saved session to use (letters, digits, '.', '-', '_'); one unnamed by default.",
      valueName: "NAME"))
  var session = SessionName.unnamed

  @Option(
    help: ArgumentHelp(
      "Also write the session as a transcript that 'advisor replay' accepts.", valueName: "FILE"))
  var record: String?

  @OptionGroup var knowledge: KnowledgeOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var pager: PagerOptions

  func run() throws {
    let recording: RecordingFile?
    do {
      recording = try record.map(RecordingFile.init(path:))
    } catch {
      throw UserError(error.description)
    }
    let knowledgeBase = try knowledge.load()
    let directory = try StateFolder.locate()
    let store: ChatSessionStore
    do {
      store = try ChatSessionStore(directory: directory, name: session, resume: resume)
    } catch {
      throw UserError(error.description)
    }
    let chat = ChatSession(
      knowledge: knowledgeBase, files: LocalFiles(), resumed: store.resumed,
      recording: record.map { "advisor chat --record \($0)" })
    var terminal = ChatTerminal(chat: chat, json: output.json, recording: recording, store: store)
    terminal.noPager = pager.noPager
    terminal.start()
    terminal.loop()
    terminal.finish()
  }
}

/// The chat at the edge: where lines come from, where the turns are printed, and the files
/// (session, history, recording) that keep what ``ChatSession`` allows.
struct ChatTerminal {
  private var chat: ChatSession
  private let json: Bool
  private let recording: RecordingFile?
  private let store: ChatSessionStore
  private let editor: LineEditor?
  private var plain = PlainLineReader()
  private var historyFailed = false
  private let completion = CompletionContext()
  /// `/advice` and `/why` print directly instead of through the pager.
  var noPager = false

  init(chat: ChatSession, json: Bool, recording: RecordingFile?, store: ChatSessionStore) {
    self.chat = chat
    self.json = json
    self.recording = recording
    self.store = store
    let interactive = Terminal.inputIsTerminal && !json
    editor =
      interactive
      ? LineEditor(
        programName: "advisor", historyPath: store.directory.historyPath, historyLimit: 1000,
        historyWriter: { path, fill in
          try PrivateFile.write(to: path) { descriptor throws(StorageError) in
            guard fill(descriptor) else { throw StorageError(path: path, "cannot be written") }
          }
        })
      : nil
    let context = completion
    editor?.completer = { line in Completions.candidates(for: line, pending: context.pending) }
  }

  /// Announces the saved session's state, then greets.
  mutating func start() {
    switch editor?.historyStatus {
    case .setAside(let path)?:
      note("Your history file could not be read; I moved it to \(path) and started a new one.")
    case .refusedLink?:
      note("Your history file is a symbolic link, so I will not read or write it this time.")
    default: break
    }
    for notice in store.notices { note(SessionNotices.text(notice, session: store.name)) }
    let opening = chat.open()
    if !json { show(opening) }
    completion.pending = chat.state.pending
  }

  /// Reads lines until the user leaves or input ends.
  mutating func loop() {
    editor?.setPrompt("you> ", style: Terminal.colorEnabled ? "\u{1B}[1;32m" : nil)
    while true {
      let event: LineEvent = editor?.next() ?? plain.next()
      switch event {
      case .interrupted:
        StandardOutput.print(
          chat.state.collecting != nil
            ? "^C (/cancel drops the draft; a line with only . checks it)"
            : "^C (Ctrl-D or /quit to leave)")
        continue
      case .endOfInput:
        // A draft still being pasted when input ends is checked, not dropped.
        if chat.state.collecting != nil, take(".") { return }
        if !json, !chat.state.ended {
          if editor != nil { StandardOutput.print("") }
          StandardOutput.print(goodbye)
        }
        return
      case .line(let line):
        if editor == nil, plain.lastLineWasCut {
          note(
            "That line was longer than \(PlainLineReader.lineLimit >> 20) MiB; I read only its "
              + "first \(PlainLineReader.lineLimit >> 20) MiB.")
        }
        if take(line) { return }
      }
    }
  }

  /// Answers one line, saves and shows the turn; true when the conversation has ended.
  private mutating func take(_ line: String) -> Bool {
    let step = chat.respond(to: line)
    let turn = step.turn
    if let kept = step.history { rememberInHistory(kept) }
    store.save(turn, state: chat.state)
    if let text = step.recorded, let failure = recording?.append(text) {
      StandardError.write("advisor: warning: the transcript could not be written: \(failure)")
    }
    if json {
      StandardOutput.print(json: TurnJSON.object(turn), pretty: false)
      // One object per line read, delivered as it is made, for scripts reading a pipe.
      fflush(nil)
    } else if !turn.collecting {
      show(turn)
    }
    completion.pending = chat.state.pending
    editor?.setPrompt(
      turn.collecting ? "...> " : "you> ", style: Terminal.colorEnabled ? "\u{1B}[1;32m" : nil)
    guard turn.ended else { return false }
    // The conversation cannot know how the advisor was started; the shell command is ours.
    // Said when there is something to pick up: what this chat heard, or the saved session it
    // left in place.
    if !json, let resume = resumeHint { StandardOutput.print(resume) }
    return true
  }

  /// Gives the terminal back before the process ends, and says so when answers were not saved.
  func finish() {
    editor?.finish()
    recording?.close()
    if let failure = store.failure {
      StandardError.write("advisor: warning: some of your answers could not be saved: \(failure)")
    }
  }

  private var goodbye: String {
    guard store.failure == nil else {
      return "Goodbye. Some of your answers could not be saved (see the warning below)."
    }
    guard let resume = resumeHint else { return "Goodbye." }
    return chat.state.profile == Profile()
      ? "Goodbye. " + resume : "Goodbye. Your answers are saved; " + resume
  }

  /// The command that resumes, and what it resumes: this chat when it heard something about the
  /// user, the saved session it left in place when it heard nothing; nil when there is neither.
  private var resumeHint: String? {
    let command = "'\(SessionNotices.resumeCommand(store.name))'"
    if chat.state.profile != Profile() { return command + " picks up where you left off." }
    guard store.keepsSavedSession else { return nil }
    return "Nothing said here changed your saved session; \(command) continues it."
  }

  // MARK: - Output

  private func show(_ turn: Turn) {
    let text = TerminalText(turn.reply)
    if turn.command == .advice || turn.command == .why {
      Pager.print(text, disabled: noPager)
    } else {
      StandardOutput.print(text)
    }
    StandardOutput.print("")
  }

  private func note(_ text: String) {
    if json {
      StandardError.write("advisor: \(text)")
    } else {
      StandardOutput.print(TextDocument([.note(text)]))
      StandardOutput.print("")
    }
  }

  // MARK: - History

  private mutating func rememberInHistory(_ line: String) {
    do {
      try editor?.remember(line)
    } catch {
      guard !historyFailed else { return }
      historyFailed = true
      StandardError.write("advisor: warning: the history could not be saved: \(error)")
    }
  }
}
