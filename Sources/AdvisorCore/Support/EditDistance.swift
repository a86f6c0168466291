/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), for typos.
package enum EditDistance {
  /// The number of single-character insertions, deletions, substitutions and adjacent swaps
  /// that turn `source` into `target`, or nil once it exceeds `limit`.
  package static func distance(
    _ source: some StringProtocol, _ target: some StringProtocol, limit: Int
  )
    -> Int?
  {
    distance(Array(source.unicodeScalars), Array(target.unicodeScalars), limit: limit)
  }

  /// ``distance(_:_:limit:)`` of scalars already read, for callers that compare one word with
  /// many.
  package static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
    guard abs(a.count - b.count) <= limit else { return nil }
    if a.isEmpty || b.isEmpty {
      return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil
    }
    let width = b.count + 1
    // Three rows (the one before the previous, the previous, the current) in one buffer on the
    // stack: a typo check runs for every long word of a line against every near name.
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
      var (before, previous, current) = (0, width, 2 * width)
      for j in 0...b.count {
        rows[before + j] = 0
        rows[previous + j] = j
        rows[current + j] = 0
      }
      for i in 1...a.count {
        rows[current] = i
        var rowMinimum = i
        for j in 1...b.count {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          var value = min(
            rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            value = min(value, rows[before + j - 2] + 1)
          }
          rows[current + j] = value
          rowMinimum = min(rowMinimum, value)
        }
        if rowMinimum > limit { return nil }
        (before, previous, current) = (previous, current, before)
      }
      let result = rows[previous + b.count]
      return result <= limit ? result : nil
    }
  }

  /// How many typos to forgive in a word of this length: none below 5 letters, one up to 8,
  /// two beyond.
  package static func tolerance(forLength length: Int) -> Int {
    length < 5 ? 0 : length <= 8 ? 1 : 2
  }
}

extension Specialty {
  /// The closest specialty to a misspelt name, if one is within a typo or two.
  package static func closest(to text: String) -> Specialty? {
    closest(toNormalized: normalizedName(text))
  }

  /// ``closest(to:)`` for a name already in ``normalizedName(_:)`` form.
  package static func closest(toNormalized name: String) -> Specialty? {
    guard name.count >= 4 else { return nil }
    var best: (Specialty, Int)?
    let scalars = Array(name.unicodeScalars)
    let length = scalars.count
    let letters = letterBits(scalars)
    for (alias, aliasLetters, specialty) in fuzzyNames {
      let limit = EditDistance.tolerance(forLength: max(alias.count, length))
      // The distance is at least the difference in length, and at least half the letters one
      // has and the other lacks (an edit changes at most two): most names are ruled out here.
      guard abs(alias.count - length) <= limit,
        (letters ^ aliasLetters).nonzeroBitCount <= 2 * limit
      else { continue }
      guard let distance = EditDistance.distance(scalars, alias, limit: limit) else { continue }
      if best == nil || distance < best?.1 ?? .max { best = (specialty, distance) }
    }
    return best?.0
  }

  /// The names of four or more characters, as scalars, in a fixed order so that ties resolve
  /// the same way every run.
  private static let fuzzyNames:
    [(scalars: [Unicode.Scalar], letters: UInt64, specialty: Specialty)] =
      aliasTable.filter { $0.key.count >= 4 }.sorted { $0.key < $1.key }.map {
        let scalars = Array($0.key.unicodeScalars)
        return (scalars, letterBits(scalars), $0.value)
      }

  /// Which scalars occur, each folded to one of 64 bits.
  private static func letterBits(_ scalars: [Unicode.Scalar]) -> UInt64 {
    scalars.reduce(0) { $0 | 1 << UInt64($1.value & 63) }
  }

  /// "; did you mean dermatology?" for a near miss, else "".
  static func suggestion(for text: String) -> String {
    closest(to: text).map { "; did you mean \($0.rawValue)?" } ?? ""
  }
}
