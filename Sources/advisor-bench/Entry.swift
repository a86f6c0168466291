import ArgumentParser
import Platform

/// The process entry point: parse, measure, report; errors as one line on standard error.
///
/// 0 when the report is printed (whether or not the targets are met); 2 when something cannot
/// be measured, as `advisor-bench: error: FILE: message`; the argument parser's code for bad
/// usage.
@main
enum Entry {
  static func main() {
    do {
      var command = try BenchCommand.parseAsRoot()
      try command.run()
      exit(0)
    } catch let error as BenchError {
      let line = "advisor-bench: error: \(error)\n"
      _ = line.utf8CString.withUnsafeBufferPointer {
        write(STDERR_FILENO, $0.baseAddress, $0.count - 1)
      }
      exit(2)
    } catch {
      BenchCommand.exit(withError: error)
    }
  }
}
