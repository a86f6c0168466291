import Foundation
import TestSupport

/// A fresh folder under the system's temporary folder, and the modes of what is in it.
enum Folders {
  static func make(_ label: String = "advisor-storage") throws -> String {
    try TemporaryFolder.make(label).path
  }

  static func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int ?? 0) & 0o777
  }

  static func names(_ path: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).sorted()
  }
}
