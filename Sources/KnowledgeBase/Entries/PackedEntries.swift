import AdvisorCore

/// Entries left in a pack's bytes, each decoded when it is asked for: where each starts, their
/// positions in id order (for lookups by id), and the folder to name files in.
struct PackedEntries: Sendable {
  private let storage: PackBytes
  private let offsets: PackedNumbers
  private let idOrder: PackedNumbers
  private let folder: String?

  var count: Int { offsets.count }

  /// - Parameters:
  ///   - offsets: where each entry starts, in the layout ``KnowledgePack`` writes.
  ///   - idOrder: the positions of the entries sorted by id (UTF-8 bytes, then position).
  init(_ storage: PackBytes, offsets: PackedNumbers, idOrder: PackedNumbers, folder: String?) {
    self.storage = storage
    self.offsets = offsets
    self.idOrder = idOrder
    self.folder = folder
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
      file: name.isEmpty ? nil : folder.map { $0 + "/" + name } ?? name)
  }

  /// The id of the entry at `position` alone.
  func id(at position: Int) -> String {
    var reader = PackReader(storage, at: offsets[position] ?? storage.count)
    return (try? reader.readString()) ?? ""
  }

  /// The first position holding `id`: a binary search of the id order.
  func position(of id: String) -> Int? {
    var id = id
    return id.withUTF8 { key in
      var low = 0
      var high = idOrder.count
      while low < high {
        let middle = (low + high) / 2
        guard let position = idOrder[middle], position < count else { return nil }
        if self.id(at: position).utf8.lexicographicallyPrecedes(key) {
          low = middle + 1
        } else {
          high = middle
        }
      }
      guard low < idOrder.count, let position = idOrder[low], position < count,
        self.id(at: position).utf8.elementsEqual(key)
      else { return nil }
      return position
    }
  }
}
