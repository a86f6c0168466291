import Foundation
import TestSupport

/// A seeded generator of hostile files of every kind the advisor reads.
///
/// The same seed builds the same files, so a failure is reproduced by its seed alone.
struct HostileFiles {
  /// A kind of input, and how the advisor is made to read it.
  enum Kind: String, CaseIterable, Sendable {
    case profile, programList, entry, transcript, draft, session, standardInput
  }

  /// How the input is made hostile.
  enum Hostility: String, CaseIterable, Sendable {
    case byteOrderMark, crlf, loneCR, nul, invalidUTF8, escapes, hugeLine, hugeWord
    case fifo, device, folder, oversized

    /// Encodings that must leave the answer exactly as for the plain file.
    var isHarmlessEncoding: Bool { [.byteOrderMark, .crlf, .loneCR].contains(self) }
    /// Bytes that are not text: refused with the line they are on.
    var isNotText: Bool { [.nul, .invalidUTF8].contains(self) }
    /// Something other than a regular file of a sane size in the file's place.
    var isNotARegularFile: Bool { [.fifo, .device, .folder, .oversized].contains(self) }
  }

  /// The escape sequences a hostile file carries: retitle, clear, clipboard write, C1 CSI,
  /// a bell, a carriage return that overwrites the line, a backspace.
  static let escapes = [
    "\u{1B}]0;owned\u{07}", "\u{1B}[2J\u{1B}[H", "\u{1B}]52;c;cHduZWQ=\u{07}", "\u{9B}31m",
    "\u{07}", "\rOVERWRITTEN", "\u{08}\u{08}", "\u{1B}P+q\u{1B}\\",
  ]

  private var random: SeededRandom

  init(seed: UInt64) {
    random = SeededRandom(seed: seed)
  }

  /// The plain file of a kind, as lines; `dataLines` are the lines whose text is shown back.
  static func plain(_ kind: Kind) -> (lines: [String], dataLines: [Int]) {
    switch kind {
    case .profile, .standardInput:
      return (
        [
          "{", "  \"step1\": {\"outcome\": \"pass\", \"score\": null, \"attempts\": 2},",
          "  \"step2ck\": {\"outcome\": \"pass\", \"score\": 238, \"attempts\": 1},",
          "  \"specialty\": \"internal-medicine\",", "  \"region\": \"Boston\"", "}",
        ], [4]
      )
    case .programList:
      return (
        [
          "name,city,state,typical_step2", "Example North Hospital,Boston,MA,236",
          "Example South Clinic,Worcester,MA,228", "Example West Center,Omaha,NE,224",
        ], [1, 2, 3]
      )
    case .entry:
      return (
        [
          "id: hostile-note", "title: What my mentor said", "article: my-notes",
          "section: Mentor meeting", "question: what did my mentor say",
          "question: my mentor's advice", "question: notes from the mentor meeting", "",
          "My mentor said to apply broadly and ask for letters early.",
        ], [1, 8]
      )
    case .transcript:
      return (
        [
          "# a short session", "> failed step 1 once then passed",
          "Got it: Step 1 passed on attempt 2.", "", "? step1 = pass",
        ], [2]
      )
    case .draft:
      return (
        [
          "Subject: Application to Example General", "", "Dear Dr Rivera,", "",
          "I am applying in internal medicine and admire your refugee-health clinic.",
          "I earned honors in medicine and pediatrics.", "", "Thank you,", "Sam",
        ], [4, 5]
      )
    case .session:
      return ([], [])
    }
  }

  /// The file's bytes with the hostility applied, and the 1-based line it was put on, where
  /// there is one. Not used for the kinds of file that are not regular files.
  mutating func bytes(_ kind: Kind, _ hostility: Hostility, plainLines: [String]? = nil)
    -> (bytes: [UInt8], line: Int?)
  {
    let base = plainLines ?? Self.plain(kind).lines
    let data = plainLines == nil ? Self.plain(kind).dataLines : Array(base.indices)
    let lineIndex = data[random.index(data.count)]
    var lines = base.map { Array($0.utf8) }
    switch hostility {
    case .byteOrderMark: return ([0xEF, 0xBB, 0xBF] + joined(lines, "\n"), nil)
    case .crlf: return (joined(lines, "\r\n"), nil)
    case .loneCR: return (joined(lines, "\r"), nil)
    case .nul:
      lines[lineIndex].insert(0, at: insertionPoint(in: lines[lineIndex]))
      return (joined(lines, "\n"), lineIndex + 1)
    case .invalidUTF8:
      let junk: [[UInt8]] = [[0xFF], [0xC3], [0xE9, 0x20], [0xED, 0xA0, 0x80], [0xF8, 0x88]]
      lines[lineIndex].insert(
        contentsOf: junk[random.index(junk.count)], at: insertionPoint(in: lines[lineIndex]))
      return (joined(lines, "\n"), lineIndex + 1)
    case .escapes:
      var escape = Self.escapes[random.index(Self.escapes.count)]
      // JSON carries controls as \u escapes; raw ones would only be a syntax error.
      if [.profile, .standardInput, .session].contains(kind) { escape = Self.jsonEscaped(escape) }
      lines[lineIndex].insert(contentsOf: escape.utf8, at: insertionPoint(in: lines[lineIndex]))
      return (joined(lines, "\n"), lineIndex + 1)
    case .hugeLine:
      let words = (0..<100_000).map { _ in
        ["apply", "broadly", "letters", "Boston"][random.index(4)]
      }
      lines[lineIndex].insert(
        contentsOf: words.joined(separator: " ").utf8, at: insertionPoint(in: lines[lineIndex]))
      return (joined(lines, "\n"), lineIndex + 1)
    case .hugeWord:
      let word = (0..<65_536).map { _ in UInt8(0x61 + random.index(26)) }
      lines[lineIndex].insert(contentsOf: word, at: insertionPoint(in: lines[lineIndex]))
      return (joined(lines, "\n"), lineIndex + 1)
    case .fifo, .device, .folder, .oversized:
      return (joined(lines, "\n"), nil)
    }
  }

  /// `text` with its controls as JSON `\uXXXX` escapes.
  static func jsonEscaped(_ text: String) -> String {
    text.unicodeScalars.map { scalar in
      guard scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\\" else {
        return String(scalar)
      }
      let hex = String(scalar.value, radix: 16)
      return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }.joined()
  }

  /// A place inside a line's text (after a JSON key or CSV field start, never before the
  /// first byte of a key): somewhere in its second half.
  private mutating func insertionPoint(in line: [UInt8]) -> Int {
    // Inside the JSON string or the field's text: before the closing quote or at the end.
    if let quote = line.lastIndex(of: UInt8(ascii: "\"")), line.count > 1 { return quote }
    return line.count / 2 + random.index(line.count - line.count / 2 + 1)
  }

  private func joined(_ lines: [[UInt8]], _ separator: String) -> [UInt8] {
    Array(lines.joined(separator: Array(separator.utf8))) + Array(separator.utf8)
  }
}
