import Foundation
import Storage
import Testing

/// The one writer: links planted where it writes, loose folders, orphans, bad targets.
@Suite("The safe writer")
struct PrivateFileTests {
  @Test("Links planted for the old predictable temporary names are never followed")
  func plantedTemporaryLinks() throws {
    let folder = try Folders.make()
    chmod(folder, 0o777)
    let victim = folder + "/victim"
    try Data("keep me".utf8).write(to: URL(fileURLWithPath: victim))
    chmod(victim, 0o644)
    let target = folder + "/session.json"
    // The attack of the finding: links at PATH.tmp-<pid> for the next process ids.
    let pid = Int(getpid())
    for next in pid..<(pid + 50) {
      try FileManager.default.createSymbolicLink(
        atPath: target + ".tmp-\(next)", withDestinationPath: victim)
    }
    try PrivateFile.write("the session", to: target)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
    #expect(try Folders.mode(victim) == 0o644)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "the session")
    #expect(try Folders.mode(target) == 0o600)
  }

  @Test("A symbolic link or a folder where the file should be is refused, never followed")
  func linkAtTarget() throws {
    let folder = try Folders.make()
    let victim = folder + "/victim"
    try Data("keep me".utf8).write(to: URL(fileURLWithPath: victim))
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/history", withDestinationPath: victim)
    #expect(throws: StorageError.self) { try PrivateFile.write("x", to: folder + "/history") }
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
    try FileManager.default.createDirectory(
      atPath: folder + "/record.chat", withIntermediateDirectories: false)
    let error = #expect(throws: StorageError.self) {
      try PrivateFile.write("x", to: folder + "/record.chat")
    }
    #expect(error?.message == "is a folder, not a file")
    // Nothing is left behind by a refused write.
    #expect(try Folders.names(folder) == ["history", "record.chat", "victim"])
  }

  @Test("A write that fails names the target, not a temporary file, and leaves nothing")
  func failureNamesTarget() throws {
    let folder = try Folders.make()
    let error = #expect(throws: StorageError.self) {
      try PrivateFile.write("x", to: folder + "/missing/out.md")
    }
    #expect(error?.path == folder + "/missing/out.md")
    #expect(error?.message.contains("tmp") == false)
  }

  @Test(
    "A path that can never be written is refused before anything is written",
    arguments: ["missing/out.chat", "folder", "link", "file/inside"])
  func checkWritable(name: String) throws {
    let folder = try Folders.make()
    try FileManager.default.createDirectory(
      atPath: folder + "/folder", withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link", withDestinationPath: folder + "/elsewhere")
    try Data().write(to: URL(fileURLWithPath: folder + "/file"))
    #expect(throws: StorageError.self) { try PrivateFile.checkWritable(folder + "/" + name) }
    try PrivateFile.checkWritable(folder + "/fine.chat")
    #expect(!FileManager.default.fileExists(atPath: folder + "/fine.chat"))
  }

  @Test("A replaced file is a new file: the old one is never truncated in place")
  func replacedByRename() throws {
    let folder = try Folders.make()
    let path = folder + "/history"
    try PrivateFile.write(String(repeating: "line\n", count: 1000), to: path)
    let before = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
    // A reader holding the old file still sees all of it after the replacement.
    let reader = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    try PrivateFile.write("new\n", to: path)
    let after = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
    #expect(before != after)
    #expect(try reader.readToEnd()?.count == 5000)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
  }
}
