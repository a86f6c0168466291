package import Dialogue
import LocatedJSON
import TextInput

/// The `session.json` of earlier versions: read once to import it into the database.
package struct JSONSessionFile: Sendable {
  /// The largest session file read: a real one holds a few hundred kilobytes.
  package static let sizeLimit = 8 * 1_048_576

  package let path: String

  package init(path: String) {
    self.path = path
  }

  /// What was found on disk.
  package enum Loaded: Sendable {
    case none
    case session(Session)
    /// The file could not be used; it was renamed so nothing is lost.
    case setAside(to: String, reason: String)
  }

  /// Reads the saved session. A file that is not a session is set aside, never overwritten.
  package func load() throws(StorageError) -> Loaded {
    let bytes: [UInt8]
    do {
      guard let read = try PrivateFile.read(path, limit: Self.sizeLimit) else { return .none }
      bytes = read
    } catch {
      // An unreadable file is set aside like a corrupt one, so it is never replaced.
      guard let aside = PrivateFile.setAside(path) else { throw error }
      return .setAside(to: aside, reason: error.message)
    }
    do throws(SessionError) {
      guard let text = try? InputText.decode(bytes, file: path, what: "a session") else {
        throw SessionError(JSONPath(), "the file is not UTF-8 text")
      }
      let document = try parse(text)
      var session = try Session(json: document.root)
      session.state.trimHistory()  // a hostile file may hold any number of steps
      return .session(session)
    } catch {
      let reason = error.message
      guard let aside = PrivateFile.setAside(path) else {
        throw StorageError(
          path: path, "is not a readable session (\(reason)) and cannot be moved aside")
      }
      return .setAside(to: aside, reason: reason)
    }
  }

  private func parse(_ text: String) throws(SessionError) -> JSONDocument {
    do {
      return try JSONDocument(parsing: text)
    } catch {
      throw SessionError(JSONPath(), "line \(error.line): \(error.message)")
    }
  }

  /// Writes the session atomically with mode 0600 (the format `advisor sessions` no longer
  /// writes; kept for tests of the import).
  package func save(_ session: Session) throws(StorageError) {
    try PrivateFile.write(session.json.serialized(pretty: true) + "\n", to: path)
  }
}
