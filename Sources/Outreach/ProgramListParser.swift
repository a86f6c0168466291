public import AdvisorCore
import SwiftCSV

/// Reads the user's program list (CSV with a header row) with SwiftCSV, validating each row.
public enum ProgramListParser {
  public static func parse(_ text: String) throws(ProgramListError) -> [ListedProgram] {
    guard !text.allSatisfy(\.isWhitespace) else {
      throw ProgramListError(line: 1, "the file is empty; expected a CSV with a header row")
    }
    let rows: [[String]]
    do {
      rows = try CSVRows.of(text)
    } catch {
      throw ProgramListError(line: 1, "malformed CSV: \(error)")
    }
    guard let header = rows.first else { throw ProgramListError(line: 1, "no header row") }
    let columns = try columns(from: header)
    var programs: [ListedProgram] = []
    var line = 1 + header.reduce(0) { $0 + $1.newlineCount }
    for row in rows.dropFirst() {
      line += 1
      defer { line += row.reduce(0) { $0 + $1.newlineCount } }
      if row.allSatisfy({ $0.trimmingCharacters.isEmpty }) { continue }
      if row.contains(where: { $0.newlineCount > 3 }) {
        throw ProgramListError(
          line: line, "a field runs over several lines; check for an unclosed quote")
      }
      guard row.count == header.count else {
        throw ProgramListError(
          line: line, "expected \(header.count) fields as in the header, found \(row.count)")
      }
      programs.append(try program(row, columns: columns, line: line))
    }
    guard !programs.isEmpty else {
      throw ProgramListError(line: line, "no programs after the header row")
    }
    return programs
  }

  private static func columns(from header: [String]) throws(ProgramListError) -> [ProgramListColumn:
    Int]
  {
    var columns: [ProgramListColumn: Int] = [:]
    for (index, name) in header.enumerated() {
      let key = name.trimmingCharacters.lowercased().replacingSpaces
      guard let column = ProgramListColumn(rawValue: key) else {
        throw ProgramListError(
          line: 1,
          "unknown column '\(name)'; columns are "
            + ProgramListColumn.allCases.map(\.rawValue).joined(separator: ", "))
      }
      columns[column] = index
    }
    for column in ProgramListColumn.allCases where column.isRequired && columns[column] == nil {
      throw ProgramListError(line: 1, "missing column '\(column.rawValue)'")
    }
    return columns
  }

  private static func program(_ row: [String], columns: [ProgramListColumn: Int], line: Int)
    throws(ProgramListError) -> ListedProgram
  {
    func value(_ column: ProgramListColumn) -> String? {
      guard let index = columns[column] else { return nil }
      let text = row[index].trimmingCharacters
      return text.isEmpty ? nil : text
    }
    guard let name = value(.name) else { throw ProgramListError(line: line, "the name is empty") }
    guard let state = value(.state) else {
      throw ProgramListError(line: line, "\(name): the state is empty")
    }
    var program = ListedProgram(name: name, city: value(.city) ?? "", state: state, line: line)
    if let text = value(.specialty) {
      guard case .specialty(let specialty) = Specialty.resolve(text) else {
        throw ProgramListError(line: line, "\(name): unknown specialty '\(text)'")
      }
      program.specialty = specialty
    }
    program.typicalStep2 = try score(
      value(.typicalStep2), column: .typicalStep2, name: name, line: line)
    program.minimumStep2 = try score(
      value(.minimumStep2), column: .minimumStep2, name: name, line: line)
    program.acceptsIMGs = try yesNo(
      value(.acceptsIMGs), column: .acceptsIMGs, name: name, line: line)
    program.sponsorsVisas = try yesNo(
      value(.sponsorsVisas), column: .sponsorsVisas, name: name, line: line)
    if let text = value(.connection), !["none", "no", "-"].contains(text.lowercased()) {
      guard let connection = Connection(rawValue: text.lowercased()) else {
        throw ProgramListError(
          line: line,
          "\(name): unknown connection '\(text)'; use none, "
            + Connection.allCases.map(\.rawValue).joined(separator: ", "))
      }
      program.connection = connection
    }
    return program
  }

  private static func score(_ text: String?, column: ProgramListColumn, name: String, line: Int)
    throws(ProgramListError) -> Int?
  {
    guard let text else { return nil }
    guard let score = Int(text), StepResult.scoreRange.contains(score) else {
      throw ProgramListError(
        line: line, "\(name): \(column.rawValue) '\(text)' is not a score from 1 to 300")
    }
    return score
  }

  private static func yesNo(_ text: String?, column: ProgramListColumn, name: String, line: Int)
    throws(ProgramListError) -> Bool?
  {
    guard let text else { return nil }
    switch text.lowercased() {
    case "yes", "y", "true", "1": return true
    case "no", "n", "false", "0": return false
    case "unknown", "?", "not sure": return nil
    default:
      throw ProgramListError(
        line: line, "\(name): \(column.rawValue) '\(text)' should be yes, no or unknown")
    }
  }
}

/// SwiftCSV's rows, unpadded (its `rows` property pads short rows, which would hide a missing
/// field), header included.
enum CSVRows {
  static func of(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    let csv = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false)
    try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { rows.append($0) }
    return rows
  }
}

extension String {
  var newlineCount: Int { reduce(0) { $1 == "\n" ? $0 + 1 : $0 } }

  var replacingSpaces: String {
    String(map { $0 == " " || $0 == "-" ? "_" : $0 })
  }
}
