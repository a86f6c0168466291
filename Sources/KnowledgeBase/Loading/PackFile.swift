import Platform

/// A cached knowledge pack on disk: the manifest it was built for (its length in eight bytes,
/// then its bytes), then the pack. Reading maps the file into memory, so a query touches only
/// the pages it needs.
package enum PackFile {
  /// The largest cache file mapped.
  static let limit = 1 << 30

  /// The file's bytes for `pack`, built for `manifest`.
  package static func bytes(manifest: [UInt8], pack: [UInt8]) -> [UInt8] {
    var bytes = (0..<8).reversed().map { UInt8(truncatingIfNeeded: manifest.count >> ($0 * 8)) }
    bytes.reserveCapacity(8 + manifest.count + pack.count)
    bytes += manifest
    bytes += pack
    return bytes
  }

  /// The pack in the file at `path`, mapped, when the file was built for `manifest`; nil when
  /// it was not, or when it is missing, not a regular file, a link, or cannot be mapped.
  package static func map(_ path: String, manifest: [UInt8]) -> PackBytes? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
      info.st_size > 8 + manifest.count, info.st_size <= limit
    else { return nil }
    let size = Int(info.st_size)
    guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      address != MAP_FAILED
    else { return nil }
    let whole = UnsafeRawBufferPointer(start: address, count: size)
    let length = whole.prefix(8).reduce(0) { $0 << 8 | Int($1) }
    guard length == manifest.count, memcmp(address + 8, manifest, length) == 0 else {
      munmap(address, size)
      return nil
    }
    return PackBytes(whole: whole, from: 8 + length) {
      munmap(UnsafeMutableRawPointer(mutating: $0.baseAddress), $0.count)
    }
  }
}
