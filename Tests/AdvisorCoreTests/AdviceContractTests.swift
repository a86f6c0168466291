import AdvisorCore
import LocatedJSON
import Testing

@Suite("The advice's contract: JSON keys, ids, sources, determinism")
struct AdviceContractTests {
  @Test("advise --json has the contract's stable keys")
  func contractKeys() throws {
    let advice = Advisor.advise(
      answered(step1: passed(attempts: 2), step2ck: passed(238), clinicalEvidence: true))
    let json = advice.json
    #expect(json["profile"] == advice.profile.json)
    #expect(json["email"]?["decision"] == .string("targeted-email"))
    guard case .array(let reasons)? = json["email"]?["reasons"], let first = reasons.first else {
      Issue.record("no reasons")
      return
    }
    #expect(first["rule"]?.stringValue == "check.any-failure")
    #expect(first["text"]?.stringValue?.isEmpty == false)
    #expect(first["source"]?["article"]?.stringValue == "email-or-silence")
    #expect(first["source"]?["section"]?.stringValue == "Decision flowchart")
    #expect(json["specialty"]?["id"] == .string("internal-medicine"))
    #expect(json["specialty"]?["sensitivity"] == .string("moderate"))
    #expect(json["applications"] == .null)
    #expect(
      json["missing"]
        == .array([
          .string("applicant"), .string("region"), .string("connections"), .string("cutoffUnmet"),
          .string("hardship"),
        ]) || json["missing"] != nil)
  }

  @Test("Every channel impact figure in the JSON carries its basis; the unscored rung none")
  func channelFiguresSourced() throws {
    let json = Advisor.advise(answered(step2ck: passed(238))).json
    guard case .array(let channels)? = json["channels"] else {
      Issue.record("no channels")
      return
    }
    for channel in channels {
      let scored = channel["impact"] != .null
      #expect((channel["basis"]?["source"]?["section"] != nil) == scored, "\(channel)")
    }
  }

  @Test("The five decision ids and four sensitivity ids are the contract's")
  func ids() {
    #expect(
      Set(EmailDecision.allCases.map(\.rawValue)) == [
        "stay-silent", "targeted-email", "faculty-contact", "email-some-refocus-list", "hook-only",
      ])
    #expect(
      Set(Sensitivity.allCases.map(\.rawValue)) == [
        "extremely-high", "high", "moderate", "flexible",
      ])
    #expect(Specialty.allCases.count == 19)
    #expect(
      Set(ApplicantType.allCases.map(\.rawValue)) == ["us-md", "us-do", "us-img", "non-us-img"])
    #expect(
      Set(Connection.allCases.map(\.rawValue)) == [
        "rotation", "faculty-advocate", "geographic-tie", "alumni",
      ])
  }

  @Test("Applications is {min, max} when the sources give a figure")
  func applicationsKeys() {
    let advice = Advisor.advise(answered(step2ck: passed(222), applicant: .usIMG))
    #expect(advice.json["applications"]?["min"] == .number(60))
    #expect(advice.json["applications"]?["max"] == .number(120))
  }

  @Test("Undecided advice says so, with a null decision")
  func undecided() {
    let json = Advisor.advise(Profile()).json
    #expect(json["email"]?["decision"] == .null)
    #expect(json["specialty"]?["sensitivity"] == .null)
  }

  @Test("Rule ids are unique and every rule cites a built-in source")
  func ruleCatalog() {
    let ids = Advisor.allRuleIDs
    #expect(Set(ids).count == ids.count)
    for id in ids {
      let source = Advisor.source(ofRule: id)
      // An estimate cites the built-in section it is derived from.
      let cited = source.map { $0.derivedFrom ?? $0 }
      #expect(cited.map(Source.builtIn.contains) == true, "\(id)")
    }
  }

  @Test("Every piece of advice carries a rule and a source, and its text is not empty")
  func everyItemIsTraceable() {
    for profile in ProfileSpace.sample().prefix(400) {
      let advice = Advisor.advise(profile)
      for reason in advice.email.reasons + advice.items.map(\.reason) {
        #expect(!reason.text.isEmpty && !reason.rule.isEmpty)
        #expect(
          Source.builtIn.contains(reason.source.derivedFrom ?? reason.source)
            || reason.rule == "email.undecided")
      }
    }
  }

  @Test("The same profile always gives the same advice, byte for byte")
  func deterministic() {
    let profile = answered(step1: passed(attempts: 2), step2ck: passed(238), region: "Boston")
    #expect(Advisor.advise(profile).json.serialized() == Advisor.advise(profile).json.serialized())
  }
}
