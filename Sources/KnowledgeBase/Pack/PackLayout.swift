/// Where the parts of a ``KnowledgePack`` lie: the table that follows the pack's header, in
/// fixed-width numbers so that its size is known before the offsets are.
///
/// Offsets count from the start of the pack. The fixed-width parts (this table, the entry
/// offsets, the id order and the question owners) come first and end at ``fixedEnd``; the
/// checksum covers them and each index's dictionary.
struct PackLayout: Equatable {
  /// One index: its ranking parameters and where its parts are.
  struct IndexPart: Equatable {
    var parameters: SearchParameters
    var documentCount = 0
    var table = 0
    var tableSize = 0
    /// The table's term count, records and names: what a lookup reads before the postings.
    var dictionarySize = 0

    var tableRange: Range<Int> { table..<table + tableSize }
    var dictionaryRange: Range<Int> { table..<table + dictionarySize }
  }

  var entryCount = 0
  var entryOffsets = 0
  var idOrder = 0
  var index: IndexPart
  var questionIndex: IndexPart
  var ownerCount = 0
  var owners = 0
  var fixedEnd = 0
  var wordCount = 0
  var words = 0
  var wordsSize = 0

  var wordsRange: Range<Int> { words..<words + wordsSize }

  /// The bytes the table takes.
  static let size: Int = {
    var writer = PackWriter()
    let part = IndexPart(parameters: .standard)
    PackLayout(index: part, questionIndex: part).write(to: &writer)
    return writer.bytes.count
  }()

  func write(to writer: inout PackWriter) {
    for number in [entryCount, entryOffsets, idOrder] { writer.write(count: number) }
    for part in [index, questionIndex] {
      let parameters = part.parameters
      for field in 0..<4 { writer.write(parameters.weights[field]) }
      writer.write(parameters.k1)
      writer.write(parameters.b)
      writer.write(parameters.pairWeight)
      writer.write(parameters.questionWeight)
      writer.write(parameters.numberWeight)
      for number in [part.documentCount, part.table, part.tableSize, part.dictionarySize] {
        writer.write(count: number)
      }
    }
    for number in [ownerCount, owners, fixedEnd, wordCount, words, wordsSize] {
      writer.write(count: number)
    }
  }

  /// The table at the reader, checked to describe parts that lie within a pack of `length`
  /// bytes, in the order ``KnowledgePack`` writes them.
  init(reading reader: inout PackReader, length: Int) throws(PackReader.Failure) {
    func number() throws(PackReader.Failure) -> Int { Int(try reader.readUInt32()) }
    func part() throws(PackReader.Failure) -> IndexPart {
      var weights = SIMD4<Float>()
      for field in 0..<4 { weights[field] = try reader.readFloat() }
      let parameters = SearchParameters(
        weights: weights, k1: try reader.readDouble(), b: try reader.readFloat(),
        pairWeight: try reader.readDouble(), questionWeight: try reader.readDouble(),
        numberWeight: try reader.readDouble())
      return IndexPart(
        parameters: parameters, documentCount: try number(), table: try number(),
        tableSize: try number(), dictionarySize: try number())
    }
    entryCount = try number()
    entryOffsets = try number()
    idOrder = try number()
    index = try part()
    questionIndex = try part()
    ownerCount = try number()
    owners = try number()
    fixedEnd = try number()
    wordCount = try number()
    words = try number()
    wordsSize = try number()
    let number = PackedNumbers.width
    let fixedParts = [
      (entryOffsets, entryCount * number), (idOrder, entryCount * number),
      (owners, ownerCount * number),
    ]
    // Every part starts where it should and ends within the pack, so reads in place only need
    // to check the bytes they decode.
    var expected = reader.offset
    for (start, size) in fixedParts {
      guard start == expected, size <= length - start else {
        throw PackReader.Failure(message: "a part of the pack lies out of place")
      }
      expected = start + size
    }
    guard fixedEnd == expected, index.documentCount == entryCount,
      questionIndex.documentCount == ownerCount,
      index.table >= fixedEnd, questionIndex.table >= fixedEnd, words >= fixedEnd,
      [index.tableRange, questionIndex.tableRange, wordsRange].allSatisfy({
        $0.upperBound <= length
      }),
      [index, questionIndex].allSatisfy({ $0.dictionarySize <= $0.tableSize })
    else { throw PackReader.Failure(message: "a part of the pack lies out of place") }
  }

  init(index: IndexPart, questionIndex: IndexPart) {
    self.index = index
    self.questionIndex = questionIndex
  }
}
