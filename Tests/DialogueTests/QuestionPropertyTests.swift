import AdvisorCore
import TestSupport
import Testing

@testable import Dialogue

/// A question never changes the profile: over many profiles, pending questions and question
/// forms (with and without a question mark, statement-form requests), the profile after the
/// line is the profile before it.
@Suite("Property: a question never changes the profile")
struct QuestionPropertyTests {
  private static let templates = [
    "should I email programs about my {score}?", "should i email every program",
    "does speaking {language} count as a hook?", "does speaking {language} count as a hook",
    "can I still match {specialty} with my {score}?", "is {score} low for {specialty}",
    "is {score} even considered low?", "what if I failed {exam} twice",
    "do programs care about {exam} now that it's pass/fail?",
    "tell me how to write the subject line",
    "if an interviewer brings up my {exam} score what do i say",
    "would a letter from my chair help me",
    "is a rotation in {place} a connection?", "should I switch to {specialty}?",
    "how many programs should I apply to in {place}", "any tips for {specialty} interviews",
    "I wonder whether {place} programs screen at {score}",
    "do {specialty} programs in {place} sponsor visas",
    "why is {score} not a rebound?", "what counts as a hook for {specialty}",
    // Shapes that changed the profile in round 3's tests.
    "should i apply to both {specialty} and {specialty}",
    "is graduating in 2023 a problem, some programs want grad within 3 yrs",
    "i speak {language} fluently does that count as a hook",
    "also i speak {language} fluently does that count as a hook for programs in {place}",
    "so ck {score} is a fail for me then",
    "ok so honestly is my score bad for {specialty} as a non us img needing visa",
    "no i mean how many to apply to", "how many programs shoud i apply to for {specialty}",
    "am i screwed", "so did i fail", "does that count",
  ]
  private static let fillers: [String: [String]] = [
    "score": ["229", "213", "245", "252", "238"], "language": ["Hindi", "Spanish", "Arabic"],
    "specialty": ["IM", "psych", "derm", "peds", "family medicine", "ortho"],
    "exam": ["step 1", "CK", "step 2"], "place": ["Boston", "Worcester", "Texas", "NYC"],
  ]

  private static func line(_ template: String, using random: inout SeededRandom) -> String {
    var text = template
    for (key, values) in fillers {
      while let range = text.range(of: "{\(key)}") {
        text.replaceSubrange(range, with: values.randomElement(using: &random) ?? "")
      }
    }
    return text
  }

  /// Profiles reached by answering a random number of the usual opening lines.
  private static let openings = [
    "failed step 1 once, then passed", "CK 229", "IM", "US MD", "Boston", "no connections",
    "no hook", "no", "nothing like that", "passed step 1 first try", "CK 241", "peds",
    "caribbean grad, US citizen", "anywhere", "my mentor will call the PD",
  ]

  @Test("2,000 seeded question lines after seeded conversations leave the profile as it was")
  func questionsNeverChangeTheProfile() {
    var random = SeededRandom(seed: 11)
    for _ in 0..<2_000 {
      var script = Script()
      for _ in 0..<Int.random(in: 0...6, using: &random) {
        script.say(Self.openings.randomElement(using: &random) ?? "")
      }
      let before = script.profile
      let question = Self.line(Self.templates.randomElement(using: &random) ?? "", using: &random)
      script.say(question)
      #expect(script.profile == before, "\"\(question)\" changed the profile")
      if script.profile != before { return }
    }
  }
}
