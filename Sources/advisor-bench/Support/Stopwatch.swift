/// Times a piece of work on the monotonic clock.
///
/// `ContinuousClock` reads `CLOCK_MONOTONIC` on Linux: tens of nanoseconds per reading, small
/// next to the microseconds the measured calls take.
enum Stopwatch {
  private static let clock = ContinuousClock()

  /// Runs `body` once and returns its result with the time it took.
  @inline(__always)
  static func time<Result, Failure: Error>(
    _ body: () throws(Failure) -> Result
  ) throws(Failure) -> (result: Result, elapsed: Duration) {
    let start = clock.now
    let result = try body()
    return (result, start.duration(to: clock.now))
  }
}

extension Duration {
  /// The duration in seconds, as a floating-point number.
  var seconds: Double {
    let (whole, fraction) = components
    return Double(whole) + Double(fraction) * 1e-18
  }

  /// The duration in microseconds.
  var microseconds: Double { seconds * 1e6 }

  /// The duration in milliseconds.
  var milliseconds: Double { seconds * 1e3 }
}
