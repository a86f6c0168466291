import Dialogue
import Storage

/// The scripted dialogues of a folder (`*.chat`), parsed.
struct TranscriptSet: Sendable {
  var transcripts: [Transcript]
  /// The folder `/programs` and `/export` lines resolve against, as `advisor replay` does.
  var folder: String

  /// The file access replays get: reads from the folder, writes discarded.
  var files: LocalFiles { LocalFiles(base: folder, discardWrites: true) }

  /// How many lines the user types in all the transcripts.
  var inputCount: Int {
    transcripts.reduce(0) { count, transcript in
      count
        + transcript.elements.count {
          if case .input = $0.element { true } else { false }
        }
    }
  }

  /// Reads every `*.chat` file directly in `folder`.
  ///
  /// - Throws: ``BenchError`` naming the folder or the file that cannot be read or parsed.
  init(folder: String) throws(BenchError) {
    let names = try TextFile.names(in: folder).filter { $0.hasSuffix(".chat") }
    guard !names.isEmpty else { throw BenchError(file: folder, "no .chat transcripts here") }
    var transcripts: [Transcript] = []
    for name in names {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      let text = try TextFile.read(path)
      do {
        transcripts.append(try Transcript(parsing: text, file: path))
      } catch {
        throw BenchError(error.description)
      }
    }
    self.transcripts = transcripts
    self.folder = folder
  }
}
