import AdvisorCore
import Dialogue
import Testing

/// A program list whose stated minimums are above the score, while the profile counts no missed
/// cutoff: the chat says so and asks once; only a "yes" changes the profile.
@Suite("/programs: stated minimums above the score are confirmed, never applied silently")
struct ListedCutoffTests {
  private static let files = MemoryFiles([
    "list.csv":
      "name,state,city,typical_step2,minimum_step2\nExample Lakeside,OH,Toledo,236,240\n"
      + "Example Hilltop,KS,Wichita,232,245\nExample Plains,NE,Omaha,220,\n",
    "met.csv": "name,state,city,typical_step2,minimum_step2\nExample Plains,NE,Omaha,220,218\n",
  ])

  /// Step 1 failed once, then CK 238, IM, US MD, anywhere, no connections; `cutoff` answers
  /// the cutoff question when given.
  private func chat(cutoff: String? = nil) -> Conversation {
    var chat = Conversation(knowledge: Knowledge.base, files: Self.files)
    _ = chat.opening()
    for line in ["failed step 1 once then passed", "238", "IM", "US MD", "anywhere", "none"] {
      _ = chat.respond(to: line)
    }
    if let cutoff {
      // The questions before the cutoff one (clinical evidence, a hook) are answered "no".
      for _ in 0..<3 where chat.state.pending?.slot != .cutoffUnmet {
        _ = chat.respond(to: "no")
      }
      #expect(chat.state.pending?.slot == .cutoffUnmet)
      _ = chat.respond(to: cutoff)
    }
    return chat
  }

  @Test("Unknown before: the reply says so and asks; yes counts a missed cutoff")
  func unknownThenYes() {
    var chat = chat()
    #expect(chat.state.profile.cutoffUnmet == nil)
    let triage = chat.respond(to: "/programs list.csv").replyText
    #expect(triage.contains("Stated minimums above your score"))
    #expect(
      triage.contains("I don't know yet whether a program you are aiming at states a minimum"))
    #expect(triage.contains("Is Example Lakeside or Example Hilltop one of the programs you are"))
    #expect(chat.state.profile.cutoffUnmet == nil)
    guard case .listedCutoff? = chat.state.pending?.kind else {
      Issue.record("no confirmation pending: \(String(describing: chat.state.pending))")
      return
    }
    let yes = chat.respond(to: "yes")
    #expect(chat.state.profile.cutoffUnmet == true)
    #expect(yes.changes.map(\.slot) == [.cutoffUnmet])
  }

  @Test("No before: the contradiction is named; yes updates it and shows the advice change")
  func noThenYes() {
    var chat = chat(cutoff: "no")
    #expect(chat.state.profile.cutoffUnmet == false)
    let before = chat.advice.email.decision
    let triage = chat.respond(to: "/programs list.csv").replyText
    #expect(triage.contains("You told me no program you are aiming at states a minimum"))
    #expect(triage.contains("I haven't changed your profile."))
    let yes = chat.respond(to: "yes, Lakeside is on my list")
    #expect(chat.state.profile.cutoffUnmet == true)
    #expect(yes.replyText.contains("Updated"), "\(yes.replyText)")
    if chat.advice.email.decision != before {
      #expect(yes.replyText.contains("My advice on emailing programs"), "\(yes.replyText)")
    }
  }

  @Test("No to the confirmation leaves the profile as it was", arguments: [nil, "no"])
  func noLeavesTheProfile(cutoff: String?) {
    var chat = chat(cutoff: cutoff)
    let profile = chat.state.profile
    _ = chat.respond(to: "/programs list.csv")
    let no = chat.respond(to: "no")
    #expect(chat.state.profile == profile)
    #expect(no.changes.isEmpty)
    #expect(no.replyText.contains("OK, I won't count that."), "\(no.replyText)")
  }

  @Test("Asked once: the same list again, a list with no minimum missed, or a known miss")
  func askedOnlyWhenItMatters() {
    var chat = chat()
    _ = chat.respond(to: "/programs list.csv")
    _ = chat.respond(to: "no")
    let again = chat.respond(to: "/programs list.csv")
    #expect(!again.replyText.contains("one of the programs you are aiming at"))
    if case .listedCutoff? = chat.state.pending?.kind { Issue.record("asked twice") }

    var met = self.chat()
    let none = met.respond(to: "/programs met.csv")
    #expect(!none.replyText.contains("one of the programs you are aiming at"))

    var known = self.chat(cutoff: "yes")
    #expect(known.state.profile.cutoffUnmet == true)
    let counted = known.respond(to: "/programs list.csv")
    #expect(!counted.replyText.contains("one of the programs you are aiming at"))
  }
}
