import Foundation
import Testing

/// A draft pasted for `/check` that names health details: the reply on screen quotes them so
/// the user can find them, and nothing stored (the session database, `sessions show` and
/// `export`, a `--record` transcript) holds them.
@Suite("/check with health details: nothing stored holds the words")
struct PersonalDetailsStorageTests {
  private static let draft = [
    "Subject: Application to Lakeside Internal Medicine", "", "Dear Dr. Patel,", "",
    "I was dealing with depression and was started on sertraline during dedicated.",
    "I earned honors in my medicine clerkship.", "", "Sincerely,", "Sam",
  ]
  private static let details = ["depression", "sertraline"]

  @Test("The reply names the words; the database, the transcript and sessions show do not")
  func nothingStoredHoldsTheWords() throws {
    let advisor = try AdvisorProcess()
    let record = advisor.stateHome.appendingPathComponent("check.chat").path
    let input = (["/check"] + Self.draft + [".", "/quit"]).joined(separator: "\n") + "\n"
    let chat = try advisor.run(
      ["chat", "--session", "pat", "--record", record, "--no-pager"], input: input)
    #expect(chat.status == 0, "\(chat.stderr)")
    #expect(chat.stdout.contains("\"depression, sertraline\""), "\(chat.stdout)")

    var stored: [(String, String)] = []
    let folder = advisor.stateHome.appendingPathComponent("advisor")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      stored.append((name, String(decoding: data, as: UTF8.self)))
    }
    #expect(stored.contains { $0.0 == "sessions.sqlite" })
    stored.append(("record", try String(contentsOfFile: record, encoding: .utf8)))
    let show = try advisor.run(["sessions", "show", "pat"])
    #expect(show.status == 0)
    #expect(show.stdout.contains("health-details (error): [health or family details"))
    stored.append(("sessions show", show.stdout))
    stored.append(("sessions export", try advisor.run(["sessions", "export", "pat"]).stdout))
    for (place, text) in stored {
      for word in Self.details {
        #expect(!text.contains(word), "\(place) holds \"\(word)\"")
      }
    }
  }
}
