public import Dialogue

/// The file system, for `/programs` and `/export`: relative paths resolve against `base`.
public struct LocalFiles: FileAccess {
  /// The folder relative paths start from; nil for the current directory.
  public let base: String?
  /// Accept writes without touching the disk: for replays, which must leave no files behind.
  public let discardWrites: Bool

  public init(base: String? = nil, discardWrites: Bool = false) {
    self.base = base
    self.discardWrites = discardWrites
  }

  public func read(_ path: String) throws(FileAccessError) -> String {
    let resolved = resolve(path)
    let bytes: [UInt8]?
    do {
      bytes = try PrivateFile.read(resolved)
    } catch {
      throw FileAccessError("\(path): \(error.message)")
    }
    guard let bytes else { throw FileAccessError("\(path): no such file") }
    guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
      throw FileAccessError("\(path): not a UTF-8 text file")
    }
    return text
  }

  public func write(_ text: String, to path: String) throws(FileAccessError) {
    guard !discardWrites else { return }
    do {
      try PrivateFile.write(text, to: resolve(path))
    } catch {
      throw FileAccessError("\(path): \(error.message)")
    }
  }

  private func resolve(_ path: String) -> String {
    guard let base, !path.hasPrefix("/") else { return path }
    return base.hasSuffix("/") ? base + path : base + "/" + path
  }
}
