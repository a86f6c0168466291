import AdvisorCore
import LocatedJSON

/// Reads a profile file, with every error naming the file and line.
enum ProfileFile {
  static func read(_ path: String) throws -> Profile {
    let text = try InputFile.readText(path, what: "JSON profile")
    let name = path == "-" ? "<stdin>" : path
    let document: JSONDocument
    do {
      document = try JSONDocument(parsing: text)
    } catch {
      throw UserError(file: name, line: error.line, "malformed JSON: \(error.message)")
    }
    do {
      let profile = try Profile(json: document.root)
      try profile.checkStatedOutcomes()
      return profile
    } catch {
      throw UserError(file: name, line: document.line(of: error.path), error.message)
    }
  }
}
