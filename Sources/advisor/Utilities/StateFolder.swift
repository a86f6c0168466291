import Storage

/// The state folder named by the environment, for the commands that keep state.
enum StateFolder {
  static func locate() throws -> StateDirectory {
    var environment: [String: String] = [:]
    for name in ["XDG_STATE_HOME", "HOME"] { environment[name] = Terminal.environment(name) }
    guard let directory = StateDirectory(environment: environment) else {
      throw UserError("cannot find a folder for the session: set HOME or XDG_STATE_HOME")
    }
    return directory
  }
}
