package import Foundation

/// A new, empty folder under the system's temporary folder, one per call, for tests that write
/// files (a state folder, an install prefix, a home).
///
/// Every folder is made inside one folder of the test process's own, removed when the process
/// exits: a run of the suites makes thousands, and none should outlive it.
package enum TemporaryFolder {
  /// Creates `PREFIX-UUID` in the test process's folder and returns it.
  package static func make(_ prefix: String) throws -> URL {
    let url = processFolder.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// `advisor-tests-PID`, with its removal at exit registered the first time it is used.
  private static let processFolder: URL = {
    atexit { try? FileManager.default.removeItem(at: TemporaryFolder.folderOfThisProcess()) }
    return folderOfThisProcess()
  }()

  private static func folderOfThisProcess() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("advisor-tests-\(getpid())")
  }
}
