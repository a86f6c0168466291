import AdvisorCore

/// Entries left in a pack's bytes, each decoded when it is asked for: where each starts, their
/// positions in id order (for lookups by id), and the folder to name files in.
struct PackedEntries: Sendable {
  private let storage: PackBytes
  private let offsets: PackedNumbers
  private let idOrder: PackedNumbers
  /// The folder and a slash, put before each file name (made once, not once per entry).
  private let filePrefix: String?

  var count: Int { offsets.count }

  /// - Parameters:
  ///   - offsets: where each entry starts, in the layout ``KnowledgePack`` writes.
  ///   - idOrder: the positions of the entries sorted by id (UTF-8 bytes, then position).
  init(_ storage: PackBytes, offsets: PackedNumbers, idOrder: PackedNumbers, folder: String?) {
    self.storage = storage
    self.offsets = offsets
    self.idOrder = idOrder
    filePrefix = folder.map { $0 + "/" }
  }

  /// The entry at `position`; a damaged entry reads as empty fields, never a crash.
  func entry(at position: Int) -> KnowledgeEntry {
    var reader = PackReader(storage, at: offsets[position] ?? storage.count)
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
      file: name.isEmpty ? nil : filePrefix.map { $0 + name } ?? name)
  }

  /// The id of the entry at `position` alone.
  func id(at position: Int) -> String {
    var reader = PackReader(storage, at: offsets[position] ?? storage.count)
    return (try? reader.readString()) ?? ""
  }

  /// The first position holding `id`: a binary search of the id order, comparing the ids'
  /// bytes where they lie.
  func position(of id: String) -> Int? {
    var id = id
    return id.withUTF8 { key in
      withExtendedLifetime(storage) {
        var low = 0
        var high = idOrder.count
        while low < high {
          let middle = (low + high) / 2
          guard let position = idOrder[middle], position < count else { return nil }
          if idBytes(at: position).lexicographicallyPrecedes(key) {
            low = middle + 1
          } else {
            high = middle
          }
        }
        guard low < idOrder.count, let position = idOrder[low], position < count,
          idBytes(at: position).elementsEqual(key)
        else { return nil }
        return position
      }
    }
  }

  /// The UTF-8 bytes of the id of the entry at `position`, in place (empty when damaged); valid
  /// while ``storage`` is alive.
  private func idBytes(at position: Int) -> UnsafeRawBufferPointer {
    var reader = PackReader(storage, at: offsets[position] ?? storage.count)
    let range = (try? reader.skipString()) ?? 0..<0
    return UnsafeRawBufferPointer(rebasing: storage.bytes[range])
  }
}
