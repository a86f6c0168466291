/// Where a term's record is found without a search: an open-addressing hash table of record
/// numbers, stored in a ``TermTable`` after the records.
///
/// The hash is 32-bit FNV-1a over the term's UTF-8 bytes: fixed, unlike Swift's `Hasher`, which
/// is seeded per process, because the slots are written into packs and read by other runs.
enum TermSlots {
  /// How many slots a table of `termCount` terms has: a power of two at least twice the count,
  /// so at least half the slots are empty and a lookup ends after a probe or two.
  static func count(forTerms termCount: Int) -> Int {
    var slots = 1
    while slots < 2 * termCount { slots <<= 1 }
    return slots
  }

  /// The first slot to probe for a term with these bytes, among `slotCount` (a power of two).
  static func home(of bytes: some Sequence<UInt8>, slotCount: Int) -> Int {
    var hash: UInt32 = 0x811C_9DC5
    for byte in bytes {
      hash = (hash ^ UInt32(byte)) &* 0x0100_0193
    }
    return Int(hash) & (slotCount - 1)
  }

  /// The slots of terms whose UTF-8 bytes are `names`, in record order: each slot holds a record
  /// number plus one, or zero when empty; a term that collides takes the next free slot.
  static func table(of names: [some Collection<UInt8>]) -> [Int] {
    let slotCount = count(forTerms: names.count)
    var slots = [Int](repeating: 0, count: slotCount)
    for (record, name) in names.enumerated() {
      var slot = home(of: name, slotCount: slotCount)
      while slots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
      slots[slot] = record + 1
    }
    return slots
  }
}
