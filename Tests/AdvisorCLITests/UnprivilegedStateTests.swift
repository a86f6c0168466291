import Foundation
import Testing

/// Permission faults on the state folder, which do not stop root: as root the advisor is run as
/// the unprivileged user `nobody` through `setpriv`; as an ordinary user it is run directly.
@Suite("State folder permissions, as an unprivileged user")
struct UnprivilegedStateTests {
  /// How to run the advisor without root's powers over permissions; nil when there is no way.
  private static let runner: [String]? = {
    if getuid() != 0 { return [] }
    let setpriv = "/usr/bin/setpriv"
    guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
  }()

  private func run(_ advisor: AdvisorProcess, _ arguments: [String], input: String = "") throws
    -> AdvisorProcess.Result
  {
    try advisor.run(arguments, input: input, runner: Self.runner ?? [])
  }

  /// A state home with the session `alex` saved, handed to the user the advisor runs as.
  private func savedSession() throws -> (AdvisorProcess, folder: String)? {
    guard Self.runner != nil else {
      print("skipped: running as root without setpriv, so permissions cannot be tested")
      return nil
    }
    let advisor = try AdvisorProcess()
    let saved = try advisor.run(["chat", "--session", "alex"], input: "peds\n")
    #expect(saved.status == 0, "\(saved.stderr)")
    if getuid() == 0 { try chown(advisor.stateHome.path, to: 65534) }
    return (advisor, advisor.stateHome.path + "/advisor")
  }

  private func chown(_ path: String, to user: uid_t) throws {
    Foundation.chown(path, user, user)
    let walker = FileManager.default.enumerator(atPath: path)
    while let name = walker?.nextObject() as? String {
      Foundation.lchown(path + "/" + name, user, user)
    }
  }

  @Test("sessions list, show and export work on a folder that cannot be written")
  func readOnlyFolder() throws {
    guard let (advisor, folder) = try savedSession() else { return }
    let database = folder + "/sessions.sqlite"
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      chmod(folder + "/" + name, 0o400)
    }
    chmod(folder, 0o500)
    defer { chmod(folder, 0o700) }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    let before = FileManager.default.contents(atPath: database)
    let list = try run(advisor, ["sessions", "list"])
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout == "alex  1 turn  Pediatrics\n", "\(list.stderr)")
    let show = try run(advisor, ["sessions", "show", "alex"])
    #expect(show.stdout.hasPrefix("you> peds\nGot it: Pediatrics."), "\(show.stderr)")
    let export = try run(advisor, ["sessions", "export", "alex", "--json"])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout.hasPrefix(#"{"name":"alex","#), "\(export.stderr)")
    let missing = try run(advisor, ["sessions", "show", "sam"])
    #expect(missing.status == 2)
    #expect(missing.stderr == "advisor: error: there is no saved session named 'sam'\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == names)
    #expect(FileManager.default.contents(atPath: database) == before)
  }

  @Test("An unreadable database is set aside, never replaced, and the chat goes on")
  func unreadableDatabase() throws {
    guard let (advisor, folder) = try savedSession() else { return }
    let database = folder + "/sessions.sqlite"
    let before = FileManager.default.contents(atPath: database)
    chmod(database, 0)
    let chat = try run(advisor, ["chat", "--session", "alex", "--resume"], input: "IM\n")
    #expect(chat.status == 0, "\(chat.stderr)")
    #expect(
      chat.stdout.contains(
        "Your saved session could not be read (permission denied); I moved it to "
          + "\(database).unreadable and started a new one."), "\(chat.stdout.prefix(600))")
    // Read back as root (or after giving the owner its read permission again).
    chmod(database + ".unreadable", 0o600)
    #expect(FileManager.default.contents(atPath: database + ".unreadable") == before)
    #expect(chat.stdout.contains("Got it: Internal Medicine."))
  }
}
