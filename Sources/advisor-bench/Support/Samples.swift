/// A set of measurements and their order statistics.
struct Samples: Sendable {
  /// The measurements, sorted ascending.
  let sorted: [Double]

  init(_ values: [Double]) {
    sorted = values.sorted()
  }

  var count: Int { sorted.count }

  /// The nearest-rank percentile: the smallest measurement with at least `percent` of them at
  /// or below it; 0 when there are none.
  ///
  /// - Parameter percent: 0 to 100.
  func percentile(_ percent: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank, 1), sorted.count) - 1]
  }

  /// The 50th percentile.
  var median: Double { percentile(50) }

  /// The 99th percentile.
  var p99: Double { percentile(99) }
}
