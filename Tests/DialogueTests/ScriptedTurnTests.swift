import AdvisorCore
import Foundation
import Testing

@testable import Dialogue

/// A conversation from `Fixtures/scripts.txt`: lines said in turn, each followed by what the
/// profile must hold afterwards (everything it holds, as in `utterances.tsv`) and what the reply
/// must or must not say.
struct ScriptCase: Sendable, CustomStringConvertible {
  struct Step: Sendable {
    var line: String
    var profile: Set<String>?
    var says: [String] = []
    var neverSays: [String] = []
  }

  var name: String
  var steps: [Step] = []

  var description: String { name }

  static let all: [ScriptCase] = {
    guard let text = fixtureText("scripts", ext: "txt") else { return [] }
    var cases: [ScriptCase] = []
    for row in text.split(separator: "\n") {
      let body = String(row.dropFirst(2))
      switch row.prefix(2) {
      case "##": cases.append(ScriptCase(name: String(row.dropFirst(3))))
      case "> ": cases[cases.count - 1].steps.append(Step(line: body))
      case "= ":
        let items = body == "nothing" ? [] : body.split(separator: ";")
        cases[cases.count - 1].steps[cases[cases.count - 1].steps.count - 1].profile = Set(
          items.map { $0.trimmingCharacters(in: .whitespaces) })
      case "+ ": cases[cases.count - 1].steps[cases[cases.count - 1].steps.count - 1].says += [body]
      case "- ":
        cases[cases.count - 1].steps[cases[cases.count - 1].steps.count - 1].neverSays += [body]
      default: continue
      }
    }
    return cases
  }()
}

/// The text of a file in `Fixtures/`, or nil when it is missing.
func fixtureText(_ name: String, ext: String) -> String? {
  Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures")
    .flatMap { try? String(contentsOf: $0, encoding: .utf8) }
}

/// The profile as the tables' assertions.
func assertions(for profile: Profile) -> Set<String> {
  var interpretation = Interpretation()
  interpretation.patch = ProfilePatch(profile)
  return assertions(for: interpretation).subtracting(["intent=unknown"])
}

extension ProfilePatch {
  /// The patch that writes `profile` over an empty one.
  init(_ profile: Profile) {
    self.init()
    step1 = profile.step1
    step2ck = profile.step2ck
    specialty = profile.specialty
    applicant = profile.applicant
    region = profile.region
    addConnections = profile.connections ?? []
    noConnections = profile.connections == []
    hook = profile.hook
    cutoffUnmet = profile.cutoffUnmet
    hardship = profile.hardship
    clinicalEvidence = profile.clinicalEvidence
    addBackups = profile.backupSpecialties
    connectionPlaces = profile.connectionPlaces
  }
}

@Suite("Understanding: scripted conversations from the testers' findings")
struct ScriptedTurnTests {
  @Test("Each line leaves the profile and the reply as the script says", arguments: ScriptCase.all)
  func script(_ testCase: ScriptCase) {
    var script = Script()
    for (index, step) in testCase.steps.enumerated() {
      let reply = script.say(step.line).replyText
      let context = "turn \(index + 1): \(step.line)\n\(reply)"
      if let expected = step.profile {
        #expect(assertions(for: script.profile) == expected, "\(context)")
      }
      for text in step.says { #expect(reply.contains(text), "\(context)") }
      for text in step.neverSays { #expect(!reply.contains(text), "\(context)") }
    }
  }
}
