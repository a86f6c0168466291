import AdvisorCore

/// Mends one-letter typos in the words the advisor listens for ("pased stp 1" → "passed step
/// 1", "bostn", "citzen", "frist") before a line is understood.
///
/// Only a word that is neither in the dialogue's vocabulary nor known to the knowledge base is
/// mended, and only to a vocabulary word one edit away (an insertion, deletion, substitution or
/// swap of neighbours), when exactly one such word is the best match. Candidates are found
/// through their one-letter deletions, so a repair costs a few dictionary lookups.
enum TypoRepair {
  /// One mended word.
  struct Repair: Sendable, Hashable {
    var typed: String
    var meant: String
    /// Where the typed word starts: a UTF-8 offset into the line as typed.
    var offset = 0
  }

  /// The offset in the line as typed of `offset` in the mended line; an offset inside a mended
  /// word falls inside (or at the end of) the word as typed.
  static func typedOffset(_ offset: Int, repairs: [Repair]) -> Int {
    var shift = 0  // how much longer the mended line is up to here
    for repair in repairs {
      let start = repair.offset + shift
      guard offset > start else { break }
      let typed = repair.typed.utf8.count
      let meant = repair.meant.utf8.count
      if offset < start + meant { return repair.offset + min(offset - start, typed) }
      shift += meant - typed
    }
    return offset - shift
  }

  /// `line` with its typos mended, and what was mended.
  ///
  /// - Parameter knows: whether a word is ordinary vocabulary (the knowledge base's words),
  ///   which is then left alone.
  static func repair(_ line: String, knows: (String) -> Bool) -> (String, [Repair]) {
    // Byte by byte: reading a line as Characters cost a turn more than the rest of its repair.
    let bytes = Array(line.utf8)
    // A line typed all in capitals has no acronyms to tell apart: its words are mended as
    // words, in capitals, so the line stays a shouted one (``Utterance``).
    let shouted =
      bytes.allSatisfy { $0 < 0x80 } && !bytes.contains(where: { (0x61...0x7A).contains($0) })
      && bytes.split(whereSeparator: { !isLetter($0) }).count >= 4
    var repairs: [Repair] = []
    var output: [UInt8] = []
    var copied = 0  // bytes of the line already in `output`
    var previousIsTitle = false  // the word before is a title ("dr")
    var start = 0
    while start < bytes.count {
      guard isLetter(bytes[start]) else {
        start += 1
        continue
      }
      var end = start
      while end < bytes.count, isLetter(bytes[end]) { end += 1 }
      // Compared byte by byte: no string is made for a word to see whether it is a title.
      let afterTitle = previousIsTitle
      previousIsTitle = titleBytes.contains { title in
        title.count == end - start
          && zip(title, bytes[start..<end]).allSatisfy { $0 == $1 | 0x20 }
      }
      // Words longer than any the advisor listens for are left alone, so a pasted run of
      // letters costs a length check, not a search; so is one joined to a letter or mark
      // beyond ASCII ("résumé").
      if (3...maxWordLength).contains(end - start), !afterTitle, !joinsLetter(bytes, start, end) {
        let typed = String(decoding: bytes[start..<end], as: UTF8.self)
        let lower = typed.lowercased()
        if shouted || !isAcronym(typed), !Vocabulary.words.contains(lower),
          !CommonWords.words.contains(lower), !knows(lower),
          let meant = correction(for: lower)
        {
          repairs.append(Repair(typed: typed, meant: meant, offset: start))
          output += bytes[copied..<start]
          output += (shouted ? meant.uppercased() : meant).utf8
          copied = end
        }
      }
      start = end
    }
    guard !repairs.isEmpty else { return (line, []) }
    output += bytes[copied...]
    return (String(decoding: output, as: UTF8.self), repairs)
  }

  /// The titles, as lower-case bytes.
  private static let titleBytes = titles.map { Array($0.utf8) }

  /// Whether the letters `start..<end` touch a letter or combining mark beyond ASCII.
  private static func joinsLetter(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    var before = start - 1
    while before > 0, (0x80...0xBF).contains(bytes[before]) { before -= 1 }
    return [before, end].contains { at in
      guard bytes.indices.contains(at), bytes[at] >= 0x80,
        let scalar = String(decoding: bytes[at...].prefix(4), as: UTF8.self).unicodeScalars.first
      else { return false }
      return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
        || scalar.properties.generalCategory == .spacingMark
    }
  }

  /// "EDs", "PDs", "IMGs": two capitals or more make an acronym, never a typo.
  private static func isAcronym(_ word: String) -> Bool {
    word.utf8.lazy.filter { (0x41...0x5A).contains($0) }.count >= 2
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// The longest word considered for a repair.
  static let maxWordLength = 24

  /// The single best vocabulary word one edit from `word`, or nil.
  static func correction(for word: String) -> String? {
    var candidates: Set<String> = Vocabulary.byDeletion[word] ?? []
    for deletion in deletions(of: word) {
      if Vocabulary.words.contains(deletion) { candidates.insert(deletion) }
      candidates.formUnion(Vocabulary.byDeletion[deletion] ?? [])
    }
    // A three-letter word mends only to a longer one ("stp" → "step"), never sideways.
    // A word made from another by an ending is no typo of it ("departments", "healthy").
    let ranked = candidates.filter { candidate in
      candidate.count >= 4 && !derivedEndings.contains { word == candidate + $0 }
        && EditDistance.distance(word, candidate, limit: 1) != nil
    }
    .sorted { rank($0, word) < rank($1, word) }
    guard let best = ranked.first else { return nil }
    if ranked.count > 1, rank(ranked[1], word) == rank(best, word) { return nil }
    return best
  }

  /// Endings that make a word of another ("health" → "healthy"): never mended away.
  private static let derivedEndings = ["s", "y"]

  /// Dropped letters are the commonest typo, so a longer candidate ranks first; among
  /// same-length ones, a slip to a neighbouring key ("pasd" → "pass") before any other letter.
  private static func rank(_ candidate: String, _ word: String) -> Int {
    guard candidate.count == word.count else { return candidate.count > word.count ? 0 : 3 }
    let slips = zip(candidate.utf8, word.utf8).filter { $0 != $1 }
    return slips.count == 1 && slips.allSatisfy(isNeighbourKeySlip) ? 1 : 2
  }

  /// Whether two letters sit side by side on a QWERTY row.
  private static func isNeighbourKeySlip(_ pair: (UInt8, UInt8)) -> Bool {
    keyboardRows.contains { row in
      guard let first = row.firstIndex(of: pair.0), let second = row.firstIndex(of: pair.1)
      else { return false }
      return abs(first - second) == 1
    }
  }

  private static let keyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"].map { Array($0.utf8) }

  static func deletions(of word: String) -> [String] {
    let characters = Array(word)
    return characters.indices.map { index in
      var copy = characters
      copy.remove(at: index)
      return String(copy)
    }
  }
}
