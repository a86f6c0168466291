import AdvisorCore
import LocatedJSON
import Testing

@Suite("Where each connection is, in the profile's JSON")
struct ConnectionPlacesJSONTests {
  @Test("Places are written last, only when known, and read back the same")
  func roundTrip() throws {
    var profile = Profile(connections: [.rotation, .geographicTie])
    profile.connectionPlaces = [.rotation: ["San Antonio"], .geographicTie: ["Atlanta", "Macon"]]
    guard case .object(let members) = profile.json else {
      Issue.record("not an object")
      return
    }
    #expect(members.last?.key == "connectionPlaces")
    #expect(
      members.last?.value
        == .object([
          .init("rotation", .string("San Antonio")),
          .init("geographic-tie", .array([.string("Atlanta"), .string("Macon")])),
        ]))
    #expect(try Profile(json: profile.json) == profile)
    guard case .object(let plain) = Profile(connections: [.rotation]).json else { return }
    #expect(!plain.contains { $0.key == "connectionPlaces" })
  }

  @Test(
    "A place that is not a string, for an unknown connection, or for one not held is an error",
    arguments: [
      #"{"connections": ["rotation"], "connectionPlaces": {"rotation": 3}}"#,
      #"{"connections": ["rotation"], "connectionPlaces": {"cousin": "Ohio"}}"#,
      #"{"connections": ["rotation"], "connectionPlaces": ["Ohio"]}"#,
      #"{"connectionPlaces": {"rotation": "Ohio"}}"#,
      #"{"connections": ["rotation"], "connectionPlaces": {"rotation": "  "}}"#,
      #"{"connections": ["rotation"], "connectionPlaces": {"rotation": []}}"#,
      #"{"connections": ["rotation"], "connectionPlaces": {"rotation": ["Ohio", 3]}}"#,
    ])
  func badValue(_ text: String) throws {
    let document = try JSONDocument(parsing: text)
    #expect(throws: ProfileError.self) { try Profile(json: document.root) }
  }

  @Test("Forgetting the connections forgets where they were")
  func clearing() {
    var profile = Profile(connections: [.rotation])
    profile.connectionPlaces = [.rotation: ["Denver", "Boulder"]]
    #expect(profile.clearing(.connections).connectionPlaces.isEmpty)
    #expect(profile.connectionNames == ["rotations at programs in Denver and Boulder"])
  }
}
