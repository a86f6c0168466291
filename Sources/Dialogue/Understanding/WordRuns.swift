/// Every run of up to ``longestRun`` words of a line, each kept as a hash of its text (the
/// words joined by single spaces) with where it first starts, so that checking a phrase is one
/// lookup.
///
/// The extractors check hundreds of phrases per line. Keeping each run as a `String` made a
/// long line spend most of its turn building and hashing strings; the hashes here are made as
/// the words are read, and a hit is compared with the words themselves, so no answer rests on
/// a hash alone.
struct WordRuns: Sendable {
  static let longestRun = 6

  /// What a lookup can tell without reading the line's text.
  enum Answer {
    case absent
    case present
    /// The phrase is longer than the runs kept, or its hash belongs to another run.
    case unsure
  }

  /// Run hashes, open-addressed (0 is an empty slot), and beside each the run's first start
  /// (shifted left 3) with its length in words. A dictionary's hashing of the hashes cost a
  /// long line more than the rest of its runs.
  private var hashes: [UInt64]
  private var firstRuns: [Int]
  private let mask: Int
  /// The words' hashes folded into 256 bits: most phrases hold a word the line does not have,
  /// and one AND with a phrase's own bits (``Key``) rules them out without a lookup.
  private var wordBits = SIMD4<UInt64>()

  /// - Parameters:
  ///   - words: the line's words, none holding a space.
  ///   - breaks: indices of `words` that start a new sentence, in order: no run crosses one.
  init(_ words: [String], breaks: [Int] = []) {
    var capacity = 16
    while capacity < words.count * Self.longestRun * 2 { capacity <<= 1 }
    hashes = Array(repeating: 0, count: capacity)
    firstRuns = Array(repeating: 0, count: capacity)
    mask = capacity - 1
    let wordHashes = words.map { word in
      var word = word
      return word.withUTF8 { $0.reduce(Self.seed, Self.step) }
    }
    for hash in wordHashes { Self.insert(hash, into: &wordBits) }
    // Backwards, so the start each hash keeps is its first; the next sentence's start ends
    // each run, found by walking the breaks back alongside.
    var nextBreak = breaks.count - 1
    for start in words.indices.reversed() {
      while nextBreak >= 0, breaks[nextBreak] > start + Self.longestRun { nextBreak -= 1 }
      var limit = min(start + Self.longestRun, words.count)
      var index = nextBreak
      while index >= 0, breaks[index] > start {
        limit = min(limit, breaks[index])
        index -= 1
      }
      var hash = Self.seed
      for end in start..<limit {
        hash = Self.chain(hash, wordHashes[end])
        let slot = self.slot(of: hash)
        hashes[slot] = max(hash, 1)
        firstRuns[slot] = start << 3 | (end - start + 1)
      }
    }
  }

  /// A phrase's hashes, made once for a phrase checked against many lines (``Phrases``).
  struct Key: Sendable {
    /// The hash of the whole phrase, as a run of its words.
    fileprivate let run: UInt64
    /// Every word's bit: a line without one of them cannot hold the phrase.
    fileprivate let bits: SIMD4<UInt64>
    fileprivate let wordCount: Int

    /// - Parameter phrase: words joined by single spaces.
    init(_ phrase: String) {
      var run = WordRuns.seed
      var word = WordRuns.seed
      var bits = SIMD4<UInt64>()
      var wordCount = 1
      for byte in phrase.utf8 {
        guard byte == WordRuns.space else {
          word = WordRuns.step(word, byte)
          continue
        }
        WordRuns.insert(word, into: &bits)
        run = WordRuns.chain(run, word)
        word = WordRuns.seed
        wordCount += 1
      }
      WordRuns.insert(word, into: &bits)
      self.run = WordRuns.chain(run, word)
      self.bits = bits
      self.wordCount = wordCount
    }
  }

  /// Whether `phrase`, whose hashes `key` holds, is one of the runs of `words`, the words these
  /// runs were made from.
  func lookUp(_ key: Key, phrase: String, in words: [String]) -> Answer {
    guard wordBits & key.bits == key.bits else { return .absent }
    if key.wordCount > Self.longestRun { return .unsure }
    let slot = slot(of: key.run)
    guard hashes[slot] != 0 else { return .absent }
    let run = firstRuns[slot]
    let start = run >> 3
    return Self.joined(words[start..<start + run & 7], equals: phrase) ? .present : .unsure
  }

  /// The slot that holds `hash`, or the empty one where it would go.
  private func slot(of hash: UInt64) -> Int {
    let hash = max(hash, 1)
    var slot = Int(truncatingIfNeeded: hash >> 32) & mask
    while hashes[slot] != 0, hashes[slot] != hash { slot = (slot + 1) & mask }
    return slot
  }

  // MARK: - Hashing (FNV-1a, 64 bits, over each word; a run chains its words' hashes)

  private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let space = UInt8(ascii: " ")

  private static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  private static func chain(_ run: UInt64, _ word: UInt64) -> UInt64 {
    (run ^ word) &* 0x9E37_79B9_7F4A_7C15 ^ (run >> 29)
  }

  /// The hash's top byte picks the bit: FNV mixes its high bits best.
  private static func insert(_ hash: UInt64, into bits: inout SIMD4<UInt64>) {
    let bit = Int(hash >> 56)
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  private static func joined(_ run: ArraySlice<String>, equals phrase: String) -> Bool {
    var bytes = phrase.utf8.makeIterator()
    for (offset, word) in run.enumerated() {
      if offset > 0, bytes.next() != space { return false }
      for byte in word.utf8 where bytes.next() != byte { return false }
    }
    return bytes.next() == nil
  }
}
