package import KnowledgeBase
import Platform

/// `--kb` folders compiled once into a knowledge pack, cached in `$XDG_CACHE_HOME/advisor/`
/// (default `~/.cache/advisor/`), so a later `ask` maps one file and reads the pack in place
/// instead of parsing and indexing every entry.
///
/// A cache file (``PackFile``) holds a manifest (every entry file's name, size, modification
/// time and inode, and the advisor that wrote it) and the pack; it is used only when the
/// manifest matches exactly and the pack's own checks pass, and rebuilt otherwise. It is written
/// through the one safe writer, so a killed run leaves the old file or the new one; one that
/// cannot be read is rebuilt. It can be deleted at any time.
package struct KnowledgeCache: Sendable {
  /// The cache folder.
  package let folder: String

  /// Resolves the folder from the environment handed in.
  package init?(environment: [String: String]) {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      folder = cache + "/advisor"
    } else if let home = environment["HOME"], !home.isEmpty {
      folder = home + "/.cache/advisor"
    } else {
      return nil
    }
  }

  package init(folder: String) {
    self.folder = folder
  }

  /// The knowledge base for `userFolders`: from the cache when nothing changed, else from
  /// `build` (which lints and indexes the entries), then cached.
  ///
  /// - Parameters:
  ///   - writer: names the advisor build, so a new build never reads an older build's pack.
  ///   - build: loads the folders the slow way; its errors are the caller's to report.
  package func load(
    userFolders: [String], writer: String, build: () throws -> KnowledgeBase
  ) throws -> KnowledgeBase {
    guard let manifest = Self.manifest(userFolders, writer: writer) else { return try build() }
    let path =
      folder + "/kb-" + Self.hex(Self.hash(Array(userFolders.joined(separator: "\n").utf8)))
      + ".pack"
    if let base = read(path, manifest: manifest) { return base }
    let base = try build()
    store(base, manifest: manifest, at: path)
    return base
  }

  private func read(_ path: String, manifest: [UInt8]) -> KnowledgeBase? {
    guard let pack = PackFile.map(path, manifest: manifest) else { return nil }
    return try? KnowledgePack.open(pack)
  }

  private func store(_ base: KnowledgeBase, manifest: [UInt8], at path: String) {
    guard (try? StateDirectory(path: folder).create()) != nil else { return }
    let bytes = PackFile.bytes(manifest: manifest, pack: KnowledgePack.encode(base))
    try? bytes.withUnsafeBufferPointer { buffer throws(StorageError) in
      try PrivateFile.write(bytes: buffer, to: path)
    }
  }

  // MARK: - Manifest

  /// The advisor that writes it and every entry file of the folders (``EntryFingerprint``),
  /// or nil when a folder cannot be listed (the slow path then reports it).
  static func manifest(_ folders: [String], writer: String) -> [UInt8]? {
    let header =
      "advisor knowledge cache 2\nwriter \(writer)\npack \(KnowledgePack.formatVersion)\n"
    return EntryFingerprint.of(folders).map { Array(header.utf8) + $0 }
  }

  /// FNV-1a, 64 bits: names the cache file of a list of folders.
  private static func hash(_ bytes: [UInt8]) -> UInt64 {
    bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
