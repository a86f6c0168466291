import Foundation
import Storage
import Testing

/// `--record`'s file: replaced at the first turn, appended to after, never through a link.
@Suite("The recording file")
struct RecordingFileTests {
  private func read(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test("An existing file is untouched until the first append, then replaced, then appended to")
  func replacedThenAppended() throws {
    let path = try Folders.make() + "/out.chat"
    try "# my old transcript\n".write(toFile: path, atomically: false, encoding: .utf8)
    let file = try RecordingFile(path: path)
    #expect(read(path) == "# my old transcript\n")
    #expect(file.append("# new\n\n> peds\n") == nil)
    #expect(read(path) == "# new\n\n> peds\n")
    for turn in 0..<40 { #expect(file.append("\n> turn \(turn)\n") == nil) }
    file.close()
    let expected = "# new\n\n> peds\n" + (0..<40).map { "\n> turn \($0)\n" }.joined()
    #expect(read(path) == expected)
    #expect(try Folders.mode(path) == 0o600)
  }

  @Test("Later turns reach the file the first one created, never a link put in its place")
  func plantedLinkAfterFirstTurn() throws {
    let folder = try Folders.make()
    let path = folder + "/out.chat"
    let victim = folder + "/victim"
    try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
    let file = try RecordingFile(path: path)
    file.append("first\n")
    try FileManager.default.moveItem(atPath: path, toPath: folder + "/moved.chat")
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: victim)
    file.append("second\n")
    file.close()
    #expect(read(victim) == "precious\n")
    #expect(read(folder + "/moved.chat") == "first\nsecond\n")
  }

  @Test("A path that cannot be written is refused before anything is written")
  func refusedAtStart() throws {
    let folder = try Folders.make()
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link", withDestinationPath: folder + "/victim")
    for name in ["missing/out.chat", "link", ""] {
      #expect(throws: StorageError.self) { _ = try RecordingFile(path: folder + "/" + name) }
    }
    #expect(!FileManager.default.fileExists(atPath: folder + "/victim"))
  }
}
