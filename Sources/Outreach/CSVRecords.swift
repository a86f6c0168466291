/// Splits CSV text (RFC 4180) into records, each with the line it starts on.
///
/// Fields are separated by commas and records by line breaks (LF or CRLF); a field in double
/// quotes may hold commas, line breaks and doubled quotes (`""`). Written here rather than
/// taken from a package: the CSV packages available link all of Foundation and its ICU data,
/// which costs every `advisor` command several milliseconds of start-up (see the README's
/// benchmarks), and this reader can name the line of an unclosed quote.
enum CSVRecords {
  /// One record and the line (from 1) it starts on.
  struct Record: Equatable {
    var line: Int
    var fields: [String]
  }

  /// What is wrong, and on which line.
  struct Failure: Error, Equatable {
    var line: Int
    var message: String
  }

  /// Every record, blank lines included as records of one empty field.
  static func parse(_ text: String) throws(Failure) -> [Record] {
    var records: [Record] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var line = 1
    var recordLine = 1
    var quoteLine = 0
    var state = State.fieldStart
    let bytes = Array(text.utf8)
    var index = 0

    func endField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
    }
    func endRecord() {
      endField()
      records.append(Record(line: recordLine, fields: fields))
      fields.removeAll(keepingCapacity: true)
    }

    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch (state, byte) {
      case (.quoted, UInt8(ascii: "\"")):
        state = .afterQuote
      case (.quoted, _):
        if byte == UInt8(ascii: "\n") { line += 1 }
        field.append(byte)
      case (.fieldStart, UInt8(ascii: "\"")):
        state = .quoted
        quoteLine = line
      case (.afterQuote, UInt8(ascii: "\"")):
        field.append(byte)
        state = .quoted
      case (_, UInt8(ascii: ",")):
        endField()
        state = .fieldStart
      case (_, UInt8(ascii: "\r")) where index < bytes.count && bytes[index] == UInt8(ascii: "\n"):
        continue
      case (_, UInt8(ascii: "\n")):
        endRecord()
        line += 1
        recordLine = line
        state = .fieldStart
      case (.afterQuote, _):
        throw Failure(
          line: line, message: "text after a closing quote; a quote inside a field is written \"\"")
      case (.fieldStart, _), (.unquoted, _):
        if byte == UInt8(ascii: "\"") {
          throw Failure(
            line: line,
            message: "a quote inside an unquoted field; quote the whole field and double the quote")
        }
        field.append(byte)
        state = .unquoted
      }
    }
    if state == .quoted {
      throw Failure(line: quoteLine, message: "a quote opened here is never closed")
    }
    if !(fields.isEmpty && field.isEmpty && state == .fieldStart) { endRecord() }
    return records
  }

  private enum State {
    case fieldStart, unquoted, quoted, afterQuote
  }
}
