import AdvisorCore
import Synchronization

/// Corrects one-letter typos in query words against the words the entries actually use.
///
/// The word list is built on first use only, so start-up and queries without typos pay nothing.
final class TypoCorrector: Sendable {
  /// A word the entries use, and how often.
  typealias WordCount = (word: String, frequency: Int)

  private let source: @Sendable () -> [WordCount]
  private let words = Mutex<[Int: [Candidate]]?>(nil)

  /// A word to correct towards, with its letter counts for a quick lower bound.
  private struct Candidate: Sendable {
    var word: String
    var frequency: Int
    var letters: LetterCounts?
  }

  /// - Parameter source: the entries' correctable words with their frequencies (see
  ///   ``wordCounts(_:)``); called once, on the first correction.
  init(source: @escaping @Sendable () -> [WordCount]) {
    self.source = source
  }

  /// The words it corrects towards, with their frequencies (what a pack stores).
  var wordCounts: [WordCount] { source() }

  /// The words worth correcting to (four letters or more, letters only) with how often they
  /// occur, sorted by word.
  static func wordCounts(_ words: [String]) -> [WordCount] {
    var counts: [String: Int] = [:]
    for word in words where word.count >= 4 && word.allSatisfy(\.isLetter) {
      counts[word, default: 0] += 1
    }
    return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  /// The closest known word within the tolerance for its length, preferring common words;
  /// nil when there is none or the word is too short to correct safely.
  func correction(for word: String) -> String? {
    let length = word.count
    let tolerance = length >= 10 ? 2 : length >= 5 ? 1 : 0
    guard tolerance > 0, word.allSatisfy(\.isLetter) else { return nil }
    let letters = LetterCounts(word)
    let scalars = Array(word.unicodeScalars)
    return words.withLock { table -> String? in
      if table == nil { table = Self.buildTable(source()) }
      var best: (word: String, distance: Int, frequency: Int)?
      for candidateLength in (length - tolerance)...(length + tolerance) {
        for candidate in table?[candidateLength] ?? [] {
          if let letters, let other = candidate.letters,
            letters.presenceLowerBound(to: other) > tolerance
              || letters.distanceLowerBound(to: other) > tolerance
          {
            continue
          }
          guard
            let distance = EditDistance.distance(
              scalars, Array(candidate.word.unicodeScalars), limit: tolerance)
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

  private static func buildTable(_ words: [WordCount]) -> [Int: [Candidate]] {
    var counts = Dictionary(words.map { ($0.word, $0.frequency) }, uniquingKeysWith: +)
    for word in Synonyms.vocabulary where word.count >= 4 { counts[word, default: 0] += 1 }
    var table: [Int: [Candidate]] = [:]
    for (word, frequency) in counts.sorted(by: { $0.key < $1.key }) {
      table[word.count, default: []].append(
        Candidate(word: word, frequency: frequency, letters: LetterCounts(word)))
    }
    return table
  }
}

/// How many times each of a–z occurs in a word: a lower bound on the edit distance between two
/// words, found in a few instructions, that rules out most candidates before the full distance.
struct LetterCounts: Sendable {
  private var counts = SIMD32<Int16>()
  /// Which of a–z occur: bit 0 for a.
  private var present: UInt32 = 0

  /// Nil when the word has a letter outside a–z.
  init?(_ word: String) {
    for byte in word.utf8 {
      guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { return nil }
      counts[Int(byte - UInt8(ascii: "a"))] += 1
      present |= 1 << UInt32(byte - UInt8(ascii: "a"))
    }
  }

  /// A weaker bound than ``distanceLowerBound(to:)``, found in a couple of instructions: each
  /// letter in one word only adds at least one to the summed differences, so when this bound
  /// exceeds a tolerance the full one does too, and checking it first changes no outcome.
  func presenceLowerBound(to other: LetterCounts) -> Int {
    ((present ^ other.present).nonzeroBitCount + 1) / 2
  }

  /// A substitution changes two counts by one, an insertion or deletion one count, a swap
  /// none: the distance is at least half the summed differences, rounded up.
  func distanceLowerBound(to other: LetterCounts) -> Int {
    // A plain loop over the lanes' memory: it runs for every candidate of a near length, and
    // both the generic SIMD operations and lane subscripts compile to far slower code here.
    withUnsafeBytes(of: counts) { mine in
      withUnsafeBytes(of: other.counts) { theirs in
        var total = 0
        for letter in 0..<26 {
          let difference =
            Int(mine.load(fromByteOffset: 2 * letter, as: Int16.self))
            - Int(theirs.load(fromByteOffset: 2 * letter, as: Int16.self))
          total += difference < 0 ? -difference : difference
        }
        return (total + 1) / 2
      }
    }
  }
}
