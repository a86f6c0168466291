import Platform

/// Runs a program as a child process and reports how long it took and its peak memory.
enum ChildProcess {
  /// What one run of a child gave.
  struct Outcome: Sendable {
    /// The exit code; 128 + the signal number when a signal ended it.
    var exitCode: Int32
    /// From just before the spawn to just after the child was reaped: the whole process.
    var elapsed: Duration
    /// The child's peak resident set size, in bytes (`ru_maxrss` from `wait4`).
    var peakMemory: Int
  }

  /// Runs `program` with `arguments`, standard output to `output`, standard input from
  /// `/dev/null`, and the bench's own environment and working folder.
  ///
  /// - Parameters:
  ///   - program: a path, or a bare name looked up on `PATH`.
  ///   - errors: where standard error goes; nil for the bench's own.
  /// - Throws: ``BenchError`` naming the program when it cannot be started.
  static func run(
    _ program: String, _ arguments: [String], output: String = "/dev/null",
    errors: String? = nil
  ) throws(BenchError) -> Outcome {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    if let errors {
      posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    }

    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }

    var pid: pid_t = 0
    var usage = rusage()
    var status: Int32 = 0
    let (spawned, elapsed) = Stopwatch.time { () -> Int32 in
      let result =
        program.contains("/")
        ? posix_spawn(&pid, program, &actions, nil, argv, environ)
        : posix_spawnp(&pid, program, &actions, nil, argv, environ)
      guard result == 0 else { return result }
      while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
      return 0
    }
    guard spawned == 0 else {
      throw BenchError(file: program, "cannot run it: \(errorMessage(spawned))")
    }
    let signal = status & 0x7f
    return Outcome(
      exitCode: signal == 0 ? (status >> 8) & 0xff : 128 + signal, elapsed: elapsed,
      peakMemory: Int(usage.ru_maxrss) * 1024)
  }
}
