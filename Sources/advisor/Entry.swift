import ArgumentParser
import Platform

/// The process entry point: parse, run, and map every failure to the contract's exit codes.
///
/// 0 success; 1 a "no" result (a replay mismatch, no confident answer); 2 bad usage or bad
/// input, with one line `advisor: error: ...` on standard error and no stack trace.
@main
enum Entry {
  static func main() {
    do {
      var command = try AdvisorCommand.parseAsRoot()
      try command.run()
      exit(0)
    } catch {
      exit(report(error))
    }
  }

  /// Prints what the user needs to see and returns the exit code.
  static func report(_ error: any Error) -> Int32 {
    if let error = error as? UserError {
      StandardError.write("advisor: error: \(error)")
      return 2
    }
    if let code = error as? ExitCode { return code.rawValue }
    let code = AdvisorCommand.exitCode(for: error)
    if code == .success {
      StandardOutput.print(AdvisorCommand.fullMessage(for: error))
      return 0
    }
    let message =
      AdvisorCommand.message(for: error)
      .split(separator: "\n").first.map(String.init) ?? "invalid usage"
    StandardError.write(
      "advisor: error: \(message.lowercasedFirst); see '\(Invocation.command("help"))'")
    return 2
  }
}

extension String {
  fileprivate var lowercasedFirst: String {
    guard let first else { return self }
    return first.lowercased() + dropFirst()
  }
}
