import AdvisorCore

/// The entries of a knowledge base: an array when they were indexed in this process, or read
/// one at a time from a ``KnowledgePack`` (a query shows a handful of entries; decoding all of
/// them, or even all their ids, would cost more than the search itself).
package struct EntryList: RandomAccessCollection, Sendable {
  private enum Storage: Sendable {
    case decoded([KnowledgeEntry], positions: [String: Int])
    case packed(PackedEntries)
  }

  private let storage: Storage

  init(_ entries: [KnowledgeEntry]) {
    var positions: [String: Int] = [:]
    for (position, entry) in entries.enumerated() where positions[entry.id] == nil {
      positions[entry.id] = position
    }
    storage = .decoded(entries, positions: positions)
  }

  init(packed: PackedEntries) {
    storage = .packed(packed)
  }

  package var startIndex: Int { 0 }
  package var endIndex: Int {
    switch storage {
    case .decoded(let entries, _): entries.count
    case .packed(let packed): packed.count
    }
  }

  package subscript(position: Int) -> KnowledgeEntry {
    switch storage {
    case .decoded(let entries, _): entries[position]
    case .packed(let packed): packed.entry(at: position)
    }
  }

  /// The id of the entry at `position`, without decoding the rest of it.
  func id(at position: Int) -> String {
    switch storage {
    case .decoded(let entries, _): entries[position].id
    case .packed(let packed): packed.id(at: position)
    }
  }

  /// Where the (first) entry with `id` is.
  func position(of id: String) -> Int? {
    switch storage {
    case .decoded(_, let positions): positions[id]
    case .packed(let packed): packed.position(of: id)
    }
  }
}
