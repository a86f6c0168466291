import LocatedJSON
import Testing

@Suite("The JSON writer")
struct JSONWriterTests {
  @Test(
    "Strings are escaped where JSON requires it and passed through byte for byte elsewhere",
    arguments: [
      ("plain", #""plain""#),
      ("quote \" and \\ backslash", #""quote \" and \\ backslash""#),
      ("line\nfeed\ttab\rreturn", #""line\nfeed\ttab\rreturn""#),
      ("\u{08}\u{0C}\u{00}\u{1F}\u{7F}", #""\b\f\u0000\u001f\u007f""#),
      ("é, 😀 and 中文", #""é, 😀 and 中文""#),
      ("", #""""#),
    ])
  func strings(text: String, expected: String) {
    #expect(JSONValue.string(text).serialized() == expected)
    #expect(JSONValue.string(text).utf8() == Array(expected.utf8))
  }

  @Test("Objects keep their key order, one line or indented by two spaces")
  func layout() {
    let value = JSONValue.object([
      "b": .array([.number(1), .number(-2.5), .bool(true), .null]), "a": .object([]),
      "c": .array([]),
    ])
    #expect(value.serialized() == #"{"b":[1,-2.5,true,null],"a":{},"c":[]}"#)
    #expect(
      value.serialized(pretty: true) == """
        {
          "b": [
            1,
            -2.5,
            true,
            null
          ],
          "a": {},
          "c": []
        }
        """)
  }

  @Test("What is written parses back to the same value")
  func roundTrip() throws {
    let value = JSONValue.object([
      "input": .string("I said \"hi\"\n\u{01}\u{7F} 😀"), "n": .number(238),
      "list": .array([.string("x"), .object(["k": .bool(false)])]),
    ])
    for pretty in [false, true] {
      #expect(try JSONDocument(parsing: value.serialized(pretty: pretty)).root == value)
    }
  }
}
