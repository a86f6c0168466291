import AdvisorCore

/// The entries of a knowledge base: an array when they were indexed in this process, or read
/// one at a time from a ``KnowledgePack`` (a query shows a handful of entries; decoding all of
/// them at start-up would cost more than the search itself).
package struct EntryList: RandomAccessCollection, Sendable {
  private enum Storage: Sendable {
    case decoded([KnowledgeEntry])
    case packed(PackedEntries)
  }

  private let storage: Storage
  /// Every entry's id, decoded up front: lookups by id and the ranking's tie-break use them.
  let ids: [String]

  init(_ entries: [KnowledgeEntry]) {
    storage = .decoded(entries)
    ids = entries.map(\.id)
  }

  init(packed: PackedEntries) {
    storage = .packed(packed)
    ids = packed.ids
  }

  package var startIndex: Int { 0 }
  package var endIndex: Int { ids.count }

  package subscript(position: Int) -> KnowledgeEntry {
    switch storage {
    case .decoded(let entries): entries[position]
    case .packed(let packed): packed.entry(at: position)
    }
  }
}

/// Entries left in a pack's bytes: where each starts, its id, and the folder to name files in.
struct PackedEntries: Sendable {
  let bytes: [UInt8]
  let offsets: [Int]
  let ids: [String]
  let folder: String?

  /// Finds each entry in `reader` (left after the last one), checking every length so that
  /// ``entry(at:)`` cannot fail.
  init(reading reader: inout PackReader, bytes: [UInt8], folder: String?) throws(PackReader.Failure)
  {
    let count = try reader.readCount(minimumSize: 40)
    var offsets: [Int] = []
    var ids: [String] = []
    offsets.reserveCapacity(count)
    ids.reserveCapacity(count)
    for _ in 0..<count {
      offsets.append(reader.offset)
      ids.append(try reader.readString())
      for _ in 0..<4 { try reader.skipString() }  // title, text, article, section
      for _ in 0..<2 {  // tags, questions
        for _ in 0..<(try reader.readCount(minimumSize: 5)) { try reader.skipString() }
      }
      try reader.skipString()  // the file name
    }
    self.bytes = bytes
    self.offsets = offsets
    self.ids = ids
    self.folder = folder
  }

  /// The entry at `position`, in the layout ``KnowledgePack`` writes.
  func entry(at position: Int) -> KnowledgeEntry {
    var reader = PackReader(bytes, at: offsets[position])
    // Every length was checked when the pack was read, so these reads succeed.
    func string() -> String { (try? reader.readString()) ?? "" }
    func strings() -> [String] { (try? reader.readStrings()) ?? [] }
    let id = string()
    let title = string()
    let text = string()
    let article = string()
    let section = string()
    let tags = strings()
    let questions = strings()
    let name = string()
    return KnowledgeEntry(
      id: id, title: title, text: text, source: Source(article: article, section: section),
      tags: tags, questions: questions,
      file: name.isEmpty ? nil : folder.map { $0 + "/" + name } ?? name)
  }
}
