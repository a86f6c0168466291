import Testing

@testable import Dialogue

/// The one reading of a yes or a no that the pending answer, the circumstances, the connections
/// and the line's act all take.
@Suite("Understanding: the yes/no reading")
struct YesNoTests {
  struct Row: Sendable, CustomStringConvertible {
    var words: String
    var line: Bool?
    var first: Bool?
    var answer: Bool?
    var answerLead: Bool?
    var bare: Bool?
    var description: String { words }
  }

  @Test(
    arguments: [
      Row(words: "yep", line: true, first: true, answer: true, answerLead: nil, bare: true),
      Row(
        words: "not really", line: false, first: nil, answer: false, answerLead: false, bare: false),
      Row(words: "ok then no", line: nil, first: true, answer: false, answerLead: nil, bare: false),
      Row(words: "yes a few", line: nil, first: true, answer: nil, answerLead: true, bare: nil),
      Row(
        words: "no i meant peds", line: nil, first: false, answer: nil, answerLead: false, bare: nil
      ),
      Row(
        words: "nope nothing like that", line: nil, first: false, answer: nil, answerLead: false,
        bare: false),
      Row(words: "ok", line: true, first: true, answer: nil, answerLead: nil, bare: nil),
      Row(words: "i want im", line: nil, first: nil, answer: nil, answerLead: nil, bare: nil),
    ])
  func reading(_ row: Row) {
    let reading = YesNo(row.words.split(separator: " ").map(String.init))
    #expect(reading.line == row.line)
    #expect(reading.first == row.first)
    #expect(reading.answer == row.answer)
    #expect(reading.answerLead == row.answerLead)
    #expect(reading.bare == row.bare)
  }

  @Test("No answer made without reading is the reading of no words")
  func noAnswer() {
    #expect(YesNo() == YesNo([]))
  }

  @Test("A line's yes or no is read from the whole line, beside a question too")
  func wholeLine() {
    let reading = Understanding.interpret(
      Utterance("no. should I email programs?"), context: UnderstandingContext(profile: .init()))
    #expect(reading.yesNo.first == false)
    #expect(reading.yesNo.line == nil)
  }
}
