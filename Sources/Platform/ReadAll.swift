/// Why ``readAll(from:limit:)`` stopped without the whole content.
package enum ReadFailure: Error, Equatable {
  /// The system refused: the `errno` value (see ``errorMessage(_:)``).
  case system(Int32)
  /// There was more than the limit.
  case tooLarge
}

/// Everything an open descriptor holds, read to its end (a read interrupted by a signal is
/// retried): the one read loop the advisor's files, entries and standard input go through.
///
/// - Parameter limit: the most bytes to accept; more is ``ReadFailure/tooLarge``.
package func readAll(from descriptor: Int32, limit: Int = .max) throws(ReadFailure) -> [UInt8] {
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65_536)
  while true {
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count < 0 {
      if errno == EINTR { continue }
      throw .system(errno)
    }
    if count == 0 { return bytes }
    bytes += buffer[0..<count]
    if bytes.count > limit { throw .tooLarge }
  }
}
