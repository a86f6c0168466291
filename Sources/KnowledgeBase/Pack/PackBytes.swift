import Platform

/// The bytes of a knowledge pack, read in place: a copy of an array, or a file mapped into
/// memory (``PackFile``), so that a query touches only the pages it reads.
///
/// Immutable once made; the storage is released with the last reference.
package final class PackBytes: @unchecked Sendable {
  /// The pack itself (a mapped file may hold more before it: ``PackFile``'s manifest).
  let bytes: UnsafeRawBufferPointer
  private let release: @Sendable (UnsafeRawBufferPointer) -> Void
  private let whole: UnsafeRawBufferPointer

  /// A copy of `array`.
  package convenience init(_ array: [UInt8]) {
    let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: array.count, alignment: 8)
    copy.copyBytes(from: array)
    self.init(whole: UnsafeRawBufferPointer(copy), from: 0) { $0.deallocate() }
  }

  /// The bytes of a string literal, read where the program holds them: no copy, and nothing to
  /// free (a literal lives as long as the program).
  package convenience init(literal: StaticString) {
    guard literal.hasPointerRepresentation else {
      self.init(literal.withUTF8Buffer { Array($0) })
      return
    }
    let bytes = UnsafeRawBufferPointer(
      start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    self.init(whole: bytes, from: 0) { _ in }
  }

  /// `whole`, of which the pack is the part from `offset` on; `release` frees it.
  init(
    whole: UnsafeRawBufferPointer, from offset: Int,
    release: @escaping @Sendable (UnsafeRawBufferPointer) -> Void
  ) {
    self.whole = whole
    self.bytes = UnsafeRawBufferPointer(rebasing: whole[min(offset, whole.count)...])
    self.release = release
  }

  deinit { release(whole) }

  var count: Int { bytes.count }
}
