import AdvisorCore
import KnowledgeBase
import Testing

@Suite("Entry files and the linter")
struct EntryLintTests {
  private let validText = """
    id: my-note
    title: What my mentor said
    article: my-notes
    section: Mentor meeting
    tags: mentor, letters
    question: what did my mentor say about letters?

    Ask for letters early.
    """

  @Test("A valid entry parses with every field")
  func valid() throws {
    let entry = try EntryParser.parse(validText, file: "my-note.md").get()
    #expect(entry.id == "my-note")
    #expect(entry.source.article == "my-notes")
    #expect(entry.tags == ["mentor", "letters"])
    #expect(entry.questions == ["what did my mentor say about letters?"])
    #expect(entry.text == "Ask for letters early.")
  }

  @Test(
    "Each problem names its line",
    arguments: [
      (
        "id: a\ntitle: t\narticle: x\nsection: s\nquestion: q\nauthor: me\n\nbody", 6,
        "unknown key 'author'"
      ),
      (
        "id: a\ntitle: t\narticle: x\nsection: s\nquestion: q\ntitle: u\n\nbody", 6,
        "duplicate 'title' (first on line 2)"
      ),
      ("id: a\ntitle:\narticle: x\nsection: s\nquestion: q\n\nbody", 2, "'title' is empty"),
      (
        "id: A B\ntitle: t\narticle: x\nsection: s\nquestion: q\n\nbody", 1,
        "id 'A B' must be lowercase"
      ),
      ("id: a\ntitle: t\narticle: x\nquestion: q\n\nbody", 5, "missing 'section'"),
      ("id: a\ntitle: t\narticle: x\nsection: s\n\nbody", 5, "missing 'question'"),
      ("id: a\ntitle: t\narticle: x\nsection: s\nquestion: q\n\n   \n", 7, "the answer is empty"),
      (
        "id: a\ntitle: t\narticle: x\nsection: s\nquestion: q", 5,
        "no blank line and answer after the header"
      ),
      ("id: a\ntitle t\narticle: x\nsection: s\nquestion: q\n\nbody", 2, "expected 'key: value'"),
    ])
  func problems(text: String, line: Int, message: String) {
    let (entries, problems) = EntryLinter.check([EntryFile(path: "e.md", text: text)])
    #expect(entries.isEmpty)
    #expect(problems.contains { $0.line == line && $0.message.hasPrefix(message) }, "\(problems)")
    #expect(problems.allSatisfy { $0.description.hasPrefix("e.md:") })
  }

  @Test("Duplicate ids across files are reported with both places")
  func duplicateIDs() {
    let (entries, problems) = EntryLinter.check([
      EntryFile(path: "a.md", text: validText),
      EntryFile(path: "b.md", text: "# note\n" + validText),
    ])
    #expect(entries.count == 1)
    #expect(problems.map(\.description) == ["b.md:2: duplicate id 'my-note' (also in a.md:1)"])
  }

  @Test("Empty, binary and non-UTF-8 files")
  func unreadable() {
    let (_, problems) = EntryLinter.check([
      EntryFile(path: "empty.md", bytes: []), EntryFile(path: "bin.md", bytes: [0x69, 0x0A, 0x00]),
      EntryFile(path: "latin1.md", bytes: Array("id: a\n".utf8) + [0xE9, 0x0A]),
    ])
    #expect(
      problems.map(\.description) == [
        "empty.md:1: the file is empty",
        "bin.md:2: binary data (a NUL byte); expected an entry as text",
        "latin1.md:2: not valid UTF-8 text; expected an entry saved as UTF-8",
      ])
  }

  @Test("A byte-order mark and CRLF or CR newlines read as the plain file does")
  func encodings() {
    func variant(id: String, newline: String) -> String {
      var lines = validText.split(separator: "\n", omittingEmptySubsequences: false).map(
        String.init)
      lines[0] = "id: \(id)"
      return lines.joined(separator: newline)
    }
    let (entries, problems) = EntryLinter.check([
      EntryFile(path: "bom.md", bytes: [0xEF, 0xBB, 0xBF] + Array(validText.utf8)),
      EntryFile(path: "crlf.md", text: variant(id: "crlf-note", newline: "\r\n")),
      EntryFile(path: "cr.md", text: variant(id: "cr-note", newline: "\r")),
    ])
    #expect(problems.isEmpty, "\(problems)")
    #expect(entries.map(\.id) == ["my-note", "crlf-note", "cr-note"])
    #expect(entries.allSatisfy { !$0.text.contains("\r") && $0.title == entries[0].title })
  }

  @Test("The built-in entries lint clean and cite the built-in sources")
  func builtInEntries() {
    let entries = BuiltIn.knowledgeBase.entries
    #expect(entries.count >= 100)
    let sections = Set(Source.builtIn)
    for entry in entries {
      #expect(sections.contains(entry.source), "\(entry.id): \(entry.source)")
      #expect(entry.questions.count >= 3, "\(entry.id)")
    }
  }

  @Test("Every built-in section has at least one entry")
  func everySectionCovered() {
    let used = Set(BuiltIn.knowledgeBase.entries.map(\.source))
    for source in Source.builtIn {
      #expect(used.contains(source), "\(source)")
    }
  }
}
