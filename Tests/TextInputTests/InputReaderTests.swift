import Platform
import Testing

@testable import TextInput

@Suite("Input reader: regular files only, bounded, never blocking")
struct InputReaderTests {
  /// A fresh folder for one test, removed with its files when the test ends.
  final class Folder {
    let path: String

    init() {
      var template = Array("/tmp/textinput-XXXXXX".utf8CString)
      let made = template.withUnsafeMutableBufferPointer { buffer in
        buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
      }
      path = made ?? "/tmp"
    }

    deinit {
      for name in ["file", "fifo", "big"] { unlink(path + "/" + name) }
      rmdir(path + "/folder")
      rmdir(path)
    }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
      let file = path + "/" + name
      let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      close(descriptor)
      return file
    }
  }

  @Test("A regular file is read and decoded")
  func regular() throws {
    let folder = Folder()
    let path = folder.write("file", Array("\u{FEFF}a\r\nb".utf8))
    #expect(try InputReader.text(path, what: "transcript") == "a\nb")
  }

  @Test("A FIFO is refused at once, without waiting for a writer")
  func fifo() {
    let folder = Folder()
    let path = folder.path + "/fifo"
    #expect(mkfifo(path, 0o600) == 0)
    #expect(
      throws: InputProblem(
        .notRegularFile(.fifo), file: path,
        "is a FIFO (named pipe), not a regular file; expected a JSON profile")
    ) {
      try InputReader.text(path, what: "JSON profile")
    }
  }

  @Test(
    "A folder and a device are refused, named by kind",
    arguments: [
      ("folder", FileKind.folder), ("/dev/zero", .characterDevice), ("/dev/null", .characterDevice),
    ])
  func notRegular(name: String, kind: FileKind) {
    let folder = Folder()
    let path = name.hasPrefix("/") ? name : folder.path + "/" + name
    if !name.hasPrefix("/") { mkdir(path, 0o700) }
    do {
      _ = try InputReader.bytes(atPath: path, what: "program list (CSV)")
      Issue.record("read \(path)")
    } catch {
      #expect(error.kind == .notRegularFile(kind))
      #expect(
        error.description
          == "\(path): is \(kind.rawValue), not a regular file; expected a program list (CSV)")
    }
  }

  @Test("A file over the limit is refused, and the limit is named")
  func tooLarge() throws {
    let folder = Folder()
    let path = folder.write("big", [UInt8](repeating: 0x61, count: 4097))
    #expect(
      throws: InputProblem(
        .tooLarge(limit: 4096), file: path, "is too large: the limit for a draft email is 4 KiB")
    ) {
      try InputReader.bytes(atPath: path, what: "draft email", limit: 4096)
    }
    #expect(try InputReader.bytes(atPath: path, what: "draft email", limit: 4097).count == 4097)
  }

  @Test("A missing file is nil where absence is normal, and a problem where it is not")
  func missing() throws {
    let folder = Folder()
    let path = folder.path + "/none"
    #expect(try InputReader.bytesIfPresent(atPath: path, what: "session") == nil)
    #expect(
      throws: InputProblem(.missing, file: path, "no such file; check the path to the session")
    ) {
      try InputReader.bytes(atPath: path, what: "session")
    }
  }

  @Test("A blank file is empty, on line 1")
  func empty() {
    let folder = Folder()
    let path = folder.write("file", Array(" \r\n".utf8))
    #expect(
      throws: InputProblem(.empty, file: path, line: 1, "the file is empty; expected a transcript")
    ) {
      try InputReader.text(path, what: "transcript")
    }
  }
}
