import AdvisorCore
import Testing

@testable import Dialogue

/// "Does that count?" takes back only the hook named in its own sentence.
@Suite("Understanding: does that count")
struct CountsQuestionTests {
  private func hook(_ line: String) -> Bool? {
    Understanding.interpret(Utterance(line), context: UnderstandingContext(profile: Profile()))
      .patch.hook
  }

  @Test("A hook named in the sentence that asks whether it counts is not taken")
  func askedHook() {
    #expect(hook("I speak fluent Spanish, does that count as a hook?") == nil)
  }

  @Test("'Does that count?' alone asks about the sentence before it")
  func askedAboutTheSentenceBefore() {
    #expect(
      hook("i speak spanish fluently which matters a lot in houston EDs. does that count as a hook")
        == nil)
  }

  @Test("A hook stated in another sentence is kept beside the question")
  func statedElsewhere() {
    #expect(hook("I was a paramedic for 8 years and want EM") == true)
    #expect(
      hook("I was a paramedic for 8 years and want EM. I also speak Spanish, does that count?")
        == true)
  }
}
