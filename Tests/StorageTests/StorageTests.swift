import Foundation
import Storage
import Testing

@testable import Dialogue

@Suite("The state folder and private files")
struct StorageTests {
  private func temporaryFolder() throws -> String { try Folders.make() }

  private func mode(_ path: String) throws -> Int { try Folders.mode(path) }

  @Test("XDG_STATE_HOME wins; HOME/.local/state is the default; neither is an error")
  func folder() {
    #expect(
      StateDirectory(environment: ["XDG_STATE_HOME": "/x", "HOME": "/h"])?.path == "/x/advisor")
    #expect(StateDirectory(environment: ["HOME": "/h"])?.path == "/h/.local/state/advisor")
    #expect(
      StateDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])?.path
        == "/h/.local/state/advisor")
    #expect(StateDirectory(environment: [:]) == nil)
  }

  @Test("The folder is created with mode 0700; files are written atomically with mode 0600")
  func modes() throws {
    let base = try temporaryFolder()
    let directory = StateDirectory(path: base + "/deep/advisor")
    try directory.create()
    #expect(try mode(directory.path) == 0o700)
    try PrivateFile.write("hello", to: directory.sessionPath)
    #expect(try mode(directory.sessionPath) == 0o600)
    #expect(try String(contentsOfFile: directory.sessionPath, encoding: .utf8) == "hello")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
      $0.contains(".tmp")
    }
    #expect(leftovers.isEmpty)
  }

  @Test("An earlier session holding more undo steps than the limit is cut to it on load")
  func undoCutOnLoad() throws {
    let store = JSONSessionFile(path: try temporaryFolder() + "/session.json")
    var state = ConversationState()
    let step = ConversationState().snapshot
    state.history = Array(repeating: step, count: 1_000)
    try store.save(Session(state: state, turns: []))
    guard case .session(let loaded) = try store.load() else {
      Issue.record("expected the session")
      return
    }
    #expect(loaded.state.history.count == 200)
  }

  @Test("A session is saved and loaded back")
  func roundTrip() throws {
    let store = JSONSessionFile(path: try temporaryFolder() + "/session.json")
    guard case .none = try store.load() else {
      Issue.record("expected no session")
      return
    }
    var state = ConversationState()
    state.profile.specialty = .pediatrics
    let session = Session(
      state: state, turns: [Session.Entry(turn: 1, input: "peds", reply: "Got it.")])
    try store.save(session)
    guard case .session(let loaded) = try store.load() else {
      Issue.record("expected the session back")
      return
    }
    #expect(loaded == session)
  }

  @Test(
    "A corrupt session is set aside, never overwritten",
    arguments: [
      Data("{\"format\": \"advisor-session\", \"vers".utf8), Data([0x00, 0xFF, 0x13]), Data(),
      Data("[1, 2, 3]".utf8), Data("{\"format\": \"advisor-session\", \"version\": 1}".utf8),
    ])
  func corrupt(contents: Data) throws {
    let folder = try temporaryFolder()
    let path = folder + "/session.json"
    try contents.write(to: URL(fileURLWithPath: path))
    let store = JSONSessionFile(path: path)
    guard case .setAside(let aside, let reason) = try store.load() else {
      Issue.record("expected the file to be set aside")
      return
    }
    #expect(aside == path + ".corrupt")
    #expect(!reason.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(FileManager.default.contents(atPath: aside) == contents)
    try contents.write(to: URL(fileURLWithPath: path))
    guard case .setAside(let second, _) = try store.load() else {
      Issue.record("expected the file to be set aside again")
      return
    }
    #expect(second == path + ".corrupt-2")
  }

  @Test("A folder where the session file was is set aside, not followed or deleted")
  func folderInTheWay() throws {
    let folder = try temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/session.json/inner", withIntermediateDirectories: true)
    guard
      case .setAside(let aside, let reason) = try JSONSessionFile(path: folder + "/session.json")
        .load()
    else {
      Issue.record("expected the folder to be set aside")
      return
    }
    #expect(reason.hasPrefix("is a folder, not a regular file"))
    #expect(FileManager.default.fileExists(atPath: aside + "/inner"))
  }

  @Test("A session file over the size limit is set aside without being parsed")
  func oversized() throws {
    let folder = try temporaryFolder()
    let path = folder + "/session.json"
    let handle = try #require(
      FileManager.default.createFile(atPath: path, contents: nil)
        ? FileHandle(forWritingAtPath: path) : nil)
    try handle.truncate(atOffset: UInt64(JSONSessionFile.sizeLimit + 1))
    try handle.close()
    guard case .setAside(_, let reason) = try JSONSessionFile(path: path).load() else {
      Issue.record("expected the file to be set aside")
      return
    }
    #expect(reason.contains("is too large") && reason.contains("8 MiB"))
  }
}
