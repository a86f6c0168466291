/// An index's terms and postings in one flat byte layout, read in place: looking a term up is a
/// probe or two of a hash table (``TermSlots``), and a term's postings are read only when a query
/// holds it. Building an index writes this layout; a knowledge pack stores it as it is, so
/// loading the built-in index decodes nothing.
///
/// Layout (numbers in seven-bit groups, see ``SevenBit``): the term count; one 30-byte record
/// per term, sorted by the term's UTF-8 bytes (name offset, name length, postings offset,
/// postings count: 32 bits each; idf: a 64-bit float); the slots, 5 bytes each (a record number
/// plus one, or zero); the names; the postings, 15 bytes each (document: 32 bits; impact: a
/// 64-bit float).
struct TermTable: Sendable {
  /// One document holding a term, and what the term adds to that document's score.
  struct Posting: Sendable, Equatable {
    var document: Int
    /// The term's share of the document's score, worked out when the index was built (see
    /// ``SearchIndex/impact(frequencies:normalizer:idf:share:parameters:)``).
    var impact: Double
  }

  /// A term's place in the table.
  struct Term {
    fileprivate var record: Int
    var idf: Double
    var postingCount: Int
  }

  private static let recordSize = 30
  private static let slotSize = 5
  fileprivate static let postingSize = 15

  /// The bytes the layout lies in, and where in them.
  private let storage: PackBytes
  private let range: Range<Int>
  let count: Int
  /// How many hash slots follow the records (see ``TermSlots``).
  private let slotCount: Int
  /// Postings naming a document at or past this are ignored (a damaged table).
  private let documentCount: Int

  /// The table of `terms`, each with its idf and postings (documents ascending).
  init(terms: [(term: String, idf: Double, postings: [Posting])]) {
    let sorted = terms.sorted { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
    var writer = PackWriter()
    writer.write(count: sorted.count)
    let slots = TermSlots.table(of: sorted.map(\.term.utf8))
    let namesStart = 5 + sorted.count * Self.recordSize + slots.count * Self.slotSize
    let namesSize = sorted.reduce(0) { $0 + $1.term.utf8.count }
    var nameOffset = namesStart
    var postingOffset = namesStart + namesSize
    for entry in sorted {
      writer.write(count: nameOffset)
      writer.write(count: entry.term.utf8.count)
      writer.write(count: postingOffset)
      writer.write(count: entry.postings.count)
      writer.write(entry.idf)
      nameOffset += entry.term.utf8.count
      postingOffset += entry.postings.count * Self.postingSize
    }
    for slot in slots { writer.write(count: slot) }
    for entry in sorted { writer.write(raw: entry.term.utf8) }
    for entry in sorted {
      for posting in entry.postings {
        writer.write(count: posting.document)
        writer.write(posting.impact)
      }
    }
    storage = PackBytes(writer.bytes)
    range = 0..<storage.count
    count = sorted.count
    slotCount = slots.count
    documentCount = .max
  }

  /// A table read back from `range` of `storage`. Nothing is decoded here: each lookup checks
  /// what it reads (a damaged record is a term that is not found, never a read out of bounds),
  /// so a pack opens in constant time.
  init(_ storage: PackBytes, range: Range<Int>, documentCount: Int) throws(PackReader.Failure) {
    var reader = PackReader(storage, at: range.lowerBound, end: range.upperBound)
    count = try reader.readCount(minimumSize: Self.recordSize)
    slotCount = TermSlots.count(forTerms: count)
    // The slots are read without further checks, so they must lie within the table.
    _ = try reader.skip(count * Self.recordSize + slotCount * Self.slotSize)
    self.storage = storage
    self.range = range
    self.documentCount = documentCount
  }

  /// The layout's bytes (what a pack stores).
  var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: storage.bytes[range]) }

  /// The bytes of the term count, the records, the slots and the names: all a lookup reads
  /// before the postings (a pack's checksum covers them).
  var dictionarySize: Int {
    guard count > 0, let (start, _) = postingRange(record: 0, in: bytes) else {
      return min(slotsStart + slotCount * Self.slotSize, bytes.count)
    }
    return start
  }

  /// Where the slots start.
  private var slotsStart: Int { 5 + count * Self.recordSize }

  /// The term's record, or nil when no document holds it.
  func term(_ term: String) -> Term? {
    var term = term
    return term.withUTF8 { key in
      withTable { table -> Term? in
        var slot = TermSlots.home(of: key, slotCount: slotCount)
        // At most every slot once: a damaged table may have no empty slot to stop at.
        for _ in 0..<slotCount {
          guard let stored = Self.number(at: slotsStart + slot * Self.slotSize, in: table),
            stored > 0, stored <= count
          else { return nil }
          let record = stored - 1
          if name(record: record, in: table).elementsEqual(key) {
            let base = 5 + record * Self.recordSize
            guard let idf = SevenBit.read(bits: 64, at: base + 20, in: table),
              let (_, postingCount) = postingRange(record: record, in: table)
            else { return nil }
            return Term(record: record, idf: Double(bitPattern: idf), postingCount: postingCount)
          }
          slot = (slot + 1) & (slotCount - 1)
        }
        return nil
      }
    }
  }

  /// The term's postings, documents ascending, read one by one as they are iterated (a query
  /// reads every posting of each of its terms). A damaged posting is passed over: one naming no
  /// document of the index, or whose impact is not a finite number.
  func postings(of term: Term) -> Postings {
    let range = withTable { postingRange(record: term.record, in: $0) } ?? (0, 0)
    return Postings(
      storage: storage, table: bytes, start: range.0, count: range.1,
      documentCount: documentCount)
  }

  /// The postings of one term, read in place.
  struct Postings: Sequence, IteratorProtocol {
    /// Keeps the bytes alive while they are read.
    fileprivate let storage: PackBytes
    fileprivate let table: UnsafeRawBufferPointer
    fileprivate var start: Int
    fileprivate let end: Int
    fileprivate let documentCount: Int

    fileprivate init(
      storage: PackBytes, table: UnsafeRawBufferPointer, start: Int, count: Int,
      documentCount: Int
    ) {
      self.storage = storage
      self.table = table
      self.start = start
      self.end = start + count * TermTable.postingSize
      self.documentCount = documentCount
    }

    mutating func next() -> Posting? {
      while start < end {
        let offset = start
        start += TermTable.postingSize
        guard let document = TermTable.number(at: offset, in: table), document < documentCount,
          let bits = SevenBit.read(bits: 64, at: offset + 5, in: table)
        else { continue }
        let impact = Double(bitPattern: bits)
        guard impact.isFinite else { continue }
        return Posting(document: document, impact: impact)
      }
      return nil
    }
  }

  /// Every term, in table order (for tests and the pack's checks).
  var terms: [String] {
    withTable { table in
      (0..<count).map { String(decoding: name(record: $0, in: table), as: UTF8.self) }
    }
  }

  /// Reads the table: the bytes stay alive while `body` runs.
  private func withTable<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
    withExtendedLifetime(storage) { body(bytes) }
  }

  /// The record's name; empty when the record is damaged.
  private func name(record: Int, in table: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
    let base = 5 + record * Self.recordSize
    guard let offset = Self.number(at: base, in: table),
      let length = Self.number(at: base + 5, in: table), offset <= table.count,
      length <= table.count - offset
    else { return UnsafeRawBufferPointer(rebasing: table[0..<0]) }
    return UnsafeRawBufferPointer(rebasing: table[offset..<offset + length])
  }

  /// Where the record's postings are, when they lie within the table.
  private func postingRange(record: Int, in table: UnsafeRawBufferPointer) -> (Int, Int)? {
    let base = 5 + record * Self.recordSize
    guard let start = Self.number(at: base + 10, in: table),
      let count = Self.number(at: base + 15, in: table), start <= table.count,
      count <= (table.count - start) / Self.postingSize
    else { return nil }
    return (start, count)
  }

  /// The 32-bit number at `offset` (records were checked on reading, so this is in bounds).
  fileprivate static func number(at offset: Int, in table: UnsafeRawBufferPointer) -> Int? {
    guard let value = SevenBit.read(bits: 32, at: offset, in: table), value >> 32 == 0 else {
      return nil
    }
    return Int(truncatingIfNeeded: value)
  }
}
