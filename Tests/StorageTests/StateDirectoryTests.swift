import Foundation
import Storage
import Testing

@Suite("The state folder")
struct StateDirectoryTests {
  @Test("A state folder open to others is tightened to 0700")
  func tightened() throws {
    let directory = StateDirectory(path: try Folders.make() + "/advisor")
    try FileManager.default.createDirectory(
      atPath: directory.path, withIntermediateDirectories: false)
    chmod(directory.path, 0o777)
    try directory.create()
    #expect(try Folders.mode(directory.path) == 0o700)
  }

  @Test("A symbolic link where the state folder should be is refused")
  func linkRefused() throws {
    let base = try Folders.make()
    try FileManager.default.createDirectory(
      atPath: base + "/elsewhere", withIntermediateDirectories: false)
    chmod(base + "/elsewhere", 0o755)
    try FileManager.default.createSymbolicLink(
      atPath: base + "/advisor", withDestinationPath: base + "/elsewhere")
    let error = #expect(throws: StorageError.self) {
      try StateDirectory(path: base + "/advisor").create()
    }
    #expect(error?.message.contains("symbolic link") == true)
    #expect(try Folders.mode(base + "/elsewhere") == 0o755)
  }

  @Test("Temporary files of a killed run are removed; a live writer's are kept")
  func orphans() throws {
    let directory = StateDirectory(path: try Folders.make() + "/advisor")
    try directory.create()
    // A process id that is not running: a child that has exited and been reaped.
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/bin/true")
    try child.run()
    child.waitUntilExit()
    let dead = child.processIdentifier
    let orphans = [".history.tmp-\(dead)-abc123", "session.json.tmp-\(dead)"]
    let live = ".history.tmp-\(getppid())-xyz"
    for name in orphans + [live, "notes.txt"] {
      try Data("x".utf8).write(to: URL(fileURLWithPath: directory.path + "/" + name))
    }
    try directory.create()
    #expect(try Folders.names(directory.path) == [live, "notes.txt"])
  }
}
