import AdvisorCore
import Synchronization

/// Corrects one-letter typos in query words against the words the entries actually use.
///
/// The word list is built on first use only, so start-up and queries without typos pay nothing.
final class TypoCorrector: Sendable {
  private let source: @Sendable () -> [String]
  private let words = Mutex<[Int: [(word: String, frequency: Int)]]?>(nil)

  /// - Parameter source: every word of the entries, repeats included (for frequencies).
  init(source: @escaping @Sendable () -> [String]) {
    self.source = source
  }

  /// The closest known word within the tolerance for its length, preferring common words;
  /// nil when there is none or the word is too short to correct safely.
  func correction(for word: String) -> String? {
    let length = word.count
    let tolerance = length >= 10 ? 2 : length >= 5 ? 1 : 0
    guard tolerance > 0, word.allSatisfy(\.isLetter) else { return nil }
    return words.withLock { table -> String? in
      if table == nil { table = Self.buildTable(source()) }
      var best: (word: String, distance: Int, frequency: Int)?
      for candidateLength in (length - tolerance)...(length + tolerance) {
        for candidate in table?[candidateLength] ?? [] {
          guard let distance = EditDistance.distance(word, candidate.word, limit: tolerance)
          else { continue }
          if let current = best,
            (distance, -candidate.frequency, candidate.word)
              >= (current.distance, -current.frequency, current.word)
          {
            continue
          }
          best = (candidate.word, distance, candidate.frequency)
        }
      }
      return best?.word
    }
  }

  private static func buildTable(_ words: [String]) -> [Int: [(word: String, frequency: Int)]] {
    var counts: [String: Int] = [:]
    for word in words where word.count >= 4 && word.allSatisfy(\.isLetter) {
      counts[word, default: 0] += 1
    }
    for word in Synonyms.vocabulary where word.count >= 4 { counts[word, default: 0] += 1 }
    var table: [Int: [(word: String, frequency: Int)]] = [:]
    for (word, frequency) in counts.sorted(by: { $0.key < $1.key }) {
      table[word.count, default: []].append((word, frequency))
    }
    return table
  }
}
