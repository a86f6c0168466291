import AdvisorCore

/// What each line of a pasted email is: header, greeting, body, closing or signature, so only
/// the body's sentences are counted and judged as the email's content.
struct EmailLayout: Sendable {
  /// The part an email line plays.
  enum Role: Sendable, Hashable {
    case blank
    /// `Subject:`, `To:` and the like.
    case header
    /// "Dear Dr Rivera,", "Dr [Last Name],".
    case salutation
    case body
    /// "Sincerely,", "Thank you for your time,".
    case signOff
    /// The name, AAMC ID, school and contact lines after the sign-off.
    case signature
  }

  struct Line: Sendable {
    /// 1-based.
    var number: Int
    /// The line in the draft's text: no copy of it per line.
    var text: Substring
    var role: Role
    /// The part of the line that belongs to the body: all of a body line, what follows the
    /// greeting on "Dear Dr Rivera, I am writing...", nothing on other lines.
    var body: Substring
    /// Whether the line is all ASCII, so that it can be read byte by byte.
    var isASCII: Bool
  }

  let lines: [Line]

  /// Lays out `text`; "\n", "\r\n" and "\r" all end a line.
  init(_ text: String) {
    var lines = Self.bodyLines(of: text)
    Self.markHeaders(&lines)
    Self.markSalutation(&lines)
    Self.markClosing(&lines)
    for index in lines.indices where lines[index].role != .body && lines[index].role != .salutation
    {
      lines[index].body = ""
    }
    self.lines = lines
  }

  /// `text`'s lines, each blank or else all body: what a chat line is, where nothing is a
  /// header, a greeting or a sign-off.
  static func bodyLines(of text: String) -> [Line] {
    lines(of: text).enumerated().map { index, line in
      let (text, isASCII) = line
      let isBlank =
        isASCII ? text.utf8.allSatisfy(ASCIIText.isWhitespace) : text.allSatisfy(\.isWhitespace)
      return Line(
        number: index + 1, text: text, role: isBlank ? .blank : .body, body: text,
        isASCII: isASCII)
    }
  }

  /// The lines of `text`, split where a `Character` is a newline (LF, CR, CRLF, VT, FF, NEL,
  /// U+2028, U+2029), in one pass over its bytes: each of these is a character of its own.
  /// Each line comes with whether it is all ASCII, told in the same pass.
  static func lines(of text: String) -> [(text: Substring, isASCII: Bool)] {
    var ends: [(end: Int, next: Int, isASCII: Bool)] = []
    var copy = text
    // The bytes of the last line, OR-ed: its high bit says whether any is past ASCII.
    var last: UInt8 = 0
    copy.withUTF8 { bytes in
      var index = 0
      // The bytes of the line being read, OR-ed.
      var seen: UInt8 = 0
      while index < bytes.count {
        // Most of a line is plain ASCII with no newline, passed over eight bytes at a time:
        // none of it changes whether the line is ASCII.
        index = ByteBlocks.skipASCII(atLeast: 0x0E, in: bytes, from: index)
        guard index < bytes.count else { break }
        let byte = bytes[index]
        // Bytes from 0x0E to 0xC1 (most of a line) start no newline: told in one comparison,
        // and the few others by the switch below.
        guard byte &- 0x0E >= 0xC2 - 0x0E else {
          seen |= byte
          index += 1
          continue
        }
        let first = index + 1 < bytes.count ? bytes[index + 1] : nil
        let second = index + 2 < bytes.count ? bytes[index + 2] : nil
        // Where the line after a newline starts; nil for any other byte.
        let next: Int? =
          switch byte {
          case 0x0A, 0x0B, 0x0C: index + 1
          case 0x0D: first == 0x0A ? index + 2 : index + 1
          case 0xC2 where first == 0x85: index + 2
          case 0xE2 where first == 0x80 && (second == 0xA8 || second == 0xA9): index + 3
          default: nil
          }
        guard let next else {
          seen |= byte
          index += 1
          continue
        }
        // The newline's own bytes are not the line's (NEL and U+2028 are not ASCII).
        ends.append((index, next, seen < 0x80))
        seen = 0
        index = next
      }
      last = seen
    }
    let utf8 = text.utf8
    var lines: [(text: Substring, isASCII: Bool)] = []
    lines.reserveCapacity(ends.count + 1)
    var start = utf8.startIndex
    for (end, next, isASCII) in ends {
      lines.append((text[start..<utf8.index(utf8.startIndex, offsetBy: end)], isASCII))
      start = utf8.index(utf8.startIndex, offsetBy: next)
    }
    lines.append((text[start...], last < 0x80))
    return lines
  }

  // MARK: - Headers

  private static let headerNames = ["subject", "re", "to", "from", "cc", "bcc", "date"]

  /// A `Subject:` line anywhere; other header fields only before the first other line.
  private static func markHeaders(_ lines: inout [Line]) {
    var inHeader = true
    for index in lines.indices where lines[index].role != .blank {
      let name = headerName(lines[index].text)
      if name == "subject" || (inHeader && name != nil) {
        lines[index].role = .header
      } else {
        inHeader = false
      }
    }
  }

  /// The field name of "Subject: ..." lowercased, or nil for a line that is not a header field.
  static func headerName(_ text: Substring) -> String? {
    if let name = asciiHeaderName(text) { return name.isEmpty ? nil : name }
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let name = text[..<colon].trimmingWhitespace.lowercased()
    return headerNames.contains(name) ? name : nil
  }

  /// ``headerName(_:)`` read on bytes, where that gives the same answer: the text before the
  /// first colon is ASCII and no mark joins the colon. "" for no header name; nil to read the
  /// line by characters.
  private static func asciiHeaderName(_ text: Substring) -> String? {
    var text = text
    return text.withUTF8 { utf8 -> String? in
      var colon = 0
      while colon < utf8.count, utf8[colon] != UInt8(ascii: ":") {
        guard utf8[colon] < 0x80 else { return nil }
        colon += 1
      }
      guard colon < utf8.count else { return "" }
      if colon + 1 < utf8.count, utf8[colon + 1] >= 0x80 { return nil }
      var (start, end) = (0, colon)
      while start < end, ASCIIText.isWhitespace(utf8[start]) { start += 1 }
      while end > start, ASCIIText.isWhitespace(utf8[end - 1]) { end -= 1 }
      // The longest header name is "subject": a longer one is told without a string.
      guard end - start <= 7 else { return "" }
      var packed: UInt64 = 0
      for index in start..<end { packed = packed << 8 | UInt64(ASCIIText.lowered(utf8[index])) }
      // Seven names: a scan of their packed bytes costs less than hashing the key.
      let names = packedHeaderNames
      return names.firstIndex(of: packed).map { headerNames[$0] } ?? ""
    }
  }

  /// ``headerNames``' bytes each packed into an integer, the first byte highest, in order.
  private static let packedHeaderNames = headerNames.map { name in
    name.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
  }

  // MARK: - The greeting

  private static let greetings = [
    "dear ", "hello", "hi ", "hi,", "good morning", "good afternoon", "good evening",
    "greetings", "to whom it may concern",
  ]
  private static let titles = ["dr ", "dr.", "doctor ", "professor ", "prof ", "prof."]

  /// The first line after the headers, when it greets: all of it, or up to the comma when the
  /// body goes on on the same line.
  private static func markSalutation(_ lines: inout [Line]) {
    guard let index = lines.firstIndex(where: { $0.role == .body }) else { return }
    let text = lines[index].text
    let lowered = text.trimmingWhitespace.lowercased()
    let words = text.split(whereSeparator: \.isWhitespace).count
    if greetings.contains(where: { lowered.hasPrefix($0) }) {
      lines[index].role = .salutation
      if let end = text.firstIndex(where: { $0 == "," || $0 == ":" }) {
        lines[index].body = text[text.index(after: end)...]
      } else if words > 6 {
        lines[index].role = .body
      } else {
        lines[index].body = ""
      }
    } else if titles.contains(where: { lowered.hasPrefix($0) }), words <= 6,
      lowered.hasSuffix(",") || lowered.hasSuffix(":")
    {
      lines[index].role = .salutation
      lines[index].body = ""
    }
  }

  // MARK: - The closing

  private static let signOffs = PhraseList([
    "sincerely", "best", "regards", "kind regards", "warm regards", "warmly", "with thanks",
    "many thanks", "thanks", "thank you", "respectfully", "yours", "cheers", "with gratitude",
    "gratefully", "all the best", "with appreciation", "cordially", "take care",
  ])

  /// How far from the end a sign-off may be: a signature is a few lines, not a paragraph.
  private static let signatureLines = 6

  /// The sign-off and everything after it; without one, the trailing name and ID lines.
  private static func markClosing(_ lines: inout [Line]) {
    let tail = lines.indices.filter { lines[$0].role == .body }.suffix(signatureLines)
    if let signOff = tail.first(where: { isSignOff(String(lines[$0].text)) }) {
      lines[signOff].role = .signOff
      for index in (signOff + 1)..<lines.count where lines[index].role != .blank {
        lines[index].role = .signature
      }
      return
    }
    var sawSignature = false
    for index in tail.reversed() {
      let text = lines[index].text
      let previousEndsSentence = lines[..<index].last { $0.role != .blank }.map {
        // "... Sincerely," then the name: a line ending a sentence or a closing.
        $0.role != .body
          || $0.text.trimmingWhitespace.last.map { terminal.contains($0) || $0 == "," } == true
      }
      if isIDLine(text) || (isNameLine(text) && (sawSignature || previousEndsSentence == true)) {
        lines[index].role = .signature
        sawSignature = true
      } else {
        break
      }
    }
  }

  private static let terminal: Set<Character> = [".", "!", "?", "\u{2026}"]

  /// "Sincerely,", "Thank you for your time,", "Best": a closing word, short, not a sentence.
  static func isSignOff(_ text: String) -> Bool {
    // Each run between spaces with an ASCII letter or digit is at least one word: a line with
    // more than eight is no sign-off, told before it is split into words.
    guard wordRunsWithLetters(text, atMost: signOffWords) else { return false }
    let trimmed = text.trimmingWhitespace
    let words = DraftTokenizer.words(trimmed, line: 0)
    guard words.count <= signOffWords, signOffs.matches(in: words).first?.range.lowerBound == 0
    else {
      return false
    }
    if trimmed.hasSuffix(",") { return true }
    return words.count <= 4 && !(trimmed.last.map(terminal.contains) ?? false)
  }

  /// The most words a sign-off has.
  private static let signOffWords = 8

  /// Whether `text` has at most `limit` runs between whitespace that hold an ASCII letter or
  /// digit, counted over its bytes, stopping past the limit.
  private static func wordRunsWithLetters(_ text: String, atMost limit: Int) -> Bool {
    var runs = 0
    // Whether the run being read has been counted.
    var counted = false
    for byte in text.utf8 {
      if ASCIIText.isWhitespace(byte) {
        counted = false
        continue
      }
      let alphanumeric = (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
      if alphanumeric, !counted {
        counted = true
        runs += 1
        if runs > limit { return false }
      }
    }
    return true
  }

  /// The ID lines' words, searched for in an ASCII line without lower-casing it.
  private static let idPatterns = ASCIIText.Patterns(["aamc", "eras id"])

  /// "AAMC ID 12345678", "[Name, AAMC ID]".
  private static func isIDLine(_ text: Substring) -> Bool {
    // Most lines are ASCII, where a byte is a character: one pass, no lower-cased copy.
    if ASCIIText.isASCII(text), idPatterns.found(inASCII: text).isEmpty {
      let start = text.drop(while: \.isWhitespace).prefix(10).lowercased()
      return start.hasPrefix("[name") || start.hasPrefix("[your name")
    }
    let lowered = text.lowercased()
    return lowered.contains("aamc") || lowered.contains("eras id")
      || lowered.trimmingWhitespace.hasPrefix("[name")
      || lowered.trimmingWhitespace.hasPrefix("[your name")
  }

  /// "Sam Rivera": a few capitalised words and nothing else.
  private static func isNameLine(_ text: Substring) -> Bool {
    let words = text.split(whereSeparator: \.isWhitespace)
    return (1...4).contains(words.count)
      && words.allSatisfy { $0.first?.isUppercase == true || $0.first == "[" }
      && !(text.trimmingWhitespace.last.map { terminal.contains($0) || $0 == "," } ?? false)
  }
}
