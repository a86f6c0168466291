import AdvisorCore

/// The knowledge base compiled ahead of time: the entries, both indexes and the typo word list
/// in one binary file, so start-up reads one file instead of parsing and indexing every entry.
///
/// The build writes it (the `KnowledgePackPlugin` runs `knowledge-pack` over the built-in
/// entries); the loader falls back to the entry files when a pack is missing or unreadable.
/// Numbers are written seven bits to a byte (``SevenBit``) and strings as a byte count and
/// UTF-8, so the whole pack is valid UTF-8.
package enum KnowledgePack {
  /// Bumped whenever the layout changes; a pack of another version is not read.
  package static let formatVersion: UInt32 = 2

  static let magic = Array("ADVKBPAK".utf8)

  /// Why bytes could not be read as a pack.
  package struct Failure: Error, Sendable, CustomStringConvertible {
    package var description: String

    package init(description: String) {
      self.description = description
    }
  }

  /// The pack of `base`.
  package static func encode(_ base: KnowledgeBase) -> [UInt8] {
    var writer = PackWriter()
    writer.write(raw: magic)
    writer.write(formatVersion)
    writer.write(count: base.entries.count)
    for entry in base.entries {
      writer.write(entry.id)
      writer.write(entry.title)
      writer.write(entry.text)
      writer.write(entry.source.article)
      writer.write(entry.source.section)
      writer.write(entry.tags)
      writer.write(entry.questions)
      writer.write(entry.file.map(fileName) ?? "")
    }
    write(base.index, to: &writer)
    write(base.questionIndex, to: &writer)
    writer.write(count: base.questionOwners.count)
    for owner in base.questionOwners { writer.write(count: owner) }
    let words = base.corrector.wordCounts
    writer.write(count: words.count)
    for (word, frequency) in words {
      writer.write(word)
      writer.write(count: frequency)
    }
    return writer.bytes
  }

  /// The knowledge base in `bytes`.
  ///
  /// - Parameter folder: where the entry files are, to name them in messages; each entry's
  ///   ``KnowledgeEntry/file`` becomes the folder plus the file name the pack recorded.
  package static func decode(_ bytes: [UInt8], entriesIn folder: String? = nil) throws(Failure)
    -> KnowledgeBase
  {
    do throws(PackReader.Failure) {
      var reader = PackReader(bytes)
      guard Array(try reader.readRaw(magic.count)) == magic else {
        throw PackReader.Failure(message: "not a knowledge pack")
      }
      let version = try reader.readUInt32()
      guard version == formatVersion else {
        throw PackReader.Failure(
          message: "format version \(version), this build reads \(formatVersion)")
      }
      let entries = try PackedEntries(reading: &reader, bytes: bytes, folder: folder)
      let index = try readIndex(&reader)
      let questionIndex = try readIndex(&reader)
      var owners: [Int] = []
      let ownerCount = try reader.readCount(minimumSize: 5)
      owners.reserveCapacity(ownerCount)
      for _ in 0..<ownerCount {
        let owner = Int(try reader.readUInt32())
        guard owner < entries.ids.count else {
          throw PackReader.Failure(message: "a question belongs to no entry")
        }
        owners.append(owner)
      }
      guard index.documentCount == entries.ids.count,
        questionIndex.documentCount == owners.count
      else { throw PackReader.Failure(message: "the indexes do not match the entries") }
      // The typo word list is decoded on first use only: most queries have no typos.
      let wordCount = try reader.readCount(minimumSize: 10)
      let wordStart = reader.offset
      for _ in 0..<wordCount {
        _ = try reader.readRaw(Int(try reader.readUInt32()))
        _ = try reader.readUInt32()
      }
      let wordBytes = Array(bytes[wordStart..<reader.offset])
      guard reader.isAtEnd else { throw PackReader.Failure(message: "bytes after the end") }
      return KnowledgeBase(
        entries: EntryList(packed: entries), index: index, questionIndex: questionIndex,
        questionOwners: owners,
        wordCounts: { decodeWords(wordBytes, count: wordCount) })
    } catch {
      throw Failure(description: error.message)
    }
  }

  private static func write(_ index: SearchIndex, to writer: inout PackWriter) {
    let parameters = index.parameters
    for field in 0..<4 { writer.write(parameters.weights[field]) }
    writer.write(parameters.k1)
    writer.write(parameters.b)
    writer.write(parameters.pairWeight)
    writer.write(parameters.questionWeight)
    writer.write(parameters.numberWeight)
    writer.write(count: index.normalizers.count)
    for normalizer in index.normalizers {
      for field in 0..<4 { writer.write(normalizer[field]) }
    }
    writer.write(count: index.table.bytes.count)
    writer.write(raw: index.table.bytes)
  }

  private static func readIndex(_ reader: inout PackReader) throws(PackReader.Failure)
    -> SearchIndex
  {
    var weights = SIMD4<Float>()
    for field in 0..<4 { weights[field] = try reader.readFloat() }
    let parameters = SearchParameters(
      weights: weights, k1: try reader.readDouble(), b: try reader.readFloat(),
      pairWeight: try reader.readDouble(), questionWeight: try reader.readDouble(),
      numberWeight: try reader.readDouble())
    let documentCount = try reader.readCount(minimumSize: 20)
    var normalizers: [SIMD4<Float>] = []
    normalizers.reserveCapacity(documentCount)
    for _ in 0..<documentCount {
      var normalizer = SIMD4<Float>()
      for field in 0..<4 { normalizer[field] = try reader.readFloat() }
      normalizers.append(normalizer)
    }
    let tableSize = try reader.readCount()
    let table = try TermTable(
      bytes: Array(try reader.readRaw(tableSize)), documentCount: documentCount)
    return SearchIndex(parameters: parameters, table: table, normalizers: normalizers)
  }

  private static func decodeWords(_ bytes: [UInt8], count: Int) -> [TypoCorrector.WordCount] {
    var reader = PackReader(bytes)
    var words: [TypoCorrector.WordCount] = []
    words.reserveCapacity(count)
    for _ in 0..<count {
      // Checked while the pack was read, so these reads cannot fail.
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
