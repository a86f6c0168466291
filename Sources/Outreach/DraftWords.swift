/// A word of a draft as the checks compare it: lower case, apostrophes straightened,
/// contractions expanded ("don't" → "do not"), a possessive "'s" dropped.
struct DraftWord: Sendable, Hashable {
  /// The word's text where ``head`` does not hold it (a word longer than eight bytes, or not
  /// ASCII); empty for most words, whose text is their head: a paste has many thousands of
  /// words, and most are never needed as a string. Empty rather than nil (no word is empty):
  /// an optional string makes every copy of a word a call.
  private var spelled: String
  /// Where the word as written ("CK", "don't") is in its sentence's text, in UTF-8 bytes, for
  /// quoting it back: a range, so that a word holds no reference and is copied as plain bytes.
  var bytes: Range<Int>
  /// The line of the draft the word is on.
  var line: Int
  /// Which clause of its sentence the word is in: commas, semicolons, colons, dashes and
  /// brackets start a new one.
  var clause: Int
  /// The punctuation that opened the word's clause, when the word is the first of it.
  var clauseOpener: Unicode.Scalar?
  /// The second word of an expanded contraction ("not" of "don't"), which quotes as nothing.
  var isContinuation = false
  /// The ``WordKey`` of the word, for ``PhraseList``'s table.
  var key: UInt64
  /// The first eight bytes of an ASCII word (``WordKey/head(_:)``), 0 for any other word:
  /// ``PhraseList`` tells whether a word starts with a prefix from them, without its text.
  var head: UInt64 = 0

  init(
    text: String, bytes: Range<Int>, line: Int, clause: Int, clauseOpener: Unicode.Scalar?,
    isContinuation: Bool, key: UInt64, head: UInt64 = 0
  ) {
    spelled = head != 0 && WordKey.shortHead(text) == head ? "" : text
    self.bytes = bytes
    self.line = line
    self.clause = clause
    self.clauseOpener = clauseOpener
    self.isContinuation = isContinuation
    self.key = key
    self.head = head
  }

  /// An ASCII word of at most eight bytes, its text its `head`.
  init(
    head: UInt64, bytes: Range<Int>, line: Int, clause: Int, clauseOpener: Unicode.Scalar?,
    key: UInt64
  ) {
    spelled = ""
    self.bytes = bytes
    self.line = line
    self.clause = clause
    self.clauseOpener = clauseOpener
    self.key = key
    self.head = head
  }

  /// The word, lower case, as the type's summary says.
  var text: String { spelled.isEmpty ? WordKey.text(ofHead: head) : spelled }

  /// Whether the word is `other`, a word of a phrase list, whose ``WordKey/shortHead(_:)`` is
  /// `shortHead`: a word held by its head is told by it, without making its text.
  ///
  /// A word held by its head is ASCII, and equal only to an ASCII `other` (the phrase lists'
  /// words are): comparing bytes is then comparing characters.
  func `is`(_ other: String, shortHead: UInt64) -> Bool {
    spelled.isEmpty ? head == shortHead : spelled == other
  }
}

/// A cheap hash of an ASCII word, computed once per word so that each of the phrase lists
/// finds a word without hashing its text again: FNV-1a over its bytes, shifted to leave the
/// low byte for the word's first byte. Never 0 for an ASCII word; 0 for any other.
enum WordKey {
  /// The key of `word`.
  static func of(_ word: String) -> UInt64 {
    var word = word
    return word.withUTF8 { of($0) }
  }

  /// The key of a word's UTF-8 bytes.
  static func of(_ bytes: some Collection<UInt8>) -> UInt64 {
    guard let first = bytes.first, first != 0 else { return 0 }
    var hash = seed
    for byte in bytes {
      guard byte < 0x80 else { return 0 }
      hash = adding(byte, to: hash)
    }
    return key(hash, first: first)
  }

  /// FNV-1a's start, for a key built byte by byte (``adding(_:to:)``, ``key(_:first:)``).
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The hash with one more byte.
  static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  /// The key of an ASCII word whose bytes hashed to `hash`, starting with `first`.
  static func key(_ hash: UInt64, first: UInt8) -> UInt64 { hash << 8 | UInt64(first) }

  /// The first byte of the word whose key this is, when it is ASCII.
  static func firstByte(_ key: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: key) }

  /// The first eight bytes of an ASCII word, the first in the lowest byte, zero past its end.
  static func head(_ bytes: some Collection<UInt8>) -> UInt64 {
    var head: UInt64 = 0
    var shift: UInt64 = 0
    for byte in bytes.prefix(8) {
      head |= UInt64(byte) << shift
      shift += 8
    }
    return head
  }

  /// The ``head(_:)`` of an ASCII word of at most eight bytes, which holds all of it; 0 for any
  /// other word.
  static func shortHead(_ word: String) -> UInt64 {
    let utf8 = word.utf8
    guard utf8.count <= 8, utf8.allSatisfy({ $0 < 0x80 }) else { return 0 }
    return head(utf8)
  }

  /// The text of an ASCII word of at most eight bytes, from its ``head(_:)``.
  static func text(ofHead head: UInt64) -> String {
    let count = (64 - head.leadingZeroBitCount + 7) / 8
    return String(unsafeUninitializedCapacity: count) { buffer in
      for index in 0..<count { buffer[index] = UInt8(truncatingIfNeeded: head >> (8 * index)) }
      return count
    }
  }

  /// The mask of the first `count` bytes of a ``head(_:)``.
  static func headMask(_ count: Int) -> UInt64 {
    count >= 8 ? ~0 : (1 << (8 * UInt64(count))) - 1
  }
}

/// Cuts text into ``DraftWord``s in one pass.
struct DraftTokenizer {
  private(set) var words: [DraftWord] = []
  private var clause = 0
  private var pendingBreak: Unicode.Scalar?

  /// Empties the tokenizer for the next sentence, keeping its room.
  mutating func restart() {
    words.removeAll(keepingCapacity: true)
    clause = 0
    pendingBreak = nil
  }

  /// Appends the words of `text`, which sits on `line` and starts `offset` bytes into the
  /// sentence's text; clauses run on from earlier text.
  mutating func append(_ text: some StringProtocol, line: Int, at offset: Int = 0) {
    var text = String(text)
    text.withUTF8 { append($0, line: line, at: offset) }
  }

  /// The words of `text`, whose UTF-8 bytes are `bytes`, read byte by byte and decoding
  /// scalars only past ASCII: a pasted draft can be thousands of lines. A word becomes a
  /// string once, as it ends.
  private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, at offset: Int) {
    var word = PendingWord()
    var position = 0
    while position < bytes.count {
      let byte = bytes[position]
      if word.isEmpty { word.start = position }
      if byte < 0x80 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
          UInt8(ascii: "0")...UInt8(ascii: "9"):
          if word.isASCII {
            // The rest of an ASCII run of letters, digits and apostrophes, read at once and
            // hashed as it is read.
            repeat {
              word.add(bytes[position])
              position += 1
            } while position < bytes.count && Self.continuesASCIIWord(bytes[position])
            continue
          }
          word.append(byte)
        case UInt8(ascii: "'") where !word.isEmpty: word.append(byte)
        default:
          endWord(&word, in: bytes, offset, at: position, line: line, before: Unicode.Scalar(byte))
        }
        position += 1
        continue
      }
      word.leaveASCII(bytes)
      let (scalar, length) = Self.scalar(at: position, in: bytes)
      if Self.appendLowered(scalar, to: &word.scalars) {
        // A letter, digit or mark: part of the word.
      } else if scalar == "\u{2019}" || scalar == "\u{2018}", !word.isEmpty {
        word.scalars.append(UInt8(ascii: "'"))
      } else {
        endWord(&word, in: bytes, offset, at: position, line: line, before: scalar)
      }
      position += length
    }
    flush(&word, in: bytes, offset, at: bytes.count, line: line)
  }

  /// The word being read: while it is all ASCII (most words), a run of the text's bytes,
  /// hashed as they are read and lower-cased as it ends; once it is not, its lower-cased
  /// bytes, built scalar by scalar.
  private struct PendingWord {
    /// Where it starts in the text.
    var start = 0
    /// Its length in the text, while it is all ASCII.
    var length = 0
    /// While it is all ASCII: the hash of its bytes lower-cased (``WordKey/adding(_:to:)``),
    /// their ``WordKey/head(_:)``, and whether one is an apostrophe; read once, as the bytes
    /// are, rather than in a second pass as the word ends.
    var hash = WordKey.seed
    var head: UInt64 = 0
    var hasApostrophe = false
    /// Its bytes lower-cased, once it is not all ASCII.
    var scalars: [UInt8] = []
    var isASCII = true

    var isEmpty: Bool { isASCII ? length == 0 : scalars.isEmpty }

    /// Adds an ASCII letter, digit or apostrophe, which follows the word in the text.
    mutating func append(_ byte: UInt8) {
      if isASCII { add(byte) } else { scalars.append(ASCIIText.lowered(byte)) }
    }

    /// Adds an ASCII letter, digit or apostrophe while the word is all ASCII.
    mutating func add(_ byte: UInt8) {
      // Setting bit 5 lowers a letter and leaves a digit or an apostrophe as it is: the same
      // byte as ``ASCIIText/lowered(_:)``, in one instruction.
      let lowered = byte | 0x20
      hash = WordKey.adding(lowered, to: hash)
      if length < 8 { head |= UInt64(lowered) &<< (8 &* UInt64(length)) }
      hasApostrophe = hasApostrophe || byte == UInt8(ascii: "'")
      length &+= 1
    }

    /// Goes on scalar by scalar, from the ASCII read so far in `text`.
    mutating func leaveASCII(_ text: UnsafeBufferPointer<UInt8>) {
      guard isASCII else { return }
      scalars.append(contentsOf: text[start..<start + length].lazy.map(ASCIIText.lowered))
      isASCII = false
    }

    /// Empty, for the next word; the room for scalars is kept.
    mutating func clear() {
      (length, hash, head, hasApostrophe) = (0, WordKey.seed, 0, false)
      // Most words never leave ASCII: their scalars were never written.
      guard !isASCII else { return }
      scalars.removeAll(keepingCapacity: true)
      isASCII = true
    }
  }

  /// Appends the lower-case UTF-8 of `scalar` to `bytes` when it is a letter, a number or a
  /// nonspacing mark (part of a word); false, with nothing appended, for any other scalar.
  /// Kept out of line: reading a scalar's properties takes room on the stack that every
  /// call of ``append(_:line:at:)``, most of them on ASCII text, would otherwise set up.
  @inline(never)
  private static func appendLowered(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) -> Bool {
    let properties = scalar.properties
    guard
      properties.isAlphabetic || properties.numericType != nil
        || properties.generalCategory == .nonspacingMark
    else { return false }
    bytes.append(contentsOf: properties.lowercaseMapping.utf8)
    return true
  }

  /// The scalar whose UTF-8 encoding starts at `position` (not ASCII), and its length.
  private static func scalar(at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (
    Unicode.Scalar, Int
  ) {
    let lead = bytes[position]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead & (0x7F >> length))
    for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// Whether an ASCII letter, digit or apostrophe: a byte that goes on with a word.
  private static func continuesASCIIWord(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
      || byte == UInt8(ascii: "'")
  }

  /// Ends the word before `scalar`, at `end` in `text`; a comma, semicolon, colon, bracket or
  /// dash starts a new clause.
  private mutating func endWord(
    _ word: inout PendingWord, in text: UnsafeBufferPointer<UInt8>, _ offset: Int, at end: Int,
    line: Int, before scalar: Unicode.Scalar
  ) {
    flush(&word, in: text, offset, at: end, line: line)
    switch scalar {
    case ",", ";", ":", "(", ")", "\u{2013}", "\u{2014}":
      clause += 1
      pendingBreak = scalar
    default: break
    }
  }

  /// Ends the word, if there is one, at `end` in `text`, which starts `offset` bytes into the
  /// sentence's text.
  ///
  /// Most words (ASCII, at most eight bytes, no apostrophe) are added here, inline; the others
  /// out of line (``flushOther(_:in:_:at:line:)``), so that the common path sets up no room
  /// for them.
  @inline(__always)
  private mutating func flush(
    _ word: inout PendingWord, in text: UnsafeBufferPointer<UInt8>, _ offset: Int, at end: Int,
    line: Int
  ) {
    guard word.isASCII else { return flushOther(&word, in: text, offset, at: end, line: line) }
    guard word.length > 0 else { return }
    guard !word.hasApostrophe, word.length <= 8 else {
      return flushOther(&word, in: text, offset, at: end, line: line)
    }
    // The word's key and head were read with its bytes (``PendingWord/add(_:)``): those of
    // its bytes lower-cased, as ``WordKey/of(_:)`` and ``WordKey/head(_:)`` give them; the
    // first byte lower-cased is the head's first.
    append(
      DraftWord(
        head: word.head, bytes: offset + word.start..<offset + end, line: line, clause: clause,
        clauseOpener: pendingBreak,
        key: WordKey.key(word.hash, first: UInt8(truncatingIfNeeded: word.head))))
    word.clear()
  }

  /// ``flush(_:in:_:at:line:)`` of a word that is not ASCII, or longer than eight bytes, or
  /// has an apostrophe.
  @inline(never)
  private mutating func flushOther(
    _ word: inout PendingWord, in text: UnsafeBufferPointer<UInt8>, _ offset: Int, at end: Int,
    line: Int
  ) {
    defer { word.clear() }
    guard !word.isEmpty else { return }
    let bytes = offset + word.start..<offset + end
    guard word.isASCII else {
      let scalars = word.scalars
      add(
        String(decoding: scalars, as: UTF8.self), key: WordKey.of(scalars), head: 0,
        hasApostrophe: scalars.contains(UInt8(ascii: "'")), bytes, line: line)
      return
    }
    let run = UnsafeBufferPointer(rebasing: text[word.start..<word.start + word.length])
    // The word's key and head were read with its bytes (``PendingWord/add(_:)``): those of
    // its bytes lower-cased, as ``WordKey/of(_:)`` and ``WordKey/head(_:)`` give them.
    let (head, hasApostrophe) = (word.head, word.hasApostrophe)
    let key = WordKey.key(word.hash, first: ASCIIText.lowered(run[0]))
    // Most words: held by their head, with no string made.
    guard hasApostrophe || run.count > 8 else {
      append(
        DraftWord(
          head: head, bytes: bytes, line: line, clause: clause, clauseOpener: pendingBreak,
          key: key))
      return
    }
    let lowered = String(unsafeUninitializedCapacity: run.count) { buffer in
      for index in run.indices { buffer[index] = ASCIIText.lowered(run[index]) }
      return run.count
    }
    add(lowered, key: key, head: head, hasApostrophe: hasApostrophe, bytes, line: line)
  }

  /// Adds a word, its apostrophe resolved (``expanded(_:)``).
  private mutating func add(
    _ word: String, key: UInt64, head: UInt64, hasApostrophe: Bool, _ bytes: Range<Int>,
    line: Int
  ) {
    if hasApostrophe {
      for (index, text) in Self.expanded(word).enumerated() {
        let key = WordKey.of(text)
        append(
          text, bytes, line: line, key: key, head: key != 0 ? WordKey.head(text.utf8) : 0,
          isContinuation: index > 0)
      }
    } else {
      append(word, bytes, line: line, key: key, head: head, isContinuation: false)
    }
  }

  private mutating func append(
    _ text: String, _ bytes: Range<Int>, line: Int, key: UInt64, head: UInt64,
    isContinuation: Bool
  ) {
    append(
      DraftWord(
        text: text, bytes: bytes, line: line, clause: clause,
        clauseOpener: pendingBreak, isContinuation: isContinuation, key: key, head: head))
  }

  /// Adds a word, taken rather than copied.
  private mutating func append(_ word: consuming DraftWord) {
    words.append(word)
    pendingBreak = nil
  }

  /// The words of one sentence, or one line outside the body.
  static func words(_ text: some StringProtocol, line: Int) -> [DraftWord] {
    var tokenizer = DraftTokenizer()
    tokenizer.append(text, line: line)
    return tokenizer.words
  }

  private static let contractions: [String: [String]] = [
    "i'm": ["i", "am"], "i've": ["i", "have"], "i'll": ["i", "will"], "i'd": ["i", "would"],
    "it's": ["it", "is"], "can't": ["cannot"], "won't": ["will", "not"],
    "you'll": ["you", "will"], "you're": ["you", "are"], "we're": ["we", "are"],
    "they're": ["they", "are"], "that's": ["that", "is"], "let's": ["let", "us"],
  ]

  /// A word with its apostrophe resolved: a contraction in full, a possessive as its noun.
  private static func expanded(_ word: String) -> [String] {
    guard word.contains("'") else { return [word] }
    if let full = contractions[word] { return full }
    if word.hasSuffix("n't") { return [String(word.dropLast(3)), "not"] }
    if word.hasSuffix("'s") { return [String(word.dropLast(2))] }
    let trimmed = word.split(separator: "'", omittingEmptySubsequences: true).joined()
    return trimmed.isEmpty ? [] : [trimmed]
  }
}

/// Where a phrase was found: the phrase as listed and the indices of its words.
struct PhraseMatch: Sendable, Hashable {
  var phrase: String
  var range: Range<Int>

  /// The matched words as written in the draft ("Step 2 CK"), from their sentence's `text`.
  func quoted(from words: [DraftWord], in text: String) -> String {
    DraftWord.quote(words[range], in: text)
  }
}

extension DraftWord {
  /// Words as written in their sentence's `text`, a contraction once ("don't", not "don't
  /// don't").
  static func quote(_ words: some Collection<DraftWord>, in text: String) -> String {
    var length = -1
    for (offset, word) in words.enumerated() where offset == 0 || !word.isContinuation {
      length += 1 + word.bytes.count
    }
    guard length > 0 else { return "" }
    // The words' bytes copied once into the quote, with no substring per word: a word's
    // range starts and ends where a scalar does, so the bytes are what its text holds.
    var text = text
    return text.withUTF8 { utf8 in
      String(unsafeUninitializedCapacity: length) { buffer in
        var position = 0
        for (offset, word) in words.enumerated() where offset == 0 || !word.isContinuation {
          if offset > 0 {
            buffer[position] = UInt8(ascii: " ")
            position += 1
          }
          for index in word.bytes {
            buffer[position] = utf8[index]
            position += 1
          }
        }
        return position
      }
    }
  }

  /// The word as written, from its sentence's `text`.
  func original(in text: String) -> Substring {
    let utf8 = text.utf8
    return text[
      utf8.index(
        utf8.startIndex, offsetBy: bytes.lowerBound)..<utf8.index(
          utf8.startIndex, offsetBy: bytes.upperBound)]
  }
}

/// A list of phrases found by their first word, so a sentence is searched in one pass
/// whatever the length of the list. A phrase ending in `*` matches any word starting so.
struct PhraseList: Sendable {
  /// A phrase by its first word: where its name and its other words are kept. Plain values,
  /// so that passing over the entries of a word copies no strings or arrays.
  private struct Entry: Sendable {
    /// Index in `names`.
    var name: Int
    /// Indices in `restWords` of the words after the first.
    var rest: Range<Int>
    var lastIsPrefix: Bool
    /// Which of the lists searched together the phrase is from (``init(lists:)``).
    var list: Int
    /// The key of its second word when that word is ASCII and no prefix, else 0: most
    /// phrases starting with a common word ("i", "my") are passed over on it alone.
    var secondKey: UInt64 = 0
  }

  /// The phrases as given, list by list: one list, or the lists searched together.
  private(set) var lists: [[String]]

  /// Each phrase as shown, without its `*`.
  private var names: [String] = []
  private var restWords: [String] = []
  private var restKeys: [UInt64] = []
  /// Each of `restWords`' ``WordKey/shortHead(_:)``, for ``DraftWord/is(_:shortHead:)``.
  private var restHeads: [UInt64] = []
  private var entries: [Entry] = []
  /// The entries of each first word, as a range of `entries`, in the list's order.
  private var byFirstWord: [String: Range<Int>] = [:]
  private var prefixes: [(prefix: String, entry: Entry)] = []
  /// Each prefix's entry again, apart: reading it copies no string.
  private var prefixEntries: [Entry] = []
  /// The first byte of each prefix, to pass over most words without comparing them.
  private var prefixStarts: [UInt8] = []
  /// Each prefix's first eight bytes (``WordKey/head(_:)``), the mask of as many of them as it
  /// has, and whether it has more: an ASCII word is told from its own head.
  private var prefixHeads: [(head: UInt64, mask: UInt64, isLonger: Bool)] = []
  /// For each byte, a bit for each prefix starting with it: a word is compared only with the
  /// prefixes of its first byte.
  private var prefixesStarting = [UInt64](repeating: 0, count: 256)
  /// For each byte, a bit for each prefix whose second byte it is, and for every prefix of one
  /// byte: with ``prefixesStarting``, an ASCII word is compared only with the prefixes of its
  /// first two bytes, read from its head.
  private var prefixesFollowing = [UInt64](repeating: 0, count: 256)
  /// ``byFirstWord`` again as an open-addressed table by ``DraftWord/key``, so an ASCII word
  /// is found without hashing its text: each holds an index into `firstWords`, or -1.
  private var slots: [Int] = []
  private var firstWordKeys: [UInt64] = []
  private var firstWords: [String] = []
  /// Each of `firstWords`' ``WordKey/shortHead(_:)``, for ``DraftWord/is(_:shortHead:)``.
  private var firstWordHeads: [UInt64] = []
  private var firstWordEntries: [Range<Int>] = []
  /// The entries of a first word to try given the next word (``PhrasePairs``).
  private var pairs = PhrasePairs(secondKeys: [], firstWords: [])
  /// For each first word, a bit for each second-word key its phrases go on with
  /// (``secondBit(_:)``), or all bits when one of them is a word alone, a prefix or not ASCII:
  /// "i" followed by a word no phrase of "i" has next is passed over at once.
  private var secondWordFilters: [UInt64] = []
  /// A bit for each first word's key (``filterBit(_:)``): most words of a sentence start no
  /// phrase, and a clear bit says so in one load, before the table is probed.
  private var firstWordFilter: [UInt64] = Array(repeating: 0, count: 16)
  /// A bit for each ASCII byte that starts a prefix.
  private var prefixStartFilter: (low: UInt64, high: UInt64) = (0, 0)

  init(_ phrases: [String]) {
    self.init(lists: [phrases])
  }

  /// Several lists of phrases searched together, each as it is searched alone, in one pass
  /// over a sentence (``matchesOfEachList(in:into:)``): a word is looked up once for all
  /// of them.
  init(lists: [[String]]) {
    precondition(lists.count <= 64, "one bit per list")
    self.lists = lists
    var grouped: [(first: String, entries: [Entry])] = []
    var groupOf: [String: Int] = [:]
    // One tokenizer for every phrase, its room used again: the merged lists have hundreds.
    var tokenizer = DraftTokenizer()
    for (list, phrase) in lists.enumerated().flatMap({ list, phrases in
      phrases.map { (list, $0) }
    }) {
      let isPrefix = phrase.hasSuffix("*")
      tokenizer.restart()
      tokenizer.append(isPrefix ? String(phrase.dropLast()) : phrase, line: 0)
      let words = tokenizer.words.map(\.text)
      guard let first = words.first else { continue }
      let start = restWords.count
      restWords += words.dropFirst()
      // A word's key as the tokenizer gives it is its text's (``WordKey/of(_:)``).
      restKeys += tokenizer.words.dropFirst().map(\.key)
      restHeads += words.dropFirst().map(WordKey.shortHead)
      var entry = Entry(
        name: names.count, rest: start..<restWords.count, lastIsPrefix: isPrefix, list: list)
      if words.count > 1, !(isPrefix && words.count == 2) { entry.secondKey = restKeys[start] }
      names.append(isPrefix ? String(phrase.dropLast()) : phrase)
      if isPrefix && words.count == 1 {
        prefixes.append((first, entry))
        prefixEntries.append(entry)
        let length = first.utf8.count
        prefixHeads.append(
          (WordKey.head(first.utf8), WordKey.headMask(length), length > 8))
        let start = first.utf8.first ?? 0
        prefixStarts.append(start)
        if start < 64 {
          prefixStartFilter.low |= 1 << start
        } else if start < 128 {
          prefixStartFilter.high |= 1 << (start - 64)
        }
      } else if let group = groupOf[first] {
        grouped[group].entries.append(entry)
      } else {
        groupOf[first] = grouped.count
        grouped.append((first, [entry]))
      }
    }
    for (first, entries) in grouped {
      byFirstWord[first] = self.entries.count..<(self.entries.count + entries.count)
      self.entries += entries
    }
    precondition(prefixes.count <= 64, "one bit per prefix")
    for (index, start) in prefixStarts.enumerated() {
      prefixesStarting[Int(start)] |= 1 << index
    }
    for (index, prefix) in prefixes.enumerated() {
      let bytes = Array(prefix.prefix.utf8)
      for byte in prefixesFollowing.indices where bytes.count < 2 || Int(bytes[1]) == byte {
        prefixesFollowing[byte] |= 1 << index
      }
    }
    buildTable()
  }

  /// Fills `slots`, twice as many as there are first words; a first word that is not ASCII
  /// leaves the table empty, and every word is then looked up in ``byFirstWord``.
  private mutating func buildTable() {
    defer {
      pairs = PhrasePairs(secondKeys: entries.map(\.secondKey), firstWords: firstWordEntries)
    }
    var size = 1
    while size < byFirstWord.count * 2 { size *= 2 }
    var slots = Array(repeating: -1, count: size)
    for (word, entries) in byFirstWord {
      let key = WordKey.of(word)
      guard key != 0 else {
        self.slots = []
        return
      }
      var slot = Int(truncatingIfNeeded: key >> 8) & (size - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = firstWords.count
      let (filterWord, bit) = Self.filterBit(key)
      firstWordFilter[filterWord] |= bit
      firstWordKeys.append(key)
      firstWords.append(word)
      firstWordHeads.append(WordKey.shortHead(word))
      firstWordEntries.append(entries)
      secondWordFilters.append(
        self.entries[entries].reduce(UInt64(0)) { filter, entry in
          entry.secondKey == 0 ? ~0 : filter | Self.secondBit(entry.secondKey)
        })
    }
    self.slots = slots
  }

  /// The entries of the phrases starting with `word`, whose ``DraftWord/key`` is `key`.
  private func entries(startingWith word: String, key: UInt64) -> Range<Int> {
    guard key != 0, !slots.isEmpty else { return byFirstWord[word] ?? 0..<0 }
    guard let index = slot(of: key), firstWords[index] == word else { return 0..<0 }
    return firstWordEntries[index]
  }

  /// The index in `firstWords` of the first word with this key, if any.
  @inline(__always)
  private func slot(of key: UInt64) -> Int? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: key >> 8) & mask
    while case let index = slots[slot], index >= 0 {
      if firstWordKeys[index] == key { return index }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Where a key's bit is in ``firstWordFilter``: bits of the key other than those that pick
  /// its slot.
  private static func filterBit(_ key: UInt64) -> (word: Int, bit: UInt64) {
    let bit = Int(truncatingIfNeeded: key >> 40) & 1_023
    return (bit >> 6, 1 << UInt64(bit & 63))
  }

  /// Whether the ASCII `word` starts with the bytes of the ASCII `prefix`.
  private static func hasASCIIPrefix(_ word: String, _ prefix: String) -> Bool {
    var (word, prefix) = (word, prefix)
    return word.withUTF8 { bytes in
      prefix.withUTF8 { prefix in
        bytes.count >= prefix.count && prefix.indices.allSatisfy { bytes[$0] == prefix[$0] }
      }
    }
  }

  /// The entries of the phrases starting with the word at `start` in `words`, whose key is
  /// `key`, as a run of ``PhrasePairs/entries`` (those that can go on with a next word whose
  /// key is `next`, when it is not 0): an ASCII word is looked up once, by its key, and its
  /// text is read only when the key is found; any other word by its text.
  @inline(__always)
  private func candidates(_ key: UInt64, next: UInt64, at start: Int, in words: [DraftWord])
    -> Range<Int>
  {
    guard key != 0, !slots.isEmpty else { return byFirstWord[words[start].text] ?? 0..<0 }
    let (filterWord, bit) = Self.filterBit(key)
    guard firstWordFilter[filterWord] & bit != 0, let index = slot(of: key),
      secondWordFilters[index] == ~0
        || (next != 0 && secondWordFilters[index] & Self.secondBit(next) != 0),
      words[start].is(firstWords[index], shortHead: firstWordHeads[index])
    else { return 0..<0 }
    return next == 0 ? firstWordEntries[index] : pairs.run(first: index, next: next)
  }

  /// The prefixes (a bit for each) that the word at `start` in `words`, whose key is `key`,
  /// may start: those of its first byte, and for an ASCII word those of its second too, read
  /// from its head (0 past its end; a prefix of one byte goes on with any). Most words that
  /// share a prefix's first byte do not share its second; the text of a word that is not
  /// ASCII is read only here.
  @inline(__always)
  private func prefixCandidates(_ key: UInt64, at start: Int, in words: [DraftWord]) -> UInt64 {
    guard !prefixes.isEmpty else { return 0 }
    guard key != 0 else { return prefixesStarting[Int(words[start].text.utf8.first ?? 0)] }
    return prefixesStarting[Int(WordKey.firstByte(key))]
      & prefixesFollowing[Int(truncatingIfNeeded: words[start].head >> 8 & 0xFF)]
  }

  /// Where a second word's key is in ``secondWordFilters``.
  private static func secondBit(_ key: UInt64) -> UInt64 { 1 << (key >> 20 & 63) }

  /// Whether the word with this ASCII key cannot start a phrase, found without reading the
  /// word: its key is in no slot and its first byte starts no prefix.
  private func cannotStart(_ key: UInt64) -> Bool {
    guard key != 0, !slots.isEmpty else { return false }
    let start = WordKey.firstByte(key)
    let startsPrefix =
      start < 64
      ? prefixStartFilter.low & (1 << start) != 0
      : prefixStartFilter.high & (1 << (start - 64)) != 0
    if startsPrefix { return false }
    let (word, bit) = Self.filterBit(key)
    return firstWordFilter[word] & bit == 0 || slot(of: key) == nil
  }

  /// Every phrase found in `words`; a phrase inside a longer match is dropped.
  ///
  /// - Parameter keys: the words' keys, when the caller keeps them apart from the words: a
  ///   pass over them passes over most words without loading them.
  func matches(in words: [DraftWord], keys: [UInt64]? = nil) -> [PhraseMatch] {
    var found: [PhraseMatch] = []
    for start in words.indices {
      if let keys, cannotStart(keys[start]) { continue }
      let word = words[start].text
      var longest: PhraseMatch?
      for index in entries(startingWith: word, key: words[start].key) {
        let entry = entries[index]
        guard matches(entry, words, after: start) else { continue }
        if 1 + entry.rest.count > (longest?.range.count ?? 0) {
          longest = PhraseMatch(
            phrase: names[entry.name], range: start..<(start + 1 + entry.rest.count))
        }
      }
      if longest == nil, !prefixes.isEmpty {
        // A word whose first byte differs cannot start with the prefix's first letter.
        let firstByte = word.utf8.first
        for index in prefixStarts.indices
        where prefixStarts[index] == firstByte && word.hasPrefix(prefixes[index].prefix) {
          longest = PhraseMatch(
            phrase: names[prefixes[index].entry.name], range: start..<(start + 1))
          break
        }
      }
      guard let longest else { continue }
      if let last = found.last, last.range.upperBound >= longest.range.upperBound {
        continue
      }
      found.append(longest)
    }
    return found
  }

  /// What a list found: its index among the lists merged (``init(lists:)``), the phrase's
  /// index (``match(_:)`` names it) and the words matched. Plain integers, with no string: a
  /// sentence's hits are made, read and dropped for every sentence of a draft, and a value
  /// with no reference is copied and dropped as plain bytes.
  struct Hit: Sendable, Hashable {
    var list: Int
    var phrase: Int
    var range: Range<Int>
  }

  /// The match a hit stands for, its phrase as listed.
  func match(_ hit: Hit) -> PhraseMatch {
    PhraseMatch(phrase: names[hit.phrase], range: hit.range)
  }

  /// Every phrase of each merged list found in `words`, each list's as ``matches(in:keys:)``
  /// of that list alone finds them, appended to `hits` by word, and by list at one word.
  func matchesOfEachList(in words: [DraftWord], into hits: inout [Hit]) {
    let count = lists.count
    // For each list: where its last match ends, and at the current word its longest match's
    // length and name, valid where the list's bit is set in `found`.
    withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * count) { state in
      state.initialize(repeating: -1)
      for start in words.indices {
        let key = words[start].key
        let nextKey = start + 1 < words.count ? words[start + 1].key : 0
        let exact = candidates(key, next: nextKey, at: start, in: words)
        var prefixBits = prefixCandidates(key, at: start, in: words)
        guard !exact.isEmpty || prefixBits != 0 else { continue }
        var found: UInt64 = 0
        for index in pairs.entries[exact] {
          let entry = entries[index]
          // Two ASCII words with different keys differ: no need to read the rest.
          if entry.secondKey != 0, nextKey != 0, entry.secondKey != nextKey { continue }
          guard matches(entry, words, after: start) else { continue }
          let (bit, length) = (UInt64(1) << entry.list, 1 + entry.rest.count)
          if found & bit == 0 || length > state[count + entry.list] {
            found |= bit
            (state[count + entry.list], state[2 * count + entry.list]) = (length, entry.name)
          }
        }
        // A list without a phrase starting with the word: its first prefix the word starts.
        if prefixBits != 0 {
          let isASCII = key != 0
          while prefixBits != 0 {
            let index = prefixBits.trailingZeroBitCount
            prefixBits &= prefixBits - 1
            let entry = prefixEntries[index]
            let bit = UInt64(1) << entry.list
            // An ASCII word and prefix compare as bytes, which is what comparing their
            // characters gives, the first eight from the word's head; any other word is
            // compared as characters.
            guard found & bit == 0 else { continue }
            if isASCII {
              let prefix = prefixHeads[index]
              guard words[start].head & prefix.mask == prefix.head,
                !prefix.isLonger || Self.hasASCIIPrefix(words[start].text, prefixes[index].prefix)
              else { continue }
            } else if !words[start].text.hasPrefix(prefixes[index].prefix) {
              continue
            }
            found |= bit
            (state[count + entry.list], state[2 * count + entry.list]) = (1, entry.name)
          }
        }
        while found != 0 {
          let list = found.trailingZeroBitCount
          found &= found - 1
          let end = start + state[count + list]
          // A phrase inside the list's last match is dropped.
          guard state[list] < end else { continue }
          state[list] = end
          hits.append(Hit(list: list, phrase: state[2 * count + list], range: start..<end))
        }
      }
    }
  }

  /// Whether the words after `start` are the rest of the entry's phrase; two ASCII words
  /// with different keys differ, without comparing their text.
  @inline(__always)
  private func matches(_ entry: Entry, _ words: [DraftWord], after start: Int) -> Bool {
    guard start + entry.rest.count < words.count else { return false }
    for (offset, index) in entry.rest.enumerated() {
      let position = start + 1 + offset
      if entry.lastIsPrefix && index == entry.rest.upperBound - 1 {
        if !words[position].text.hasPrefix(restWords[index]) { return false }
        continue
      }
      let key = words[position].key
      if key != 0, restKeys[index] != 0, key != restKeys[index] { return false }
      if !words[position].is(restWords[index], shortHead: restHeads[index]) { return false }
    }
    return true
  }
}
