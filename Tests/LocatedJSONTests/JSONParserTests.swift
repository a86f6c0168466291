import LocatedJSON
import Testing

@Suite struct JSONParserTests {
  @Test func parsesEveryKindOfValueInOrder() throws {
    let document = try JSONDocument(
      parsing: #"{"b": [1, -2.5e2, true, false, null], "a": "x\u00e9\n\ud83d\ude00"}"#)
    #expect(
      document.root
        == .object([
          .init("b", .array([.number(1), .number(-250), .bool(true), .bool(false), .null])),
          .init("a", .string("xé\n😀")),
        ]))
  }

  @Test func recordsTheLineOfEveryKeyAndElement() throws {
    let text = """
      {
        "step1": {
          "score":
            238
        },
        "connections": [
          "alumni",
          "rotation"
        ]
      }
      """
    let document = try JSONDocument(parsing: text)
    #expect(document.line(of: JSONPath([.key("step1")])) == 2)
    #expect(document.line(of: JSONPath([.key("step1"), .key("score")])) == 3)
    #expect(document.line(of: JSONPath([.key("connections"), .index(1)])) == 8)
    #expect(document.line(of: JSONPath([.key("missing"), .key("deeper")])) == 1)
  }

  @Test(
    arguments: [
      ("", 1, "the text is empty; expected a JSON value"),
      ("{\n  \"a\": tru\n}", 2, "unexpected word; expected a value such as true"),
      ("{\"a\": 1,}", 1, "expected a key in double quotes"),
      ("{\"a\": 1 \"b\": 2}", 1, "expected ',' or '}'"),
      ("[1, 2", 1, "expected ',' or ']'"),
      ("{\"a\": 1, \"a\": 2}", 1, "duplicate key \"a\""),
      ("\"abc", 1, "unterminated string"),
      ("\"a\tb\"", 1, "a control character must be escaped inside a string"),
      ("01", 1, "unexpected text after the JSON value"),
      ("{} x", 1, "unexpected text after the JSON value"),
      ("\"\\ud800\"", 1, "unpaired surrogate in \\u escape"),
      ("\"\\q\"", 1, "invalid escape \\q"),
      ("1e999", 1, "number out of range"),
      ("\n\n  @", 3, "unexpected '@'; expected a value"),
    ])
  func reportsTheLineOfMalformedText(text: String, line: Int, message: String) {
    #expect(throws: JSONSyntaxError.self) { try JSONDocument(parsing: text) }
    do {
      _ = try JSONDocument(parsing: text)
    } catch {
      #expect(error.line == line)
      #expect(error.message == message)
    }
  }

  @Test func rejectsInvalidUTF8InStrings() {
    #expect(throws: JSONSyntaxError.self) {
      try JSONDocument(parsing: [UInt8(ascii: "\""), 0xFF, 0xFE, UInt8(ascii: "\"")])
    }
  }

  @Test func refusesHostileNestingWithoutCrashing() {
    let deep = String(repeating: "[", count: 100_000)
    #expect(throws: JSONSyntaxError.self) { try JSONDocument(parsing: deep) }
  }

  @Test func skipsAByteOrderMark() throws {
    let document = try JSONDocument(parsing: [0xEF, 0xBB, 0xBF] + Array("null".utf8))
    #expect(document.root == .null)
  }

  @Test func serializesKeysInStoredOrderWithNulls() {
    let value = JSONValue.object(["z": .integer(238), "a": .null, "m": .string("a/b")])
    #expect(value.serialized() == #"{"z":238,"a":null,"m":"a/b"}"#)
  }

  @Test func roundTripsThroughSerialization() throws {
    let value = JSONValue.object([
      "text": .string("quote \" backslash \\ tab \t é"),
      "list": .array([.number(0.5), .bool(false)]),
    ])
    #expect(try JSONDocument(parsing: value.serialized()).root == value)
  }
}
