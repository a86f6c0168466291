import AdvisorText
import Storage

/// What the chat says about its saved session when it starts.
enum SessionNotices {
  /// The command that continues the session `name`, by the name the user ran the advisor.
  static func resumeCommand(_ name: String) -> String {
    Invocation.command(
      name == SessionName.unnamed ? "chat --resume" : "chat --session \(name) --resume")
  }

  /// - Parameter session: the session the chat uses, named in the commands suggested.
  static func text(_ notice: ChatSessionStore.Notice, session: String = SessionName.unnamed)
    -> String
  {
    switch notice {
    case .imported(let name, let keptAt):
      "I moved your saved session into the new session store (as '\(name)'); the old file is "
        + "kept at \(keptAt)."
    case .setAside(let path, let reason):
      "Your saved session could not be read (\(reason)); I moved it to \(path) and started a "
        + "new one."
    case .notImported(let path, let reason):
      "Your saved session at \(path) could not be imported (\(reason)); it is left as it is."
    case .nothingToResume: "There is no saved session to resume; starting a new one."
    case .replacing(let turns, let profile, let keptAs):
      "You have a saved session (\(turns) " + (turns == 1 ? "message" : "messages") + ": "
        + ProfileSummary.line(for: profile) + "). This is a new one; run "
        + "'\(resumeCommand(session))' to continue the saved one instead. It is kept as the session "
        + "'\(keptAs)' once you tell me something about you; questions alone leave it in place."
    case .earlierKept(let name, let turns, let profile):
      "The session you resumed holds nothing about you yet; an earlier one is kept as '\(name)' "
        + "(\(turns) " + (turns == 1 ? "message" : "messages") + ": "
        + ProfileSummary.line(for: profile) + "). Run '\(resumeCommand(name))' to continue it."
    }
  }
}
