import Outreach
import Testing

/// How the check reads an email: which lines are the body, where sentences end.
@Suite("Reading an email: its parts and its sentences")
struct EmailReadingTests {
  private func sentences(_ body: String) -> [String] {
    DraftChecker.review("Dear Dr Rivera,\n\n\(body)\n\nSincerely,\nSam").sentences.map(\.text)
  }

  @Test(
    "Abbreviations, initials and decimals end no sentence; ! ? and closing quotes do",
    arguments: [
      ("Dr. Rivera and Mr. Chen met me. I passed.", 2),
      ("I trained in the U.S. and in Canada.", 1),
      ("My GPA was 3.8 on that scale. Then I passed.", 2),
      ("J. R. Lee, Ph.D., and Prof. Kim, M.D., supervised me. I passed.", 2),
      ("I worked with J. Lee on sepsis. I passed.", 2),
      ("I earned an A. Then I passed.", 2),
      ("I saw cases in St. Louis, e.g. sepsis, i.e. the hardest ones. I passed.", 2),
      ("She asked \"why?\" I said nothing.", 2),
      ("I did audits, posters, etc. Then I passed.", 2),
      ("I passed... Then I honored medicine.", 2),
      ("Really?! Yes.", 2),
      ("I earned honors\nin medicine. I\npassed.", 2),
      ("- honors in medicine\n- research on sepsis", 2),
      ("1. honors in medicine\n2) research on sepsis", 2),
      ("Since then:\n- honors in medicine\n- research on sepsis", 2),
      // An abbreviation that can end a sentence does before a sentence start or a line break.
      ("My GPA was 3.8 in the U.S. I saw J. R. Smith, M.D. He taught me a lot.", 3),
      ("I worked with Dr. A. Chen, M.D., Ph.D.\nI passed Step 1 on my second attempt.", 2),
      ("I trained at a U.S. Army hospital.", 1),
      ("I trained in the U.S. Dr. Lee taught me there.", 2),
      ("I rotated with Dr.\nChen in the ICU.", 1),
    ])
  func sentenceEnds(body: String, count: Int) {
    #expect(sentences(body).count == count, "\(sentences(body))")
  }

  @Test(
    "Each body sentence is about strengths, the score, or other",
    arguments: [
      ("My Step 2 CK score of 221 is below your usual range.", SentenceKind.score),
      ("I did not pass Step 1 on my first attempt.", .score),
      ("I have not passed Step 2 CK yet.", .score),
      // Exam results, good or bad, are the score: the two below read alike.
      ("I passed on my second attempt and scored 240 on Step 2 CK.", .score),
      ("I passed Step 1 on my second attempt and scored 241 on Step 2 CK.", .score),
      ("I failed Step 1 once and scored 241 on Step 2 CK.", .score),
      ("After working with a learning specialist, I passed Step 1.", .strength),
      ("My work on the wards has improved steadily.", .strength),
      (
        "Before medical school I coordinated care for two years at a cancer center clinic.",
        .strength
      ),
      ("Your program's focus on underserved care matches my goals.", .strength),
      ("Then I presented.", .other),
      ("I am very interested in your program.", .other),
      ("My recent exam results and clinical evaluations show how I work.", .strength),
      ("My background in public health fits your mission.", .strength),
      ("I am fluent in Spanish.", .strength),
      ("Dr Lin has offered to speak on my behalf.", .strength),
      ("My grandmother passed away that spring.", .other),
      ("I would be grateful for your consideration.", .courtesy),
      ("Thank you for your time.", .courtesy),
    ])
  func kinds(sentence: String, kind: SentenceKind) {
    #expect(DraftChecker.review("Dear Dr Lee,\n\n\(sentence)").sentences.map(\.kind) == [kind])
  }

  @Test("Headers, greeting, sign-off and signature are not body sentences")
  func parts() {
    let draft = """
      To: pd@example.org
      From: sam@example.edu
      Subject: Application to Lakeside

      Hello Dr. Lee,

      Body one is here. Body two is here.

      Kind regards,
      Sam Lee
      State University School of Medicine
      sam@example.edu
      """
    let review = DraftChecker.review(draft)
    #expect(review.sentences.map(\.text) == ["Body one is here.", "Body two is here."])
    #expect(review.sentences.map(\.line) == [7, 7])
  }

  @Test(
    "Each line ending (\\n, \\r\\n, \\r) gives the same lines",
    arguments: ["\n", "\r\n", "\r"])
  func lineEnds(end: String) {
    let draft = [
      "Subject: Application to Lakeside", "", "Dear Dr X,", "", "I honored medicine.",
      "I passed.", "", "Thanks,", "Sam", "AAMC ID 123",
    ].joined(separator: end)
    let review = DraftChecker.review(draft)
    #expect(review.sentences.map(\.line) == [5, 6])
    #expect(review.findings.isEmpty, "\(review.findings.map(\.check))")
  }

  @Test("A greeting with the body on its line: the body's words are read once")
  func greetingAndBodyOnOneLine() {
    let review = DraftChecker.review("Dear Dr. Lee, I am so sorry. I honored medicine.\n\nSam")
    #expect(review.sentences.map(\.text) == ["I am so sorry.", "I honored medicine."])
    #expect(review.findings.first { $0.check == "apology" }?.words == "sorry")
  }

  @Test("Without a sign-off, a trailing name and ID line are still the signature")
  func signatureWithoutSignOff() {
    let review = DraftChecker.review(
      "Dr Lee,\n\nI honored medicine. I passed Step 1.\n\nSam Rivera\nAAMC ID 12345678")
    #expect(review.sentences.count == 2)
  }

  @Test(
    "A health word is judged by the phrase it sits in",
    arguments: [
      ("I honored my surgery clerkship.", nil),
      ("My ICU rotation went well.", nil),
      ("I completed an ICU sub-internship where I cared for patients with sepsis.", nil),
      ("I completed my ICU rotation.", nil),
      ("I completed chemotherapy last year.", "health-details"),
      ("I worked in the cancer center's clinic.", nil),
      ("I earned honors in Surgery.", nil),
      ("I did a sub-I at Northwestern surgery and Dr. Patel can vouch for me.", nil),
      ("During my sub-internship in surgery I managed a full patient list.", nil),
      ("I screened patients with depression.", nil),
      ("I am applying in General Surgery.", nil),
      ("I spent a week in the ICU.", "health-details"),
      ("My father had surgery that month.", "health-details"),
      ("I take medication for my anxiety.", "health-details"),
      ("My sick mother needed care.", "health-details"),
      ("My father is a physician, and he inspired me.", nil),
      ("My depression clinic visits went on.", "health-details"),
      ("A family emergency involving my mother is now resolved.", "resolved-event"),
      ("It came during an illness that is now fully resolved.", nil),
      ("It came during a family emergency, now resolved.", nil),
      ("It came during a family emergency.", "resolved-event"),
      ("My mother's cancer is now in remission.", "resolved-event"),
    ] as [(String, String?)])
  func healthInContext(sentence: String, check: String?) {
    let review = DraftChecker.review("Dear Dr Lee,\n\n\(sentence)\n\nThanks,\nSam")
    let health = review.findings.filter {
      $0.check == "health-details" || $0.check == "resolved-event"
    }
    #expect(health.map(\.check) == (check.map { [$0] } ?? []), "\(health.map(\.words))")
  }
}

/// The chat's privacy check reads a line as body sentences only, with no email layout: it must
/// find health or family details exactly where the email check of that line does.
@Suite("A chat line's personal details, read without the email's layout")
struct ChatLinePersonalDetailsTests {
  static let chatLines = [
    "IM applicant, US MD, failed step 2 ck once then passed with 236. my family lives in nj",
    "my mom got sick during dedicated and its still ongoing",
    "I have bipolar and was on lithium during my second attempt",
    "my father passed away the week before step 1",
    "a family emergency during the exam, now fully resolved",
    "i did my ICU rotation in Boston and honors in surgery",
    "Dear Dr Patel, I was treated for depression last year.",
    "I had malaria in march. it is over now",
    "my dad is a physician in ohio",
    "ck 221, IM, anywhere",
  ]

  /// Every line of every draft in the corpus, and the chat lines above.
  static let lines: [String] =
    chatLines
    + CorpusDraft.all.flatMap { draft in
      draft.text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

  @Test("A finding of another check that quotes a health word keeps only its category")
  func otherChecksQuotingHealthWords() {
    let findings = DraftChecker.check("I was so anxious that the exam was just too hard for me.")
    let quoting = findings.filter { $0.words.lowercased().contains("anxious") }
    #expect(quoting.contains { $0.check == "excuses" })
    #expect(quoting.allSatisfy { $0.personalCategory != nil })
    let plain = DraftChecker.check("The exam was just too hard for me.")
    #expect(plain.allSatisfy { $0.personalCategory == nil })
  }

  @Test("The chat line's reading agrees with the email check of that line")
  func agrees() {
    #expect(Self.lines.count > 200)
    var named = 0
    for line in Self.lines {
      let checked = DraftChecker.check(line).contains { $0.personalCategory != nil }
      #expect(DraftChecker.namesPersonalDetails(line) == checked, "\(line)")
      if checked { named += 1 }
    }
    #expect(named >= 10, "the lines hold personal details to find")
  }
}
