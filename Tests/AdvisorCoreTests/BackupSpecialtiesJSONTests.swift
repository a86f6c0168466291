import AdvisorCore
import LocatedJSON
import Testing

@Suite("The profile's backup specialties in JSON")
struct BackupSpecialtiesJSONTests {
  @Test("Backups are written last, only when known, and read back the same")
  func roundTrip() throws {
    var profile = Profile(specialty: .dermatology)
    profile.backupSpecialties = [.familyMedicine, .internalMedicine]
    guard case .object(let members) = profile.json else {
      Issue.record("not an object")
      return
    }
    #expect(members.last?.key == "backupSpecialties")
    #expect(
      members.last?.value == .array([.string("family-medicine"), .string("internal-medicine")]))
    #expect(try Profile(json: profile.json) == profile)
    guard case .object(let plain) = Profile(specialty: .dermatology).json else { return }
    #expect(!plain.contains { $0.key == "backupSpecialties" })
  }

  @Test(
    "A backup that is not a specialty id is an error naming the element",
    arguments: [#"{"backupSpecialties": ["plumbing"]}"#, #"{"backupSpecialties": "fm"}"#])
  func badValue(_ text: String) throws {
    let document = try JSONDocument(parsing: text)
    #expect(throws: ProfileError.self) { try Profile(json: document.root) }
  }
}
