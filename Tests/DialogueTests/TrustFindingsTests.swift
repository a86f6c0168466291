import AdvisorCore
import AdvisorText
import Testing

@testable import Dialogue

/// What a tester (a US IMG with a Step 1 fail, CK 226, pediatrics, Texas) found the chat saying
/// that it had not heard or could not source.
@Suite("Replies say only what was heard and what the decision says")
struct TrustFindingsTests {
  /// Tomás's profile: Step 1 passed on attempt 2, CK 226, pediatrics, US-citizen IMG, Texas.
  private static func tomas(
    evidence: Bool? = true, connections: Set<Connection> = [.facultyAdvocate],
    region: String = "houston texas"
  ) -> Profile {
    Profile(
      step1: StepResult(outcome: .pass, attempts: 2),
      step2ck: StepResult(outcome: .pass, score: 226, attempts: 1), specialty: .pediatrics,
      applicant: .usIMG, region: region, connections: connections, hook: false,
      cutoffUnmet: false, hardship: Hardship.none, clinicalEvidence: evidence)
  }

  /// Profiles reaching three of the decisions, each with the decision it reaches.
  static let decided: [(Profile, EmailDecision)] = [
    (tomas(), .facultyContact),
    (tomas(connections: []), .staySilent),
    (
      Profile(
        step1: StepResult(outcome: .pass, attempts: 2),
        step2ck: StepResult(outcome: .pass, score: 240, attempts: 1),
        specialty: .internalMedicine, applicant: .usMD, region: "anywhere", connections: [],
        hook: false, cutoffUnmet: false, hardship: Hardship.none, clinicalEvidence: true),
      .targetedEmail
    ),
  ]

  @Test(
    "The plan is said as a sentence: 'Your plan is to' and the decision's action",
    arguments: 0..<decided.count)
  func planAsSentence(index: Int) {
    let (profile, expected) = Self.decided[index]
    let advice = Advisor.advise(profile)
    #expect(advice.email.decision == expected)
    let action = DecisionWording.action(expected)
    for question in [PersonalQuestion.outlook(nil), .emailCount(every: true)] {
      let text = PersonalAnswer.document(question, advice: advice)?.plainText ?? ""
      #expect(text.contains("Your plan is to \(action)"), "\(question): \(text)")
    }
  }

  @Test("A restatement of a held value does not answer the question asked")
  func restatementLeavesQuestionOpen() {
    let profile = Self.tomas(evidence: nil)
    var patch = ProfilePatch()
    patch.specialty = .pediatrics
    let open = Acknowledgment.restated(patch, in: profile, asked: .clinicalEvidence)
    #expect(open == "I already had that: Pediatrics. It doesn't answer my question yet.")
    let answered = Acknowledgment.restated(patch, in: profile, asked: .specialty)
    #expect(answered == "Got it; I already had that: Pediatrics.")
  }

  @Test("An advocate denied who was never on record is heard as a denial, not as a match")
  func advocateDeniedIsHeard() {
    var profile = Self.tomas(evidence: nil)
    profile.connections = [.rotation]
    var patch = ProfilePatch()
    patch.removeConnections = [.facultyAdvocate]
    let reply = Acknowledgment.restated(patch, in: profile, asked: .clinicalEvidence)
    #expect(reply == "Noted: no faculty advocate. It doesn't answer my question yet.")
  }

  @Test("Every flowchart path the chat compares with a decision is a built-in entry")
  func flowchartPathsAreEntries() {
    for id in FlowchartPaths.decisionOf.keys {
      #expect(Knowledge.base.entry(id: id) != nil, "\(id)")
    }
    let paths = Knowledge.base.entries.filter { $0.id.hasPrefix("flowchart-") }.map(\.id)
    // The overview and the pending score end in no one decision; every other path is listed.
    let listed = Set(FlowchartPaths.decisionOf.keys)
    #expect(
      Set(paths).subtracting(listed) == ["flowchart-overview", "flowchart-score-pending"])
  }

  @Test("An advocate denied while no connections are on record is not said to be noted")
  func advocateDeniedWithoutConnectionsIsOnlyHeard() {
    var profile = Self.tomas(evidence: nil)
    profile.connections = nil
    var patch = ProfilePatch()
    patch.removeConnections = [.facultyAdvocate]
    let reply = Acknowledgment.restated(patch, in: profile, asked: .clinicalEvidence)
    #expect(
      reply
        == "Heard: no faculty advocate (your connections to programs are not on record yet). "
        + "It doesn't answer my question yet.")
  }

  @Test("The plan in short claims everything only when no answer could change it")
  func planInShortSaysWhatItWaitsOn() {
    let open = Advisor.advise(Self.tomas(evidence: nil))
    #expect(open.email.decision == nil)
    let waiting = Conversation.planInShort(open).plainText
    #expect(!waiting.contains("everything I need"))
    #expect(waiting.contains("still waits on your clerkship and shelf results"))
    let complete = Advisor.advise(Self.tomas())
    #expect(complete.missing.isEmpty)
    #expect(Conversation.planInShort(complete).plainText.hasPrefix("That's everything I need."))
  }

  @Test(
    "Emailing every program, with more words around it, is asked as 'every'",
    arguments: [
      ("should i email every peds program in texas", PersonalQuestion.emailCount(every: true)),
      ("should I email all the programs in houston", .emailCount(every: true)),
      ("should i email programs in texas", .shouldEmail(plain: false)),
    ])
  func everyProgram(question: String, expected: PersonalQuestion) {
    let chosen = PersonalAnswer.chosen(PersonalQuestion.recognise(question), asked: question)
    #expect(chosen == expected)
  }

  @Test("'Every program' while undecided is still a no, with the cap and what decides the rest")
  func everyWhileUndecided() {
    let advice = Advisor.advise(Self.tomas(evidence: nil))
    let text = PersonalAnswer.document(.emailCount(every: true), advice: advice)?.plainText ?? ""
    #expect(text.hasPrefix("No. Even where an email is advised, it goes to 5-15 programs"))
    #expect(text.contains("[E: FAQ: how many programs to email]"))
    #expect(text.contains("waits on your clerkship and shelf results"))
  }

  @Test("A named specialty without a matched mean is answered for that specialty")
  func scoreForSpecialtyWithoutMean() {
    let advice = Advisor.advise(Self.tomas())
    let text =
      PersonalAnswer.document(.isScoreLow(226, .transitionalYear), advice: advice)?.plainText
      ?? ""
    #expect(text.contains("no matched mean for Transitional Year"))
    #expect(!text.contains("tell me yours"))
  }

  @Test("/check says once, before the findings, that a silent plan sends no email")
  func checkWhileSilent() {
    var script = Script()
    for line in [
      "failed step 1 first try, passed second. ck 226. pediatrics", "us img", "yes",
      "texas", "no connections", "no", "no",
    ] {
      script.say(line)
    }
    #expect(script.conversation.advice.email.decision == .staySilent)
    script.say("/check")
    script.say("I am very interested in your program.")
    let reply = script.say(".").reply.plainText
    let note = "For you, the plan is not to send an email like this: it is to stay silent"
    #expect(reply.hasPrefix(note))
    #expect(reply.components(separatedBy: "the plan is not to send").count == 2)
  }

  @Test("A reply says each thing once: the steps it lists and the sensitivity it gives")
  func saidOnce() {
    var script = Script()
    script.say("us md, step 1 pass, ck 230, IM, ohio")
    let switched = script.say("actually i want gen surg now, is that realistic for me")
    #expect(switched.reply.plainText.components(separatedBy: "sensitivity to low").count == 2)
    var first = Script()
    let steps = first.say(
      "non us img from egypt, step 1 passed first try, havent taken ck yet. peds in nj. "
        + "what should i do first"
    ).reply.plainText
    #expect(steps.contains("For you, first:"))
    #expect(!steps.contains("New in your plan: Do not sit Step 2 CK"))
  }

  @Test(
    "A place typed in lower case is kept with its capitals; one typed otherwise as typed",
    arguments: [
      ("new york or new jersey", "New York or New Jersey"), ("south texas", "South Texas"),
      ("NY NJ PA", "NY NJ PA"), ("philly", "philly"),
    ])
  func placeCapitals(typed: String, kept: String) {
    var script = Script()
    script.say("us md, step 1 pass, ck 231, IM")
    script.say(typed)
    #expect(script.profile.region == kept)
  }

  /// Tester Amara (2026-12-03): a US-IMG for IM in Georgia, with an elective in Savannah and an
  /// aunt in Atlanta, and a plan of her own targeted email.
  static func amara() -> Script {
    var script = Script()
    for line in [
      "us img, step 1 failed once then passed, ck 238 first try, IM, georgia",
      "i did an elective in savannah and my aunt lives in atlanta", "yes strong comments",
    ] {
      script.say(line)
    }
    return script
  }

  @Test("A draft offers a connection only where the program's name does not place it elsewhere")
  func draftKeepsConnectionsWhereTheyAre() {
    var script = Self.amara()
    let atlanta = script.say("/draft Emory internal medicine in atlanta").reply.plainText
    #expect(!atlanta.contains("rotated"))
    #expect(atlanta.contains("your tie to Atlanta"))
    let savannah = script.say("/draft Memorial Health Savannah").reply.plainText
    #expect(savannah.contains("[Only for the program in Savannah where you rotated:]"))
    #expect(!savannah.contains("your tie to"))
    // A name without a place leaves every connection, each sentence the user's to keep where
    // it is true.
    let unplaced = script.say("/draft Memorial Health").reply.plainText
    #expect(
      unplaced.contains("where you rotated")
        && unplaced.contains("your tie to the area, if the program is near Atlanta"))
  }

  @Test("A draft to a program away from the advocate follows the path without one, and says why")
  func draftAwayFromTheAdvocate() {
    var script = Script()
    for line in [
      "non us img from india, need visa, step 1 failed twice then passed on the 3rd attempt, "
        + "ck 231 first try, psych, new york or new jersey",
      "my research mentor at a hospital in the bronx has promised to email two program "
        + "directors for me. i did an externship in paterson",
      "yes honors",
    ] {
      script.say(line)
    }
    let newark = script.say("/draft Newark Beth Israel psychiatry program").reply.plainText
    #expect(newark.contains("they are in Bronx, and this program is not"))
    #expect(newark.contains("Draft email"))
    #expect(!newark.contains("where you rotated"))
    let bronx = script.say("/draft Montefiore psychiatry in the Bronx").reply.plainText
    #expect(bronx.contains("For your faculty advocate or mentor"))
  }

  @Test("An advocate's part, after a plan without one, is said to be for someone who would speak")
  func advocateEntryIsConditional() {
    var script = Self.amara()
    let reply = script.say("who should reach out to the savannah program").reply.plainText
    #expect(reply.contains("No faculty advocate is on record for you"))
    #expect(
      reply.contains(
        "If someone at a program would speak for you (no faculty advocate is on record yet):"))
    #expect(!reply.contains("In general:"))
  }

  @Test("A draft never claims a rotation at the program named: that sentence is the user's")
  func draftRotationIsConditional() {
    var script = Script()
    for line in [
      "step 1: pass. step 2: 215", "yes, it counted as a pass (I sat it before July 2025)",
      "internal medicine", "US MD, in Michigan", "I want to stay in the midwest",
      "I did an away rotation at a program in Milwaukee last summer and the chief resident told "
        + "me I was one of the best students they'd had",
      "she's a chief resident, not faculty. nobody is going to call the PD for me", "no",
    ] {
      script.say(line)
    }
    let draft = script.say("/draft Rainbow Babies").reply.plainText
    // The rotation's place is kept, so the sentence names it: Rainbow Babies is not claimed.
    #expect(
      draft.contains(
        "[Only for the program in Milwaukee where you rotated:] I rotated with your team"))
    // Every count of programs to email carries its source.
    for question in ["should i email the program where i rotated", "do I email every program?"] {
      let paragraphs = script.say(question).reply.plainText.split(separator: "\n")
        .filter { $0.contains("5-15") }
      #expect(!paragraphs.isEmpty)
      for paragraph in paragraphs {
        #expect(paragraph.contains("[E: FAQ: how many programs to email]"), "\(paragraph)")
      }
    }
  }

  @Test("Two specialties named with 'or': the first is the choice, and that is said aloud")
  func undecidedBetweenTwo() {
    var script = Script()
    script.say("us img, step 1 pass 2019, ck 226 first try")
    #expect(script.conversation.state.pending?.slot == .specialty)
    let reply = script.say("path or psych, havent decided which").reply.plainText
    #expect(script.profile.specialty == .pathology)
    #expect(script.profile.backupSpecialties == [.psychiatry])
    #expect(reply.contains("Pathology as your first choice and Psychiatry as a backup"))
  }

  /// Topics about Boston alone are offered to applicants bound for Boston or Massachusetts, or
  /// whose region is not known, and to no one else.
  @Test(
    "Region-bound topics are offered only where they apply",
    arguments: [
      ("houston texas", false), ("anywhere", false), ("Boston", true), ("Worcester", true),
      (nil, true),
    ] as [(String?, Bool)])
  func regionalTopics(region: String?, offered: Bool) {
    let profile = Profile(region: region)
    let whyBoston = Knowledge.base.entry(id: "interview-why-boston")
    let massCopyPaste = Knowledge.base.entry(id: "mistake-mass-template-emails")
    #expect(whyBoston.map { RegionalText.suits($0, profile) } == offered)
    // Another source's title that happens to contain "Mass" is not about the region.
    #expect(massCopyPaste.map { RegionalText.suits($0, profile) } == true)
  }
}

@Suite("Personal questions in a tester's words")
struct PersonalQuestionPhrasingTests {
  @Test(
    "Each is read as the question about this applicant's own plan",
    arguments: [
      ("do i tell programs about the fail or nah", PersonalQuestion.shouldEmail(plain: false)),
      ("should i tell programs about my fail", .shouldEmail(plain: true)),
      ("is it ok for me to email the pd", .shouldEmail(plain: false)),
      ("is 226 ok for family med", .isScoreLow(226, .familyMedicine)),
      ("how many programs for peds as img", .applyCount(.pediatrics)),
      ("whats my realistic shot at EM", .outlook(.emergencyMedicine)),
      ("am i screwed", .outlook(nil)),
      ("is 224 enough for IM as IMG", .isScoreLow(224, .internalMedicine)),
      ("how many programs", .applyCount(nil)),
      ("is 216 passing", .didIPass(216)),
      ("so did i pass ck or not", .didIPass(nil)),
      ("should my mentor still make the call", .advocateCall),
      ("should i apply FM as a backup", .backup(.familyMedicine)),
      ("do i need a backup specialty", .needBackup),
      ("do i have to tell them about the fail", .mentionFailure),
      ("is 218 even a pass", .didIPass(218)),
      ("how many program i should apply, my friends img apply to 150 programs", .applyCount(nil)),
      ("should i tell about my father in PS", .mentionEvent),
      ("is 228 competitive for gen surg", .isScoreLow(228, .generalSurgery)),
      ("does my houston observership count as connection", .observershipAsTie),
      (
        "for LA programs, does my cousin in san diego count as a tie",
        .tieElsewhere(family: "San Diego", programs: "Los Angeles")
      ),
      (
        "does my aunt in los angeles count as a tie for LA programs",
        .countsAsConnection(.geographicTie)
      ),
      ("should i mention the step 1 fail in the email or just leave it", .mentionFailure),
      (
        "does my cousin in san diego count as a tie for LA programs",
        .tieElsewhere(family: "San Diego", programs: "Los Angeles")
      ),
      (
        "does my cousin in san diego help for LA programs",
        .tieElsewhere(family: "San Diego", programs: "Los Angeles")
      ),
      ("not sure about a backup , do i need one", .needBackup),
      ("what do i do this week", .nextSteps),
      ("ok so what now", .nextSteps),
      ("how many programs should i email", .emailCount(every: false)),
      ("should i at least email the houston programs", .shouldEmail(plain: false)),
      ("my student failed ck twice, should she email programs", .shouldEmail(plain: false)),
      ("where does the 250 number come from", .sourceOf("250")),
      ("where did you get 235", .sourceOf("235")),
      // Tester Adaeze (2026-12-03): any number of the plan, who reaches out, family by role.
      ("where does the 95 come from", .sourceOf("95")),
      ("where did you get 58 percent", .sourceOf("58")),
      // Tester Marco (2026-12-03): a decimal, as the plan prints it.
      ("where does the 92.6 come from", .sourceOf("92.6")),
      ("so should he contact the programs or should i email them myself", .advocateCall),
      ("who should email then, my uncle or the chicago attending", .advocateCall),
      // Tester Keisha (2026-12-04, third).
      ("what do i say about my dad in interviews", .interviewAnswer),
      // Tester Dev (2026-12-04, third).
      ("so should i email programs now or should she", .advocateCall),
      ("should i write to the pd or should my mentor", .advocateCall),
      ("should i email programs about my failed step 1", .shouldEmail(plain: true)),
      (
        "does my uncle count as a connection, he is just a nurse",
        .countsAsConnection(.geographicTie)
      ),
      ("is peds realistic with a step 1 fail and needing a visa", .outlook(.pediatrics)),
      // Tester Jordan (2026-12-03).
      ("does the away rotation count as a hook", .countsAsHook),
      ("how many EM programs should i apply to", .applyCount(.emergencyMedicine)),
      ("how many derm programs should i apply to", .applyCount(.dermatology)),
      (
        "i'm advising a student who failed step 1, should she email programs",
        .shouldEmail(plain: false)
      ),
      ("my friend said emailing is pointless, should i email programs", .shouldEmail(plain: false)),
      ("should Sam email programs?", .shouldEmail(plain: true)),
      ("ok so what should Sam do this week", .nextSteps),
      // Tester Chidinma (2026-12-03).
      (
        "what about family medicine, is it easier for me than IM",
        .outlook(.familyMedicine, or: .internalMedicine)
      ),
      // Tester Sofia (2026-12-03): a rotation in one place asked about for programs in another.
      (
        "does my chicago sub-i count as a connection for the milwaukee program",
        .rotationElsewhere(rotation: "Chicago", programs: "Milwaukee")
      ),
      // Tester Kwame (2026-12-03): "does that help me get into" asks whether a tie counts.
      (
        "my cousin lives in boston, does that help me get into a boston program",
        .countsAsConnection(.geographicTie)
      ),
      // Tester Mateo (2026-12-03): short forms of questions asked in the interview's words.
      ("does the away count", .countsAsConnection(.rotation)),
      ("my uncle in phoenix, does that matter", .countsAsConnection(.geographicTie)),
      ("how many em programs", .applyCount(.emergencyMedicine)),
      ("can my pd write to them instead", .advocateCall),
      // Tester Olu (2026-12-03): "dealbreaker" asks where the applicant stands.
      ("are 3 attempts a dealbreaker", .outlook(nil)),
      // Tester Rachel (2026-12-03): whether to apply in a specialty at all.
      ("should i apply to derm at all", .outlook(.dermatology)),
      // Tester Rachel (2026-12-03): a score supposed is answered as that number would be.
      ("what if i had 240", .isScoreLow(240, nil)),
      ("what if i had 240 on ck, would derm be realistic then", .isScoreLow(240, .dermatology)),
      // Tester Diego (2026-12-03).
      ("should i wait for my score before applying", .applicationTiming),
      ("eras opens soon, should i submit now or wait till ck comes back", .applicationTiming),
      ("is fm safe for me", .outlook(.familyMedicine)),
      // Tester Hana (2026-12-03): an illness asked about is the event's question.
      ("do I have to tell programs about my illness?", .mentionEvent),
      ("Should I mention this illness to programs?", .mentionEvent),
      // Tester Kwame (2026-12-03): a visa asked about is answered from the applicant type.
      ("do i need a visa", .needVisa),
      ("tell me if i need a visa friendly program list", .needVisa),
      // Tester Lina (2026-12-03): both specialties weighed are answered.
      (
        "is obgyn even realistic for me or should i switch to fm",
        .outlook(.obstetricsGynecology, or: .familyMedicine)
      ),
      ("im scared i wont match at all am i screwd", .outlook(nil)),
      ("should my uncle call the programs for me", .advocateCall),
      // Tester Marco (2026-12-03).
      ("what if i get like 230 on the retake", .retakeResult(230, nil)),
      ("what if my retake comes back as a fail", .retakeResult(nil, nil)),
      ("what happens if i fail again", .retakeResult(nil, nil)),
      ("what if i get 215 on my ck retake", .retakeResult(215, .step2ck)),
      ("is im realistic for me", .outlook(.internalMedicine)),
      ("would im be safer for me", .outlook(.internalMedicine)),
      // Testers Marcus and Farah (2026-12-04).
      ("is fm a safer bet for me", .outlook(.familyMedicine)),
      ("will needing j1 hurt my chances alot", .needVisa),
      ("shud i just switch to fm its safer right", .outlook(.familyMedicine)),
      ("should i switch to fm instead of im", .outlook(.familyMedicine, or: .internalMedicine)),
      ("should i email the ohio program or let dr patel handle it", .advocateCall),
      ("what do i say if an interviewer asks about the fail", .interviewAnswer),
      ("if an interviewer brings up my step score what do i say", .interviewAnswer),
      // Testers (2026-12-04): topics the sources do not cover are said to be uncovered.
      ("what if i dont match", .uncovered(.notMatching)),
      ("what happens if i go unmatched", .uncovered(.notMatching)),
      ("tell me if i should take step 3", .uncovered(.stepThree)),
      // Tester Arjun (2026-12-05).
      ("will YOG 2019 be a problem", .uncovered(.graduationYear)),
      ("i graduated in 2019, is that too long ago", .uncovered(.graduationYear)),
      ("where does that number come from", .sourceOf("")),
      ("does my cousin count", .countsAsConnection(.geographicTie)),
      ("what should my email say", .emailContent),
      // Tester Jamal (2026-12-04): slang for a specialty asked about.
      ("is 231 ok for gas", .isScoreLow(231, .anesthesiology)),
      // Tester Sofia (2026-12-04): a language asked about as a hook.
      (
        "does speaking portuguese count as a hook for boston programs",
        .languageAsHook("Portuguese")
      ),
      ("what does the advisor estimate mean", .estimateMeaning),
      ("does the letter count as an advocate", .letterAsAdvocate),
      ("should i take step 3 before applying", .uncovered(.stepThree)),
      // A held-out phrasing (2026-12-03, sixth session): a why asked as the whole line.
      ("can you explain why", .whyDecision),
      ("how come", .whyDecision),
      // Tester Priyanka (2026-12-03).
      ("will the visa be a problem for psych", .needVisa),
      (
        "does my observership in brooklyn count as connection for new york programs",
        .observershipAsTie
      ),
      // Tester Jonah (2026-12-03).
      ("does that count as a pass", .didIPass(nil)),
      // Tester Amara (2026-12-03): a tie's place against the programs', asked with "count for".
      (
        "does my aunt in atlanta count for programs in savannah",
        .tieElsewhere(family: "Atlanta", programs: "Savannah")
      ),
    ])
  func recognised(question: String, expected: PersonalQuestion) {
    #expect(PersonalQuestion.recognise(question) == expected)
  }

  @Test(
    "Another applicant's question is not the user's own",
    arguments: [
      "my classmate failed ck twice, should she email programs",
      "my friend got 205, is her score bad",
    ])
  func anotherApplicants(question: String) {
    #expect(PersonalQuestion.recognise(question) == nil)
  }

  @Test(
    "Ordinary questions that share a phrase's words are not read as that question",
    arguments: [
      ("should i email or just handle it in my personal statement", "advocateCall"),
      ("how do i handle it if programs ask why i failed", "advocateCall"),
      ("should i email programs or let my scores speak for themselves", "advocateCall"),
      ("is it easier to email the pd myself or have my mentor call", "outlook"),
      ("what should i do differently on the retake so i dont fail again", "retakeResult"),
      ("can you help me with my email, my aunt lives in boston", "countsAsConnection"),
      ("for LA programs, does my cousin in san diego count", "placeAsTie"),
      ("can you explain why programs screen by score", "whyDecision"),
      // Review (2026-12-04): the session's new phrases, on lines they must leave alone.
      ("should i apply to more programs or should my list stay at 80", "advocateCall"),
      ("does a letter count more than my step score", "letterAsAdvocate"),
      ("why do you think i should apply to so many community programs", "whyDecision"),
      ("what do i write in the email to my letter writer", "emailContent"),
      ("should i mention my grandpa is a retired surgeon at that hospital", "mentionEvent"),
      ("what if my scores dont match the program's minimum", "uncovered"),
    ])
  func notMisread(question: String, not kind: String) {
    let read = PersonalQuestion.recognise(question).map { "\($0)" } ?? "none"
    #expect(!read.hasPrefix(kind), "\(read)")
  }

  @Test(
    "A request for a draft in words names its program as typed, or none",
    arguments: [
      ("can u write me a draft email for the detroit program", "the detroit program"),
      ("can u write me a draft email i can send to the PD at brigham", "brigham"),
      ("can you write a draft email for the Spokane PD", "Spokane"),
      ("write an email to the pd at uw", "uw"),
      ("can you write me an email", nil),
      ("write me an email for my advocate", nil),
      (
        "can u write me a draft email for the detroit program in michigan",
        "the detroit program in michigan"
      ),
      ("can you write me an email for a program", nil),
      ("write an email to the program to ask about cutoffs", nil),
      ("write me an email to the detroit program for my advocate", "the detroit program"),
      // Tester Sofia (2026-12-03): a place alone after "to" names its program.
      ("can you write the email my pd should send to milwaukee", "milwaukee"),
      // Tester Wei (2026-12-03): a courtesy is no part of the program's name.
      (
        "Can you write me a draft email for the Sacramento program please?",
        "the Sacramento program"
      ),
      ("write an email to chicago about my retake", nil),
      // Tester Priya (2026-12-04): a program named by whose it is leaves its name to fill in.
      ("can u write me a draft for my cousins program in newark", "[program name] in Newark"),
      ("write a draft for my uncle's program", "[program name]"),
      // Tester Jamal (2026-12-04): a program described, not named.
      ("draft me an email for a chi program pls", "[program name] in Chicago"),
      // Review (2026-12-04): a program named after "a" or "my" keeps its name.
      ("draft an email to a Mount Sinai program", "the Mount Sinai program"),
      ("draft an email to my Rutgers program", "the Rutgers program"),
      // Tester Tyler (2026-12-05): the command's argument is read as the words would be.
      ("/draft Cooper EM", "Cooper EM"),
      ("/draft the program director at Cooper", "Cooper"),
      // Second review (2026-12-05): spans count UTF-8 bytes, so a wider character before the
      // name cuts nothing off it.
      ("/draft the pd at\u{00A0}Cooper", "Cooper"),
      ("/draft the pd at 🏥 Cooper", "Cooper"),
      ("/draft for my attending", nil),
      // Tester Priya (2026-12-05): the words after the director are no part of the name.
      ("what should the email to the San Diego PD say", "San Diego"),
    ] as [(String, String?)])
  func draftNamesItsProgram(line: String, program: String?) {
    let interpretation = Understanding.interpret(
      Utterance(line), context: UnderstandingContext(profile: Profile(), pending: nil))
    #expect(interpretation.intents == [.command(.draft)])
    #expect(interpretation.commandArgument == program)
  }

  @Test(
    "A request for a draft says whose it is: the applicant's own, an advocate's, or the plan's",
    arguments: [
      ("can u write a draft email for my mentor to send to the seattle PD", false, true),
      ("/draft for my attending", false, true),
      ("/draft Cooper EM", false, false),
      ("can u write an email i send myself to an LA program", true, false),
      ("can u write me a draft email for the detroit program", false, false),
      // Tester Hana (2026-12-03): what an advocate should write is the advocate's draft.
      ("what should my elective PD write in her email to the Boston PD?", false, true),
      // Tester Olu (2026-12-03): what the surgeon should say when he calls.
      ("what should the surgeon say when he calls", false, true),
      // Tester Marcus (2026-12-05): what to send the attending who will put in a word.
      (
        "can you draft the email for the attending, like what i send her so she can put in a "
          + "word with the pd", false, true
      ),
      ("write me an email to my mentor so he can put in a word", false, true),
    ])
  func draftSaysWhoseItIs(line: String, own: Bool, advocate: Bool) {
    let interpretation = Understanding.interpret(
      Utterance(line), context: UnderstandingContext(profile: Profile(), pending: nil))
    #expect(interpretation.intents == [.command(.draft)])
    #expect(interpretation.ownDraft == own)
    #expect(interpretation.advocateDraft == advocate)
  }

  @Test(
    "Two questions joined by \"and\" are asked apart; a statement and its short question stay one",
    arguments: [
      ("should i email and how many programs?", 2),
      ("i emailed 3 programs already and what now?", 1),
      ("how many programs and what should my mentor say", 2),
      // Tester Priyanka (2026-12-03).
      ("how many programs should i apply to and is 231 good for psych", 2),
      ("should i email programs and does my cousin count", 2),
      ("will boston programs still prefer us md and do grads over me?", 1),
    ])
  func questionsJoinedByAnd(line: String, count: Int) {
    let parts = IntentClassifier.sentenceParts(Utterance(line))
    #expect(IntentClassifier.questions(parts).count == count)
  }
}
