import Foundation
import TestSupport
import Testing

@testable import KnowledgeBase

/// The --kb cache's key: every entry file's name, size, modification time and inode, examined
/// relative to the open folder; and the cache file that maps a pack only for its own key.
@Suite("Entry fingerprints and pack files")
struct EntryFingerprintTests {
  /// A fresh folder holding `count` entry files.
  private struct Folder {
    let path: String

    init(files count: Int = 3) throws {
      path = try TemporaryFolder.make("advisor-fingerprint").path
      for index in 0..<count { try write("entry \(index)", to: "e\(index).md") }
    }

    func write(_ text: String, to name: String) throws {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
    }

    func setModified(_ name: String, to date: Date) throws {
      try FileManager.default.setAttributes(
        [.modificationDate: date], ofItemAtPath: path + "/" + name)
    }

    var fingerprint: [UInt8]? { EntryFingerprint.of([path]) }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
  }

  /// What changes an entry folder, and whether the fingerprint must change with it.
  enum Change: String, CaseIterable, CustomTestStringConvertible {
    case nothing, editedLonger, touched, added, removed, replacedSameSizeAndTime
    case addedReadme, addedHidden, addedOtherKind

    var testDescription: String { rawValue }

    var changesFingerprint: Bool {
      switch self {
      case .nothing, .addedReadme, .addedHidden, .addedOtherKind: false
      default: true
      }
    }
  }

  @Test("The fingerprint changes exactly when an entry file does", arguments: Change.allCases)
  func fingerprintFollowsEntries(change: Change) throws {
    let folder = try Folder()
    defer { folder.remove() }
    let then = Date(timeIntervalSince1970: 1_700_000_000)
    try folder.setModified("e1.md", to: then)
    let before = try #require(folder.fingerprint)
    switch change {
    case .nothing: break
    case .editedLonger: try folder.write("entry 1, longer now", to: "e1.md")
    case .touched: try folder.setModified("e1.md", to: then.addingTimeInterval(1))
    case .added: try folder.write("new", to: "e9.md")
    case .removed: try FileManager.default.removeItem(atPath: folder.path + "/e2.md")
    case .replacedSameSizeAndTime:
      try folder.write("entry 7", to: "new.tmp")
      try folder.setModified("new.tmp", to: then)
      _ = rename(folder.path + "/new.tmp", folder.path + "/e1.md")
    case .addedReadme: try folder.write("about", to: "README.md")
    case .addedHidden: try folder.write("x", to: ".e5.md")
    case .addedOtherKind: try folder.write("x", to: "notes.txt")
    }
    let after = try #require(folder.fingerprint)
    #expect((after != before) == change.changesFingerprint)
  }

  @Test("A folder that cannot be listed has no fingerprint")
  func missingFolder() {
    #expect(EntryFingerprint.of(["/nonexistent/advisor-kb"]) == nil)
  }

  @Test("A cache file maps its pack only for the manifest it was written for, never a link")
  func packFileChecksTheManifest() throws {
    let folder = try Folder(files: 0)
    defer { folder.remove() }
    let base = BuiltIn.knowledgeBase
    let manifest = Array("manifest 1".utf8)
    let path = folder.path + "/kb.pack"
    try Data(PackFile.bytes(manifest: manifest, pack: KnowledgePack.encode(base)))
      .write(to: URL(fileURLWithPath: path))
    let mapped = try #require(PackFile.map(path, manifest: manifest))
    let opened = try KnowledgePack.open(mapped)
    #expect(opened.entries.count == base.entries.count)
    #expect(
      opened.search("visa sponsorship").answer?.entry.id
        == base.search("visa sponsorship").answer?.entry.id)
    #expect(PackFile.map(path, manifest: Array("manifest 2".utf8)) == nil)
    #expect(PackFile.map(path, manifest: Array("manifest".utf8)) == nil)
    _ = symlink(path, folder.path + "/link.pack")
    #expect(PackFile.map(folder.path + "/link.pack", manifest: manifest) == nil)
    #expect(PackFile.map(folder.path + "/missing.pack", manifest: manifest) == nil)
  }
}
