import Testing

/// `advisor ask` searches a question as the chat does.
@Suite("advisor ask and the chat search alike")
struct AskSearchTests {
  @Test(
    "A place no entry names does not sink the question, in ask as in the chat; the query is reported as typed"
  )
  func unknownPlace() throws {
    let advisor = try AdvisorProcess()
    let question = "should i mention my uncle in houston in the email"
    let asked = try advisor.run(["ask", question])
    #expect(asked.status == 0, "\(asked.stdout)")
    #expect(asked.stdout.contains("Naming your tie to the area in the email"))
    // A case for emailing, found for facts whose plan is silence, is introduced as another
    // case (as the chat introduces it); `/why` is named only as the chat's command.
    let other = try advisor.run([
      "ask", "i failed step 1 once and have ck 219, should i email programs",
    ])
    #expect(
      other.stdout.contains(
        "For comparison, a case in which an email does help, which is not yours:\n"
          + "A failure followed by a clear rebound"), "\(other.stdout)")
    #expect(!other.stdout.contains("/why shows every step"), "\(other.stdout)")
    #expect(!other.stdout.contains("In general:"), "\(other.stdout)")
    let otherJSON = try advisor.run([
      "ask", "--json", "i failed step 1 once and have ck 219, should i email programs",
    ])
    #expect(
      otherJSON.stdout.contains(
        "\"lead\": \"For comparison, a case in which an email does help, which is not yours:\""),
      "\(otherJSON.stdout)")
    let chat = try advisor.run(["chat"], input: question + "\n")
    #expect(chat.stdout.contains("Naming your tie to the area in the email"))
    let json = try advisor.run(["ask", "--json", question])
    #expect(
      json.stdout.contains("\"query\": \"\(question)\"")
        || json.stdout.contains("\"query\":\"\(question)\""))
  }

  @Test(
    "A topic the sources do not cover is said to be uncovered, exit 1, not answered by the entry its words find"
  )
  func uncoveredTopic() throws {
    let advisor = try AdvisorProcess()
    let asked = try advisor.run(["ask", "what happens if i dont match"])
    #expect(asked.status == 1, "\(asked.stdout)")
    #expect(asked.stdout.contains("The sources don't cover what to do after an unmatched cycle"))
    #expect(!asked.stdout.contains("Average Step 2 CK of matched applicants"))
    let json = try advisor.run(["ask", "--json", "should i take step 3"])
    #expect(json.status == 1)
    #expect(json.stdout.contains("The sources don't cover USMLE Step 3"))
    #expect(json.stdout.contains("\"answer\": null") || json.stdout.contains("\"answer\":null"))
    // With no reply before it, "that number" is asked back.
    let pointed = try advisor.run(["ask", "where does that number come from"])
    #expect(pointed.status == 1)
    #expect(pointed.stdout.contains("Which number do you mean?"))
  }

  @Test(
    "A question about one's own plan is answered by the entry the chat uses for its general form"
  )
  func generalEntry() throws {
    let advisor = try AdvisorProcess()
    for question in ["what are my chances", "am i even competitive"] {
      let asked = try advisor.run(["ask", question])
      #expect(asked.status == 0, "\(asked.stdout)")
      #expect(asked.stdout.hasPrefix("Match rates by applicant type"), "\(asked.stdout)")
    }
  }

  @Test(
    "A question that states the asker's facts is answered for them first, as the chat and advise decide, then by the entry for their path"
  )
  func statedFacts() throws {
    let advisor = try AdvisorProcess()
    let question = "should i email programs, i failed step 1 once and got 226 on ck"
    let asked = try advisor.run(["ask", question])
    #expect(asked.status == 0, "\(asked.stdout)")
    #expect(asked.stdout.hasPrefix("For you: stay silent about the score."), "\(asked.stdout)")
    #expect(asked.stdout.contains("That is for the facts in your question only"))
    // The entry for a failure without a clear rebound, not the one for a clear rebound.
    #expect(
      asked.stdout.contains("In general:\nFailed without clear improvement"), "\(asked.stdout)")
    let chat = try advisor.run(["chat"], input: question + "\n")
    #expect(chat.stdout.contains("For you: stay silent about the score."), "\(chat.stdout)")
    let json = try advisor.run(["ask", "--json", question])
    #expect(json.stdout.contains("\"for_you\": \"For you: stay silent"), "\(json.stdout)")
    // Without facts, nothing is said for the asker.
    let plain = try advisor.run(["ask", "--json", "should i email programs"])
    #expect(plain.stdout.contains("\"for_you\": null"), "\(plain.stdout)")
    // A result the question names as the asker's own counts among the facts.
    let owned = try advisor.run([
      "ask", "should i email programs about my failed step 1, i got 232 on ck",
    ])
    #expect(owned.stdout.contains("(Step 1 failed · Step 2 CK 232"), "\(owned.stdout)")
    // Tester Ahmed (2026-12-05): failures named in the plural are the asker's own too.
    let plural = try advisor.run(["ask", "should i email programs about my ck fails"])
    #expect(plural.stdout.contains("(Step 2 CK failed)"), "\(plural.stdout)")
    // Tester Tyler (2026-12-05): a question that carries its own number is answered for it,
    // as the chat answers it before it knows anything.
    let numbered = try advisor.run(["ask", "is 219 low for em"])
    #expect(
      numbered.stdout.hasPrefix(
        "A Step 2 CK of 219 is below the mean of matched US MD seniors in "
          + "Emergency Medicine"), "\(numbered.stdout)")
    #expect(numbered.stdout.contains("That is for the number in your question only"))
    // Second review (2026-12-05): a Step 1 number is not read against Step 2 CK's pass marks,
    // and an answer for the number stands without "no confident answer" or exit 1.
    let step1 = try advisor.run(["ask", "did i pass step 1 with a 205"])
    #expect(!step1.stdout.contains("Step 2 CK of 205"), "\(step1.stdout)")
    #expect(step1.stdout.contains("a Step 1 of 205"), "\(step1.stdout)")
    let passing = try advisor.run(["ask", "is 219 passing"])
    #expect(passing.status == 0, "\(passing.stdout)")
    #expect(!passing.stdout.contains("confident answer"), "\(passing.stdout)")
  }

  @Test("A typo in the question is mended before the search, as the chat mends it")
  func mendedTypos() throws {
    let advisor = try AdvisorProcess()
    let typed = try advisor.run(["ask", "--json", "is 221 good enogh for IM"])
    let spelt = try advisor.run(["ask", "--json", "is 221 good enough for IM"])
    #expect(typed.status == 0, "\(typed.stdout)")
    #expect(typed.stdout.contains("\"query\": \"is 221 good enogh for IM\""))
    let id = { (output: String) in output.split(separator: "\n").first { $0.contains("\"id\"") } }
    #expect(id(typed.stdout) == id(spelt.stdout))
  }
}
