/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), for typos.
package enum EditDistance {
  /// The number of single-character insertions, deletions, substitutions and adjacent swaps
  /// that turn `source` into `target`, or nil once it exceeds `limit`.
  package static func distance(
    _ source: some StringProtocol, _ target: some StringProtocol, limit: Int
  )
    -> Int?
  {
    let a = Array(source.unicodeScalars)
    let b = Array(target.unicodeScalars)
    guard abs(a.count - b.count) <= limit else { return nil }
    if a.isEmpty || b.isEmpty {
      return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil
    }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, before[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return nil }
      (before, previous, current) = (previous, current, before)
    }
    let result = previous[b.count]
    return result <= limit ? result : nil
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
    let length = name.unicodeScalars.count
    for (alias, aliasLength, specialty) in fuzzyNames {
      let limit = EditDistance.tolerance(forLength: max(aliasLength, length))
      // The distance is at least the difference in length: most names are ruled out here.
      guard abs(aliasLength - length) <= limit else { continue }
      guard let distance = EditDistance.distance(name, alias, limit: limit) else { continue }
      if best == nil || distance < best?.1 ?? .max { best = (specialty, distance) }
    }
    return best?.0
  }

  /// The names of four or more characters, in a fixed order so that ties resolve the same way
  /// every run.
  private static let fuzzyNames: [(name: String, length: Int, specialty: Specialty)] =
    aliasTable.filter { $0.key.count >= 4 }.sorted { $0.key < $1.key }.map {
      ($0.key, $0.key.unicodeScalars.count, $0.value)
    }

  /// "; did you mean dermatology?" for a near miss, else "".
  static func suggestion(for text: String) -> String {
    closest(to: text).map { "; did you mean \($0.rawValue)?" } ?? ""
  }
}
