import AdvisorCore
import Foundation
import Outreach
import Testing

@Suite("Reading a program list")
struct ProgramListParserTests {
  private let header =
    "name,city,state,specialty,typical_step2,minimum_step2,accepts_imgs,sponsors_visas,connection"

  @Test("Rows become programs, with quoted fields and blank lines handled")
  func parses() throws {
    let text =
      header
      + "\n\"Example, Inc. Hospital\",Worcester,MA,IM,232,220,yes,no,rotation\n\nExample Two,Omaha,NE,,,,,,\n"
    let programs = try ProgramListParser.parse(text)
    #expect(programs.count == 2)
    #expect(programs[0].name == "Example, Inc. Hospital")
    #expect(programs[0].specialty == .internalMedicine)
    #expect(programs[0].typicalStep2 == 232 && programs[0].minimumStep2 == 220)
    #expect(programs[0].acceptsIMGs == true && programs[0].sponsorsVisas == false)
    #expect(programs[0].connection == .rotation)
    #expect(programs[0].line == 2)
    #expect(programs[1].line == 4)
    #expect(programs[1].typicalStep2 == nil)
    #expect(!programs[1].connectionMarkedNone)
    let none = try ProgramListParser.parse(header + "\nExample,Omaha,NE,,,,,,none\n")
    #expect(none.first?.connection == nil && none.first?.connectionMarkedNone == true)
  }

  @Test("Only name and state are required columns, in any order")
  func minimalColumns() throws {
    let programs = try ProgramListParser.parse("state,name\nMA,Example\n")
    #expect(programs.first?.name == "Example")
  }

  @Test(
    "A bad row names its line",
    arguments: [
      ("Example,Worcester,MA,IM,999,,,,\n", 2, "typical_step2 '999' is not a score"),
      ("Example,Worcester,MA,dentistry,,,,,\n", 2, "unknown specialty 'dentistry'"),
      (
        "Example,Worcester,MA,IM,,,maybe,,\n", 2,
        "accepts_imgs 'maybe' should be yes, no or unknown"
      ),
      ("Example,Worcester,MA,IM,,,,,cousin\n", 2, "unknown connection 'cousin'"),
      ("Example,Worcester\n", 2, "expected 9 fields as in the header, found 2"),
      ("Good,Boston,MA,,,,,,\n,Boston,MA,,,,,,\n", 3, "the name is empty"),
      ("Good,Boston,MA,,,,,,\nNo State,Boston,,,,,,,\n", 3, "No State: the state is empty"),
    ])
  func badRows(rows: String, line: Int, message: String) {
    do {
      _ = try ProgramListParser.parse(header + "\n" + rows)
      Issue.record("expected an error")
    } catch {
      #expect(error.line == line)
      #expect(error.message.contains(message), "\(error.message)")
    }
  }

  @Test("Bad headers and empty files")
  func badHeaders() {
    for (text, message) in [
      ("", "the file is empty"), ("name,city,rank\nX,Y,1\n", "unknown column 'rank'"),
      ("name,city\nX,Y\n", "missing column 'state'"),
      (header + "\n", "no programs after the header row"),
    ] {
      do {
        _ = try ProgramListParser.parse(text)
        Issue.record("expected an error for \(text)")
      } catch {
        #expect(error.message.contains(message), "\(error.message)")
      }
    }
  }
}

@Suite("Triage of the program list")
struct ProgramTriageTests {
  private let profile = Profile(
    step1: StepResult(outcome: .pass, attempts: 2),
    step2ck: StepResult(outcome: .pass, score: 238, attempts: 1),
    specialty: .internalMedicine, applicant: .usIMG, region: "Boston", connections: [], hook: false,
    cutoffUnmet: false, hardship: Hardship.none, clinicalEvidence: true)

  private func program(
    _ name: String, city: String = "Omaha", state: String = "NE", typical: Int? = nil,
    minimum: Int? = nil,
    imgs: Bool? = nil, visas: Bool? = nil, connection: Connection? = nil
  ) -> ListedProgram {
    ListedProgram(
      name: name, city: city, state: state, specialty: .internalMedicine, typicalStep2: typical,
      minimumStep2: minimum, acceptsIMGs: imgs, sponsorsVisas: visas, connection: connection)
  }

  private func tier(_ program: ListedProgram, _ profile: Profile? = nil) -> TriagedProgram {
    ProgramTriage.triage([program], profile: profile ?? self.profile).programs[0]
  }

  @Test(
    "Five or more above the typical score is a safety; down to ten below, a target; further, a reach"
  )
  func tiersByScore() {
    #expect(tier(program("A", typical: 233)).tier == .safety)
    #expect(tier(program("B", typical: 232)).tier == .safety)
    #expect(tier(program("C", typical: 234)).tier == .target)
    #expect(tier(program("D", typical: 248)).tier == .target)
    #expect(tier(program("E", typical: 249)).tier == .reach)
  }

  @Test("Without a typical score, the specialty's matched average stands in")
  func fallbackReference() {
    let triaged = tier(program("F"))
    // 238 against internal medicine's matched average of about 250 is -12: a reach.
    #expect(triaged.tier == .reach)
    #expect(triaged.reasons.first?.contains("matched average") == true)
  }

  @Test("A stated minimum above the score makes a reach, flagged as missed")
  func cutoffMissed() {
    let triaged = tier(program("G", typical: 225, minimum: 240))
    #expect(triaged.tier == .reach)
    #expect(triaged.cutoffMissed)
    #expect(!tier(program("H", typical: 225, minimum: 238)).cutoffMissed)
  }

  @Test("No IMGs for an IMG, or no visas for a non-US IMG, is likely a wasted application")
  func unlikely() {
    #expect(tier(program("I", typical: 220, imgs: false)).unlikely == "does not accept IMGs")
    var nonUS = profile
    nonUS.applicant = .nonUSIMG
    #expect(
      tier(program("J", typical: 220, imgs: true, visas: false), nonUS).unlikely
        == "does not sponsor visas")
    #expect(tier(program("K", typical: 220, imgs: true, visas: false)).unlikely == nil)
  }

  @Test("A connection on record in the program's city is pointed out, not counted on a guess")
  func connectionInTheCity() {
    var placed = profile
    placed.connections = [.rotation]
    placed.connectionPlaces = [.rotation: ["Cleveland", "Toledo"]]
    let there = tier(program("N", city: "cleveland", state: "OH", typical: 230), placed)
    #expect(
      there.reasons.contains { $0.contains("a rotation at a program in Cleveland on record") })
    #expect(there.outreach == nil && there.program.connection == nil)
    let elsewhere = tier(program("O", city: "Columbus", state: "OH", typical: 230), placed)
    #expect(!elsewhere.reasons.contains { $0.contains("on record") })
    let marked = tier(
      program("P", city: "Cleveland", state: "OH", typical: 230, connection: .rotation), placed)
    #expect(!marked.reasons.contains { $0.contains("on record") })
    var markedNone = program("Q", city: "Cleveland", state: "OH", typical: 230)
    markedNone.connectionMarkedNone = true
    #expect(!tier(markedNone, placed).reasons.contains { $0.contains("on record") })
    placed.connectionPlaces = [.rotation: ["Springfield, Illinois"]]
    let otherSpringfield = tier(
      program("S", city: "Springfield", state: "MA", typical: 230), placed)
    #expect(!otherSpringfield.reasons.contains { $0.contains("on record") })
    let sameSpringfield = tier(
      program("T", city: "Springfield", state: "IL", typical: 230), placed)
    #expect(sameSpringfield.reasons.contains { $0.contains("on record") })
    placed.connections = [.geographicTie]
    placed.connectionPlaces = [.geographicTie: ["Cleveland"]]
    let family = tier(program("R", city: "Cleveland", state: "OH", typical: 230), placed)
    #expect(
      family.reasons.contains {
        $0.contains("where you have a geographic tie on record") && !$0.contains("if it is")
      })
  }

  @Test("Boston programs are reaches unless the score is well above their typical one")
  func bostonIsReach() {
    #expect(tier(program("L", city: "Boston", state: "MA", typical: 233)).tier == .reach)
    #expect(tier(program("M", city: "Boston", state: "MA", typical: 228)).tier == .safety)
  }

  @Test("Outreach only where a tie makes it count, the advocate first, at most 15")
  func outreach() {
    var programs = (1...20).map { program("P\($0)", typical: 230, connection: .alumni) }
    programs.append(program("Advocate", typical: 230, connection: .facultyAdvocate))
    programs.append(program("None", typical: 230))
    var usMD = profile  // an IMG without ties would be told to stay silent
    usMD.applicant = .usMD
    let result = ProgramTriage.triage(programs, profile: usMD)
    #expect(result.outreach.count == 15)
    #expect(result.outreach.first?.program.name == "Advocate")
    #expect(result.outreach.first?.outreach == .facultyContact)
    #expect(result.outreach.dropFirst().allSatisfy { $0.outreach == .targetedEmail })
    #expect(!result.outreach.contains { $0.program.name == "None" })
  }

  @Test(
    "A mentor signals where someone at the program knows the applicant, not where family lives or alumni are"
  )
  func facultyContactSkipsFamilyTies() {
    var withAdvocate = profile
    withAdvocate.applicant = .usMD
    withAdvocate.connections = [.facultyAdvocate]
    let advice = Advisor.advise(withAdvocate)
    #expect(advice.email.decision == .facultyContact)
    let result = ProgramTriage.triage(
      [
        program("Family", typical: 230, connection: .geographicTie),
        program("Alumni", typical: 230, connection: .alumni),
        program("Advocate", typical: 230, connection: .facultyAdvocate),
      ], advice: advice)
    #expect(Set(result.outreach.map(\.program.name)) == ["Advocate"])
    #expect(result.outreach.allSatisfy { $0.outreach == .facultyContact })
  }

  @Test("Where the applicant rotated, the team there speaks for them, not an advocate elsewhere")
  func rotationProgramsGetTheirTeam() {
    var withAdvocate = profile
    withAdvocate.applicant = .usMD
    withAdvocate.connections = [.facultyAdvocate, .rotation]
    let advice = Advisor.advise(withAdvocate)
    #expect(advice.email.decision == .facultyContact)
    let result = ProgramTriage.triage(
      [
        program("Away", typical: 230, connection: .rotation),
        program("Advocate", typical: 230, connection: .facultyAdvocate),
      ], advice: advice)
    #expect(result.outreach.first { $0.program.name == "Away" }?.outreach == .rotationTeam)
    #expect(result.outreach.first { $0.program.name == "Advocate" }?.outreach == .facultyContact)
  }

  @Test("A big gap on the card beside targets in the list is said to measure another thing")
  func bigGapBesideTargets() {
    var gap = profile
    (gap.specialty, gap.applicant, gap.region) = (.emergencyMedicine, .usMD, "Ohio")
    gap.step2ck = StepResult(outcome: .pass, score: 229, attempts: 1)
    let advice = Advisor.advise(gap)
    #expect(advice.email.rule == "email.mismatch-no-ties")
    let near = ProgramTriage.triage([program("Near", typical: 232)], advice: advice)
    #expect(near.notes.contains { $0.rule == "triage.gap-and-tiers" })
    // Without the big gap, nothing to reconcile.
    let plain = ProgramTriage.triage([program("Near", typical: 232)], profile: profile)
    #expect(!plain.notes.contains { $0.rule == "triage.gap-and-tiers" })
  }

  @Test("A failed Step 2 CK is a reach everywhere until the retake; a minimum note keeps the plan")
  func failedScoreIsNoStanding() {
    // Tester Dev (2026-12-06): a failing 212 against a typical 220 was placed as a target, and
    // the minimum note told a silent plan to write where it had a hook.
    var failed = profile
    failed.step2ck = StepResult(outcome: .fail, score: 212, attempts: 1)
    let result = ProgramTriage.triage(
      [program("Low", typical: 205), program("Min", typical: 215, minimum: 230)], profile: failed)
    #expect(result.programs.allSatisfy { $0.tier == .reach })
    #expect(result.programs[0].reasons.first?.contains("was a fail") == true)
    let cutoffs = result.notes.first { $0.rule == "triage.cutoffs" }?.text ?? ""
    #expect(cutoffs.contains("stay silent"), "\(cutoffs)")
    #expect(!cutoffs.contains("strong hook"))
    #expect(result.notes.contains { $0.rule == "triage.reach-until-retake" })
    // A fail with no score given is no standing either (review: it had been placed a target).
    failed.step2ck.score = nil
    let unscored = ProgramTriage.triage([program("Low", typical: 205)], profile: failed)
    #expect(unscored.programs.allSatisfy { $0.tier == .reach })
  }

  @Test("No outreach when the decision is to stay silent")
  func silentMeansNoOutreach() {
    var silent = profile
    silent.step2ck.score = 226
    let result = ProgramTriage.triage(
      [program("Tie", typical: 220, connection: .rotation)], profile: silent)
    #expect(result.outreach.isEmpty)
    #expect(result.notes.contains { $0.rule == "triage.no-outreach" })
  }

  @Test("The totals are set against the recommended range")
  func totals() {
    let result = ProgramTriage.triage([program("A", typical: 230)], profile: profile)
    #expect(result.recommended?.min == 60)
    #expect(result.notes.contains { $0.rule == "triage.too-few" && $0.text.contains("Add 59") })
  }

  @Test("Boston as the goal: the Massachusetts balance is checked")
  func massachusettsBalance() {
    let bostonOnly = ProgramTriage.triage(
      [
        program("A", city: "Boston", state: "MA", typical: 230),
        program("B", city: "Boston", state: "MA", typical: 230),
      ],
      profile: profile)
    let note = bostonOnly.notes.first { $0.rule == "triage.massachusetts-first" }
    #expect(note?.text.contains("Boston 2, rest of Massachusetts 0, other states 0") == true)
    #expect(note?.text.contains("outside Boston") == true)
    #expect(note?.text.contains("other states") == true)
    var elsewhere = profile
    elsewhere.region = "Chicago"
    #expect(
      !ProgramTriage.triage([program("A")], profile: elsewhere).notes.contains {
        $0.rule == "triage.massachusetts-first"
      })
  }

  @Test("Programs of a specialty neither chosen nor a backup are named; a backup's are not")
  func otherSpecialty() {
    var peds = program("Kids", typical: 230)
    peds.specialty = .pediatrics
    let list = [program("A", typical: 230), peds]
    let note = ProgramTriage.triage(list, profile: profile).notes.first {
      $0.rule == "triage.other-specialty"
    }
    #expect(note?.text.contains("1 program is in Pediatrics") == true)
    #expect(note?.text.contains("(Internal Medicine)") == true)
    var withBackup = profile
    withBackup.backupSpecialties = [.pediatrics]
    #expect(
      !ProgramTriage.triage(list, profile: withBackup).notes.contains {
        $0.rule == "triage.other-specialty"
      })
  }

  @Test("The example list parses and every program gets a tier")
  func exampleList() throws {
    let text = try String(contentsOfFile: Examples.programsCSV, encoding: .utf8)
    let programs = try ProgramListParser.parse(text)
    #expect(programs.count >= 10)
    #expect(programs.allSatisfy { $0.name.contains("fictional") })
    #expect(ProgramTriage.triage(programs, profile: profile).programs.count == programs.count)
  }
}

enum Examples {
  static let programsCSV =
    #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    .prepending("/") + "/examples/programs.csv"
}

extension String {
  func prepending(_ prefix: String) -> String { prefix + self }
}
