import Testing

@testable import TextInput

@Suite("Input text: one encoding, one newline")
struct InputTextTests {
  @Test(
    "Newlines and byte-order marks become what the parsers expect",
    arguments: [
      ("a\nb\n", "a\nb\n"),
      ("a\r\nb\r\n", "a\nb\n"),
      ("a\rb\r", "a\nb\n"),
      ("a\r\r\nb", "a\n\nb"),
      ("\u{FEFF}name,state\r\nX,MA", "name,state\nX,MA"),
      ("\u{FEFF}", ""),
      // Only a leading mark is the encoding's; one inside the text is data.
      ("a\u{FEFF}b", "a\u{FEFF}b"),
    ])
  func normalises(input: String, expected: String) throws {
    #expect(try InputText.decode(Array(input.utf8), file: "f", what: "a file") == expected)
    #expect(InputText.normalisingNewlines(input.replacingBOM) == expected.replacingBOM)
  }

  @Test("A NUL byte is binary data, reported on its line as the parsers count lines")
  func nul() {
    let bytes = Array("one\rtwo\r\nthree ".utf8) + [0] + Array("\n".utf8)
    #expect(
      throws: InputProblem(
        .binary, file: "f", line: 3, "binary data (a NUL byte); expected a profile as text")
    ) {
      try InputText.decode(bytes, file: "f", what: "a profile")
    }
  }

  @Test("Bytes that are not UTF-8 are reported on their line")
  func invalidUTF8() {
    let bytes = Array("one\ntwo\n".utf8) + [0x63, 0x61, 0x66, 0xE9] + Array("\nfour".utf8)
    do {
      _ = try InputText.decode(bytes, file: "f.csv", what: "a program list")
      Issue.record("decoded invalid UTF-8")
    } catch {
      #expect(error.kind == .invalidUTF8)
      #expect(error.description.hasPrefix("f.csv:3: not valid UTF-8 text"))
    }
  }

  @Test(
    "Blank input is spaces, tabs, newlines and a byte-order mark only",
    arguments: [("", true), (" \r\n\t", true), ("\u{FEFF}\n", true), (" x", false)])
  func blank(text: String, expected: Bool) {
    #expect(InputText.isBlank(Array(text.utf8)) == expected)
  }

  @Test(
    "Limits are named in the units a user reads",
    arguments: [
      (16 << 20, "16 MiB"), (64 << 10, "64 KiB"), (100, "100 bytes"), (1_500, "1500 bytes"),
    ])
  func limits(bytes: Int, expected: String) {
    #expect(InputReader.describe(bytes: bytes) == expected)
  }
}

extension String {
  /// The text without a leading BOM, which `normalisingNewlines(_: String)` leaves alone.
  fileprivate var replacingBOM: String {
    hasPrefix("\u{FEFF}") ? String(dropFirst()) : self
  }
}
