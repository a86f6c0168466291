import AdvisorCore

/// Reads the user's program list (CSV with a header row), validating each row.
package enum ProgramListParser {
  package static func parse(_ text: String) throws(ProgramListError) -> [ListedProgram] {
    guard !text.allSatisfy(\.isWhitespace) else {
      throw ProgramListError(line: 1, "the file is empty; expected a CSV with a header row")
    }
    let records: [CSVRecords.Record]
    do {
      records = try CSVRecords.parse(text)
    } catch {
      throw ProgramListError(line: error.line, "malformed CSV: \(error.message)")
    }
    guard let header = records.first(where: { !$0.isBlank }) else {
      throw ProgramListError(line: 1, "no header row")
    }
    let columns = try columns(from: header.fields, line: header.line)
    var programs: [ListedProgram] = []
    var line = header.line
    for record in records.drop(while: { $0.line <= header.line }) where !record.isBlank {
      line = record.line
      guard record.fields.count == header.fields.count else {
        throw ProgramListError(
          line: line,
          "expected \(header.fields.count) fields as in the header, found \(record.fields.count)")
      }
      programs.append(try program(record.fields, columns: columns, line: line))
    }
    guard !programs.isEmpty else {
      throw ProgramListError(line: line, "no programs after the header row")
    }
    return programs
  }

  private static func columns(from header: [String], line: Int) throws(ProgramListError)
    -> [ProgramListColumn: Int]
  {
    var columns: [ProgramListColumn: Int] = [:]
    for (index, name) in header.enumerated() {
      let key = name.trimmingWhitespace.lowercased().replacingSpaces
      guard let column = ProgramListColumn(rawValue: key) else {
        throw ProgramListError(
          line: line,
          "unknown column '\(name)'; columns are "
            + ProgramListColumn.allCases.map(\.rawValue).joined(separator: ", "))
      }
      if let first = columns[column] {
        throw ProgramListError(
          line: line,
          "duplicate column '\(column.rawValue)' (fields \(first + 1) and \(index + 1)); keep one")
      }
      columns[column] = index
    }
    for column in ProgramListColumn.allCases where column.isRequired && columns[column] == nil {
      throw ProgramListError(line: line, "missing column '\(column.rawValue)'")
    }
    return columns
  }

  private static func program(_ row: [String], columns: [ProgramListColumn: Int], line: Int)
    throws(ProgramListError) -> ListedProgram
  {
    func value(_ column: ProgramListColumn) -> String? {
      guard let index = columns[column] else { return nil }
      let text = row[index].trimmingWhitespace
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
    if let text = value(.connection), ["none", "no", "-"].contains(text.lowercased()) {
      program.connectionMarkedNone = true
    } else if let text = value(.connection) {
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

extension CSVRecords.Record {
  /// A line with nothing but spaces.
  var isBlank: Bool { fields.allSatisfy { $0.trimmingWhitespace.isEmpty } }
}

extension String {
  var replacingSpaces: String {
    String(map { $0 == " " || $0 == "-" ? "_" : $0 })
  }
}
