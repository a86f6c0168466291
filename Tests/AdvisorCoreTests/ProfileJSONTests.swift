import AdvisorCore
import LocatedJSON
import Testing

@Suite("The profile's JSON form")
struct ProfileJSONTests {
  @Test("Every key of the contract is written, in order, with nulls for unknowns")
  func contractKeys() {
    guard case .object(let members) = Profile().json else {
      Issue.record("not an object")
      return
    }
    #expect(
      members.map(\.key) == [
        "step1", "step2ck", "specialty", "applicant", "region", "connections", "hook",
        "cutoffUnmet", "hardship", "clinicalEvidence",
      ])
    #expect(members.allSatisfy { $0.value == .null })
  }

  @Test("The contract's example profile reads and writes back the same")
  func contractExample() throws {
    let text = """
      {
        "step1":   {"outcome": "pass", "score": null, "attempts": 2},
        "step2ck": {"outcome": "pass", "score": 238,  "attempts": 1},
        "specialty": "internal-medicine",
        "applicant": "us-md",
        "region": "Boston",
        "connections": ["faculty-advocate"],
        "hook": false,
        "cutoffUnmet": false,
        "hardship": "none"
      }
      """
    let document = try JSONDocument(parsing: text)
    let profile = try Profile(json: document.root)
    #expect(profile.step1 == passed(attempts: 2))
    #expect(profile.step2ck == passed(238))
    #expect(profile.connections == [.facultyAdvocate])
    #expect(try Profile(json: profile.json) == profile)
    guard case .object(let written) = profile.json, case .object(let read) = document.root else {
      Issue.record("not an object")
      return
    }
    // The contract's keys come back as they were, then the clinical-evidence extension.
    #expect(Array(written.prefix(read.count)) == read)
    #expect(written.last?.key == "clinicalEvidence" && written.last?.value == .null)
  }

  @Test("Names and abbreviations are accepted for the specialty")
  func specialtySynonym() throws {
    let profile = try Profile(json: .object(["specialty": .string("OB/GYN")]))
    #expect(profile.specialty == .obstetricsGynecology)
  }

  @Test(
    "Each bad field is named, with what is wrong",
    arguments: [
      (#"{"step3": {}}"#, "step3", "unknown key \"step3\""),
      (#"{"step1": {"score": 301}}"#, "step1.score", "step1.score is 301, outside 1-300"),
      (#"{"step1": {"score": 0}}"#, "step1.score", "step1.score is 0, outside 1-300"),
      (#"{"step2ck": {"score": 238.5}}"#, "step2ck.score", "step2ck.score must be a whole number"),
      (#"{"step2ck": {"score": "238"}}"#, "step2ck.score", "must be a three-digit score"),
      (#"{"step2ck": {"outcome": "passed"}}"#, "step2ck.outcome", "unknown outcome \"passed\""),
      (#"{"step2ck": {"grade": 1}}"#, "step2ck.grade", "unknown key \"grade\""),
      (#"{"step2ck": 238}"#, "step2ck", "must be an object"),
      (#"{"specialty": "dermatolgy"}"#, "specialty", "did you mean dermatology?"),
      (#"{"specialty": "prelim"}"#, "specialty", "is ambiguous"),
      (#"{"applicant": "img"}"#, "applicant", "unknown applicant \"img\""),
      (#"{"connections": ["alumni", "uncle"]}"#, "connections[1]", "unknown connection \"uncle\""),
      (#"{"connections": "alumni"}"#, "connections", "must be an array"),
      (#"{"hook": "yes"}"#, "hook", "must be true, false or null"),
      (#"{"hardship": "bad"}"#, "hardship", "unknown hardship"),
      (#"{"step1": {"outcome": "not-taken", "score": 230}}"#, "step1.score", "not-taken"),
      (#"[1]"#, "(top level)", "must be a JSON object"),
    ])
  func validation(text: String, path: String, message: String) throws {
    let document = try JSONDocument(parsing: text)
    #expect(throws: ProfileError.self) { try Profile(json: document.root) }
    do {
      _ = try Profile(json: document.root)
    } catch {
      #expect(error.path.description == path)
      #expect(error.message.contains(message), "\(error.message)")
    }
  }

  @Test("A profile survives a JSON round trip")
  func roundTrip() throws {
    for profile in ProfileSpace.sample() {
      let text = profile.json.serialized()
      #expect(try Profile(json: JSONDocument(parsing: text).root) == profile)
    }
  }
}

@Suite("Specialty names")
struct SpecialtyNameTests {
  @Test(
    "The usual names and abbreviations",
    arguments: [
      ("derm", Specialty.dermatology), ("ortho", .orthopedicSurgery), ("ENT", .otolaryngology),
      ("rads", .radiology), ("anesthesia", .anesthesiology), ("EM", .emergencyMedicine),
      ("IM", .internalMedicine), ("FM", .familyMedicine), ("peds", .pediatrics),
      ("psych", .psychiatry), ("path", .pathology), ("gen surg", .generalSurgery),
      ("OB/GYN", .obstetricsGynecology), ("ob-gyn", .obstetricsGynecology),
      ("TY", .transitionalYear),
      ("prelim surgery", .preliminarySurgery), ("prelim medicine", .preliminaryMedicine),
      ("Plastics", .plasticSurgery), ("neurosurg", .neurosurgery), ("neuro", .neurology),
      ("internal-medicine", .internalMedicine), ("Family Medicine residency", .familyMedicine),
      ("Obstetrics & Gynecology", .obstetricsGynecology),
    ])
  func resolves(name: String, specialty: Specialty) {
    #expect(Specialty.resolve(name) == .specialty(specialty))
  }

  @Test("\"prelim\" alone is ambiguous between medicine and surgery")
  func prelimIsAmbiguous() {
    #expect(Specialty.resolve("prelim") == .ambiguous([.preliminaryMedicine, .preliminarySurgery]))
  }

  @Test(
    "Common misspellings find the closest specialty",
    arguments: [
      ("dermatolgy", Specialty.dermatology), ("pediatrcs", .pediatrics),
      ("psychiatary", .psychiatry), ("anesthesiolgy", .anesthesiology),
      ("orthopedics surgery", .orthopedicSurgery),
    ])
  func misspellings(name: String, specialty: Specialty) {
    #expect(Specialty.closest(to: name) == specialty)
  }

  @Test("Unrelated words are not specialties")
  func unknown() {
    #expect(Specialty.resolve("banana") == .unknown)
    #expect(Specialty.closest(to: "banana") == nil)
  }
}
