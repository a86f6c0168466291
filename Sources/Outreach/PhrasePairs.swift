/// For a ``PhraseList``, the entries to try at a word once the key of the word after it is
/// known: the phrases whose second word has that key, and those whose second word no key
/// tells (a phrase of one word, a prefix), in the list's order. A common first word ("i",
/// "my") starts a score of phrases, and few of them go on with the next word: the others are
/// not looked at.
struct PhrasePairs: Sendable {
  /// Indices of the list's entries, in runs that the tables below name; the first run is all
  /// of them in order, so that a range of the entries is a run too.
  private(set) var entries: [Int]
  /// For each first word, the run of its entries whose second word no key tells.
  private var untold: [Range<Int>] = []
  /// An open-addressed table of the pairs (first word, second key): an index into `pairs`,
  /// or -1.
  private var slots: [Int] = []
  private var pairs: [(first: Int, second: UInt64, run: Range<Int>)] = []

  /// - Parameters:
  ///   - secondKeys: each entry's second key, 0 where no key tells its second word.
  ///   - firstWords: the entries of each first word, as a range of them.
  init(secondKeys: [UInt64], firstWords: [Range<Int>]) {
    entries = Array(secondKeys.indices)
    for (first, range) in firstWords.enumerated() {
      let run = appended(range.filter { secondKeys[$0] == 0 })
      untold.append(run)
      var seen: [UInt64] = []
      for index in range where secondKeys[index] != 0 && !seen.contains(secondKeys[index]) {
        let second = secondKeys[index]
        seen.append(second)
        let run = appended(range.filter { secondKeys[$0] == 0 || secondKeys[$0] == second })
        pairs.append((first, second, run))
      }
    }
    var size = 1
    while size < pairs.count * 2 { size *= 2 }
    slots = Array(repeating: -1, count: size)
    for (index, pair) in pairs.enumerated() {
      var slot = Self.slot(pair.first, pair.second) & (size - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = index
    }
  }

  /// Appends `indices` to `entries` as a run.
  private mutating func appended(_ indices: [Int]) -> Range<Int> {
    entries += indices
    return (entries.count - indices.count)..<entries.count
  }

  /// The run of ``entries`` to try for the first word at `first` when the next word's key is
  /// `next`, not 0.
  func run(first: Int, next: UInt64) -> Range<Int> {
    let mask = slots.count - 1
    var slot = Self.slot(first, next) & mask
    while case let index = slots[slot], index >= 0 {
      if pairs[index].first == first, pairs[index].second == next { return pairs[index].run }
      slot = (slot + 1) & mask
    }
    return untold[first]
  }

  /// Where a pair's search starts: a key's bits are mixed already (``WordKey``).
  private static func slot(_ first: Int, _ second: UInt64) -> Int {
    Int(truncatingIfNeeded: (second >> 8) ^ (UInt64(first) &* 0x9E37_79B9_7F4A_7C15))
  }
}
