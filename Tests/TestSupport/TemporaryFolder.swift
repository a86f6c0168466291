package import Foundation

/// A new, empty folder under the system's temporary folder, one per call, for tests that write
/// files (a state folder, an install prefix, a home).
package enum TemporaryFolder {
  /// Creates `PREFIX-UUID` in the temporary folder and returns it.
  package static func make(_ prefix: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
