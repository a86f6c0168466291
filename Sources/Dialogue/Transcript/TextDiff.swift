/// Compares expected reply lines (with `...` wildcards) with actual ones, and renders a
/// unified diff when they differ.
package enum TextDiff {
  /// Whether `actual` matches `expected`, where an expected line `...` matches any number of
  /// lines.
  package static func matches(expected: [String], actual: [String]) -> Bool {
    var memo: [Int: Bool] = [:]
    func match(_ e: Int, _ a: Int) -> Bool {
      let key = e * (actual.count + 1) + a
      if let known = memo[key] { return known }
      let result: Bool
      if e == expected.count {
        result = a == actual.count
      } else if expected[e] == "..." {
        result = match(e + 1, a) || (a < actual.count && match(e, a + 1))
      } else {
        result = a < actual.count && expected[e] == actual[a] && match(e + 1, a + 1)
      }
      memo[key] = result
      return result
    }
    return match(0, 0)
  }

  /// A unified diff of the two, headed with the file and the line the expected text starts on.
  package static func unified(expected: [String], actual: [String], file: String, line: Int)
    -> String
  {
    let table = lcsTable(expected, actual)
    var output = ["--- \(file):\(line) (expected)", "+++ actual"]
    var hunk: [String] = []
    var i = 0
    var j = 0
    while i < expected.count || j < actual.count {
      if i < expected.count, j < actual.count, expected[i] == actual[j] {
        hunk.append(" " + expected[i])
        i += 1
        j += 1
      } else if i < expected.count, j == actual.count || table[i + 1][j] >= table[i][j + 1] {
        hunk.append("-" + expected[i])
        i += 1
      } else {
        hunk.append("+" + actual[j])
        j += 1
      }
    }
    output.append("@@ -\(line),\(expected.count) +\(line),\(actual.count) @@")
    output += hunk
    return output.joined(separator: "\n")
  }

  private static func lcsTable(_ a: [String], _ b: [String]) -> [[Int]] {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    return table
  }
}
