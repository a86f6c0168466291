import AdvisorCore

/// The knowledge base compiled ahead of time: the entries, both indexes and the typo word list
/// in one binary file, read in place: opening a pack checks its header and decodes nothing
/// else, and a query reads only the dictionary, the postings of its terms and the entries it
/// shows.
///
/// The build writes one for the built-in entries (the `KnowledgePackPlugin` runs
/// `knowledge-pack`), and `--kb` folders are cached as one. Numbers are written seven bits to a
/// byte (``SevenBit``) and strings as a byte count and UTF-8, so the whole pack is valid UTF-8.
///
/// Layout: the magic, the version, the pack's length and a checksum (``PackChecksum``) of the
/// fixed-width parts and both dictionaries; then ``PackLayout``, the fixed-width parts it
/// describes, both indexes' ``TermTable``s, the entries, and the typo word list. A pack that is
/// cut short, damaged in what the checksum covers, or of another version is not read.
package enum KnowledgePack {
  /// Bumped whenever the layout changes; a pack of another version is not read.
  package static let formatVersion: UInt32 = 5

  static let magic = Array("ADVKBPAK".utf8)
  /// The magic, the version, the length and the checksum.
  static let headerSize = magic.count + 5 + 5 + 10

  /// Why bytes could not be read as a pack.
  package struct Failure: Error, Sendable, CustomStringConvertible {
    package var description: String

    package init(description: String) {
      self.description = description
    }
  }

  /// The pack of `base`.
  package static func encode(_ base: KnowledgeBase) -> [UInt8] {
    let entries = base.entries
    var entryBytes = PackWriter()
    var entryOffsets: [Int] = []
    entryOffsets.reserveCapacity(entries.count)
    for entry in entries {
      entryOffsets.append(entryBytes.bytes.count)
      write(entry, to: &entryBytes)
    }
    let ids = entries.indices.map { Array(entries.id(at: $0).utf8) }
    let idOrder = entries.indices.sorted {
      ids[$0] == ids[$1] ? $0 < $1 : ids[$0].lexicographicallyPrecedes(ids[$1])
    }
    var words = PackWriter()
    let wordCounts = base.corrector.wordCounts
    for (word, frequency) in wordCounts {
      words.write(word)
      words.write(count: frequency)
    }
    let owners = base.questionOwners

    var layout = PackLayout(
      index: .init(parameters: base.index.parameters),
      questionIndex: .init(parameters: base.questionIndex.parameters))
    var offset = headerSize + PackLayout.size
    func place(_ size: Int) -> Int {
      defer { offset += size }
      return offset
    }
    layout.entryCount = entries.count
    layout.entryOffsets = place(entries.count * PackedNumbers.width)
    layout.idOrder = place(entries.count * PackedNumbers.width)
    layout.ownerCount = owners.count
    layout.owners = place(owners.count * PackedNumbers.width)
    layout.fixedEnd = offset
    for (part, index) in [
      (\PackLayout.index, base.index), (\PackLayout.questionIndex, base.questionIndex),
    ] {
      layout[keyPath: part].documentCount = index.documentCount
      layout[keyPath: part].table = place(index.table.bytes.count)
      layout[keyPath: part].tableSize = index.table.bytes.count
      layout[keyPath: part].dictionarySize = index.table.dictionarySize
    }
    let entriesStart = place(entryBytes.bytes.count)
    layout.wordCount = wordCounts.count
    layout.words = place(words.bytes.count)
    layout.wordsSize = words.bytes.count

    var writer = PackWriter()
    writer.write(raw: magic)
    writer.write(formatVersion)
    writer.write(count: offset)
    writer.write(UInt64(0))  // the checksum, once the rest is written
    layout.write(to: &writer)
    for position in entries.indices { writer.write(count: entriesStart + entryOffsets[position]) }
    for position in idOrder { writer.write(count: position) }
    for position in 0..<owners.count { writer.write(count: owners[position] ?? 0) }
    for index in [base.index, base.questionIndex] { writer.write(raw: index.table.bytes) }
    writer.write(raw: entryBytes.bytes)
    writer.write(raw: words.bytes)
    let sum = writer.bytes.withUnsafeBytes { PackChecksum.of(checked(layout), in: $0) }
    writer.overwrite(at: headerSize - SevenBit.width(bits: 64), with: sum)
    return writer.bytes
  }

  /// The knowledge base in a copy of `bytes`.
  package static func decode(_ bytes: [UInt8], entriesIn folder: String? = nil) throws(Failure)
    -> KnowledgeBase
  {
    try open(PackBytes(bytes), entriesIn: folder)
  }

  /// The knowledge base read in place from `storage`: the header and the layout are checked,
  /// nothing else is decoded.
  ///
  /// - Parameter folder: where the entry files are, to name them in messages; each entry's
  ///   ``KnowledgeEntry/file`` becomes the folder plus the file name the pack recorded.
  package static func open(_ storage: PackBytes, entriesIn folder: String? = nil) throws(Failure)
    -> KnowledgeBase
  {
    do throws(PackReader.Failure) {
      let layout = try readLayout(storage)
      let entries = PackedEntries(
        storage,
        offsets: PackedNumbers(storage, at: layout.entryOffsets, count: layout.entryCount),
        idOrder: PackedNumbers(storage, at: layout.idOrder, count: layout.entryCount),
        folder: folder)
      func index(_ part: PackLayout.IndexPart) throws(PackReader.Failure) -> SearchIndex {
        SearchIndex(
          parameters: part.parameters,
          table: try TermTable(storage, range: part.tableRange, documentCount: part.documentCount),
          documentCount: part.documentCount)
      }
      let wordsRange = layout.wordsRange
      let wordCount = layout.wordCount
      return KnowledgeBase(
        entries: EntryList(packed: entries), index: try index(layout.index),
        questionIndex: try index(layout.questionIndex),
        questionOwners: PackedNumbers(storage, at: layout.owners, count: layout.ownerCount),
        wordCounts: { decodeWords(storage, range: wordsRange, count: wordCount) })
    } catch {
      throw Failure(description: error.message)
    }
  }

  /// The layout of the pack in `storage`, after checking its magic, version, length and
  /// checksum.
  private static func readLayout(_ storage: PackBytes) throws(PackReader.Failure) -> PackLayout {
    guard storage.count >= headerSize, storage.bytes.prefix(magic.count).elementsEqual(magic)
    else { throw PackReader.Failure(message: "not a knowledge pack") }
    var reader = PackReader(storage, at: magic.count)
    let version = try reader.readUInt32()
    guard version == formatVersion else {
      throw PackReader.Failure(
        message: "format version \(version), this build reads \(formatVersion)")
    }
    let length = Int(try reader.readUInt32())
    guard length == storage.count else {
      throw PackReader.Failure(message: "\(storage.count) bytes where \(length) were written")
    }
    let sum = try reader.readUInt64()
    let layout = try PackLayout(reading: &reader, length: length)
    guard PackChecksum.of(checked(layout), in: storage.bytes) == sum else {
      throw PackReader.Failure(message: "the checksum does not match: a damaged pack")
    }
    return layout
  }

  /// What the checksum covers: the layout and the fixed-width parts, and both dictionaries.
  private static func checked(_ layout: PackLayout) -> [Range<Int>] {
    [
      headerSize..<layout.fixedEnd, layout.index.dictionaryRange,
      layout.questionIndex.dictionaryRange,
    ]
  }

  private static func write(_ entry: KnowledgeEntry, to writer: inout PackWriter) {
    writer.write(entry.id)
    writer.write(entry.title)
    writer.write(entry.text)
    writer.write(entry.source.article)
    writer.write(entry.source.section)
    writer.write(entry.tags)
    writer.write(entry.questions)
    writer.write(entry.file.map(fileName) ?? "")
  }

  /// The typo word list, decoded on first use only (most queries have no typos); a damaged
  /// list ends where the damage is.
  private static func decodeWords(_ storage: PackBytes, range: Range<Int>, count: Int)
    -> [TypoCorrector.WordCount]
  {
    var reader = PackReader(storage, at: range.lowerBound, end: range.upperBound)
    var words: [TypoCorrector.WordCount] = []
    words.reserveCapacity(min(count, range.count / 10))
    for _ in 0..<count {
      guard let word = try? reader.readString(), let frequency = try? reader.readUInt32() else {
        break
      }
      words.append((word, Int(frequency)))
    }
    return words
  }

  private static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}

extension KnowledgeBase {
  /// The ranking parameters the entries were indexed with.
  package var parameters: SearchParameters { index.parameters }
}
