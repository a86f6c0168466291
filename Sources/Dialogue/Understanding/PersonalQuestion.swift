import AdvisorCore

/// A question whose answer depends on this applicant ("should I email?", "is my score low?"):
/// answered first from the decision for this profile, then from the matching entry.
enum PersonalQuestion: Sendable, Hashable {
  /// "Should I email programs about my score?"; `plain` when the question adds nothing beyond
  /// that (then the entry for this applicant's branch of the decision follows).
  case shouldEmail(plain: Bool)
  /// "Should I email every program?", "how many programs should I email?"
  case emailCount(every: Bool)
  /// "Is my score low?", "is 250 even considered low for IM?": the number and the specialty
  /// asked about, if the question names them.
  case isScoreLow(Int?, Specialty?)
  /// "Is my s1 214 low for IM?": a scored Step 1 (before 2022), the number asked about if any;
  /// never read against Step 2 CK's pass marks.
  case step1Level(Int?)
  /// "Why stay silent?", "why is 229 not a rebound?": the reasoning behind the decision.
  case whyDecision
  /// "How many programs should I apply to?": applications, not emails, in the specialty the
  /// question names if it names one ("how many derm programs").
  case applyCount(Specialty?)
  /// "Am I screwed?", "what are my chances?", "what's my shot at peds?": where this applicant
  /// stands, in the specialty the question names if it names one, and in a second one it
  /// weighs against it ("is obgyn realistic or should i switch to fm").
  case outlook(Specialty?, or: Specialty? = nil)
  /// "So did I fail?", "is 219 even passing?": the result on record, or what the pass marks
  /// make of the number asked about.
  case didIPass(Int?)
  /// "What if a program lists 230 as a minimum?", "I heard most programs want 230": a program's
  /// minimum set against this applicant's Step 2 CK.
  case statedCutoff(Int)
  /// "Does my aunt in Newark count as a tie?": whether what the question names is a connection,
  /// and which (nil when it names none the advisor can tell).
  case countsAsConnection(Connection?)
  /// "Does Newark count as a tie?": a place, which is a tie only through what links the
  /// applicant to it.
  case placeAsTie(String)
  /// "Does my cousin in San Diego count as a tie for LA programs?": family in one place, asked
  /// about programs in another.
  case tieElsewhere(family: String, programs: String)
  /// "Does the observership count as a connection?": observing is no tie by itself.
  case observershipAsTie
  /// "Does the away rotation count as a hook?", "is that a hook for me?": whether a hook is on
  /// record for this applicant, beside the entry on what makes one.
  case countsAsHook
  /// "Does speaking Portuguese count as a hook?": where a language is one, and that it is not
  /// counted until a program the applicant wants serves its speakers (the languages named, as
  /// a list: "Hindi or Gujarati").
  case languageAsHook(String)
  /// "What do I say if an interviewer asks about my score?": the plan's interview answer, with
  /// the results on record it can rest on.
  case interviewAnswer
  /// "Should I mention my dad's illness?": the event behind the score.
  case mentionEvent
  /// "Do I have to tell them about the fail?", "should I mention the step 1 fail in the
  /// email?": where this applicant's plan addresses the score, and whether an email does.
  case mentionFailure
  /// "Should I apply FM as a backup?": how realistic that backup is for this applicant.
  case backup(Specialty?)
  /// "Do I need a backup?": whether this applicant's plan calls for a backup specialty.
  case needBackup
  /// "Do I need a visa?", "tell me if i need a visa friendly program list": what the applicant
  /// type on record says of it, before the entry on sponsorship.
  case needVisa
  /// "Does my chicago sub-i count as a connection for the milwaukee program": a rotation in one
  /// place, asked about programs in another.
  case rotationElsewhere(rotation: String, programs: String)
  /// "Should I wait for my score before applying?": when to submit, which the sources do not
  /// cover; said so, with what the plan does say while a result is awaited.
  case applicationTiming
  /// "What if I don't match?", "should I take Step 3?": a topic the sources do not cover, said
  /// so plainly, with what this applicant's plan does say beside it.
  case uncovered(UncoveredTopic)
  /// "What does 'the advisor's estimate' mean?": what the tag marks and how such a number is
  /// made.
  case estimateMeaning
  /// "Does a letter count as an advocate?": a letter is not advocacy, said with its source.
  case letterAsAdvocate
  /// "What should my email say?": what the plan's own email holds, or, when the plan is not to
  /// write about the score, that it stays out of any note.
  case emailContent
  /// "Should my mentor still make the call?": what the plan says of the advocate's outreach.
  case advocateCall
  /// "What do I do this week?", "what now?": the first steps of this applicant's plan, which
  /// answer alone (an entry found by the words would be another applicant's next step).
  case nextSteps
  /// "What did I tell you my CK score was?", "do you remember where my partner is?": what the
  /// advisor holds of this applicant, which answers alone.
  case recall
  /// "What if I get 230 on the retake?", "what if my retake comes back a fail?": the decision
  /// for this profile with that result (no score: a fail) for the exam named, if one is,
  /// beside the plan as it stands.
  case retakeResult(Int?, Exam?)
  /// "Where does the 250 come from?": the sentences of this applicant's advice that use the
  /// number, each with its source ("" for "that number": the one the advisor said last).
  case sourceOf(String)

  /// Answered from the profile or the plan alone: an entry found by the words would be about
  /// someone else (or, for a number's source, about other words of the question; for a
  /// connection named, about another kind of tie).
  var standsAlone: Bool {
    switch self {
    case .nextSteps, .recall, .sourceOf, .retakeResult, .needBackup: true
    case .countsAsConnection(let connection): connection != nil
    case .placeAsTie, .observershipAsTie, .tieElsewhere, .rotationElsewhere, .applicationTiming,
      .uncovered, .estimateMeaning, .letterAsAdvocate:
      true
    default: false
    }
  }

  /// The entry that answers the general form of the question, when the search should not pick.
  var entryID: String? {
    switch self {
    // "What are my chances": how often applicants of each kind match, not whatever the words
    // happen to find (they found program signaling).
    case .outlook(nil, nil): "figures-match-rates"
    case .emailCount: "faq-how-many-to-email"
    case .isScoreLow, .step1Level: "boston-what-counts-as-low"
    case .mentionEvent: "when-email-acute-event"
    case .statedCutoff: "snapshot-below-listed-cutoff"
    case .mentionFailure: "address-personal-statement"
    case .languageAsHook: "when-email-hooks-that-matter"
    case .shouldEmail, .whyDecision, .applyCount, .outlook, .didIPass, .nextSteps, .advocateCall,
      .backup, .recall, .sourceOf, .countsAsConnection, .placeAsTie, .countsAsHook,
      .observershipAsTie, .retakeResult, .interviewAnswer, .needBackup, .tieElsewhere,
      .rotationElsewhere, .applicationTiming, .uncovered, .emailContent, .estimateMeaning,
      .letterAsAdvocate:
      nil
    case .needVisa: "img-visa-sponsorship"
    }
  }

  /// Whether the question names Step 1 and not Step 2 CK ("is my s1 214 low for IM").
  private static func namesStep1Only(_ utterance: Utterance) -> Bool {
    let exams = Set(ExamExtractor.examMentions(utterance.tokens).compactMap(\.exam))
    return exams == [.step1]
  }

  /// The personal question `text` asks, if any. The first row that matches wins.
  static func recognise(_ text: String) -> PersonalQuestion? {
    let utterance = asTheApplicant(Utterance(text))
    // "is 216 passing", "is 250 a pass": a score asked about by the words after it.
    let tokens = utterance.tokens
    let askedScore = tokens.compactMap(\.number).first(where: LineCues.scoreLike.contains)
    if let index = tokens.indices.first(where: { index in
      tokens[index].number.map(LineCues.scoreLike.contains) == true
        && passWordsAfterScore.contains { tokens.has($0, at: index + 1) }
    }) {
      let number = tokens[index].number
      return namesStep1Only(utterance) ? .step1Level(number) : .didIPass(number)
    }
    // "what if a program lists 230 as a minimum": a cutoff, read as the line's cues read one
    // (only in a line with a number).
    if tokens.contains(where: { $0.kind == .number }),
      let cutoff = LineCues(
        utterance, statements: utterance, asks: true,
        context: UnderstandingContext(profile: Profile(), pending: nil)
      ).statedCutoffs.first
    {
      return .statedCutoff(cutoff)
    }
    // "what if i had 240": a score supposed, answered as that number would be (never stored);
    // a retake supposed is the retake's own question, below.
    if utterance.containsAny(hypotheticalScoreLeads), !utterance.containsAny(retakeWords),
      let number = askedScore
    {
      return namesStep1Only(utterance)
        ? .step1Level(number) : .isScoreLow(number, specialty(namedIn: utterance))
    }
    // "how many em programs": the phrases read again without the specialty named between
    // their words, only for a line that names one (made when first needed).
    lazy var withoutSpecialty: Utterance? = {
      let named = MentionRecognizer.mentions(in: utterance).filter { $0.specialty != nil }
      guard !named.isEmpty else { return nil }
      let dropped = Set(named.flatMap(\.tokens))
      return Utterance(
        tokens: utterance.tokens.indices.filter { !dropped.contains($0) }.map { tokens[$0] },
        original: utterance.original)
    }()
    // "is it worth applying with my score": the outlook, when nothing else is asked.
    var weighsNoneNamed = false
    for (question, phrases) in table {
      guard
        let found = utterance.firstIndex(of: phrases)
          ?? withoutSpecialty.flatMap({ $0.firstIndex(of: phrases) })
      else { continue }
      let phraseWords = Set(phrases.words[found])
      let plain = utterance.words.allSatisfy { phraseWords.contains($0) || fillers.contains($0) }
      switch question {
      case .isScoreLow:
        let own = utterance.words.contains { ["my", "i", "me", "mine"].contains($0) }
        guard own || askedScore != nil else { continue }
        if namesStep1Only(utterance) { return .step1Level(askedScore) }
        return .isScoreLow(askedScore, specialty(namedIn: utterance))
      case .outlook:
        let named = specialties(namedIn: utterance)
        if named.isEmpty, weighingSpecialty.words.contains(phrases.words[found]) {
          // Only a line that asks nothing else ("is it worth applying with my score"; not
          // "... before my retake").
          weighsNoneNamed = utterance.words.allSatisfy {
            phraseWords.contains($0) || fillers.contains($0) || weighingFillers.contains($0)
          }
          continue
        }
        return named.count > 1
          ? .outlook(named[0], or: named[1]) : .outlook(specialty(namedIn: utterance))
      case .applyCount: return .applyCount(specialty(namedIn: utterance))
      case .backup: return .backup(specialty(namedIn: utterance))
      case .didIPass:
        return namesStep1Only(utterance) ? .step1Level(askedScore) : .didIPass(askedScore)
      case .nextSteps:
        // "I already sent a long email... what now?" asks about what it says, not the plan.
        let asksOnlyThat = utterance.words.allSatisfy {
          phraseWords.contains($0) || fillers.contains($0) || whenWords.contains($0)
        }
        if asksOnlyThat { return question }
      case .emailContent:
        // "what do i write in the email to my letter writer": another email than the plan's.
        if utterance.containsAny(otherEmails) { continue }
        return question
      case .countsAsHook:
        // "i speak hindi and gujarati": every language named, as a list ("Hindi or Gujarati").
        let languages = utterance.words.filter(Lexicon.languages.contains).reduce(into: [String]())
        {
          let name = $1.prefix(1).uppercased() + $1.dropFirst()
          if !$0.contains(name) { $0.append(name) }
        }
        return languages.isEmpty
          ? question : .languageAsHook(languages.joinedAsList(conjunction: "or"))
      case .emailCount(every: true): if plain { return question }
      case .whyDecision: if plain || phrases.texts != plainWhyAsks.texts { return question }
      case .sourceOf:
        // About a number outside an exam's name: "where does the 250 come from", "the 95",
        // "where did you get 58 percent" (not the "2" of "step 2").
        let examWords = Set(ExamExtractor.examMentions(utterance.tokens).flatMap(\.tokens))
        // The number as typed, decimals kept ("92.6").
        guard
          let number = utterance.tokens.indices.first(where: {
            !examWords.contains($0) && utterance.tokens[$0].kind == .number
          })
        else {
          // "where does that number come from": the number the advisor said last (resolved by
          // the conversation, which heard it).
          if utterance.containsAny(numberPointers) { return .sourceOf("") }
          continue
        }
        return .sourceOf(utterance.tokens[number].text)
      case .retakeResult:
        // "what should i do differently on the retake" asks for no result.
        guard utterance.containsAny(retakeSuppositions),
          askedScore != nil || utterance.containsAny(retakeFails)
        else { continue }
        return .retakeResult(askedScore, ExamExtractor.examMentions(utterance.tokens).first?.exam)
      case .shouldEmail: return .shouldEmail(plain: plain)
      case .countsAsConnection:
        if let places = familyAndPrograms(in: utterance) {
          return .tieElsewhere(family: places.family, programs: places.programs)
        }
        if let places = rotationAndPrograms(in: utterance) {
          return .rotationElsewhere(rotation: places.rotation, programs: places.programs)
        }
        // "does the away count": the phrase itself may name the connection.
        let asked =
          [utterance.removing(phrases), utterance].lazy.map(connection(namedIn:))
          .first { $0 != .countsAsConnection(nil) } ?? .countsAsConnection(nil)
        // "my mom was sick in boston during ck, does that matter": an event's question, not a
        // tie's.
        if utterance.containsAny(mattersPhrases),
          utterance.containsAny(CircumstanceExtractor.eventCues)
        {
          continue
        }
        // "does my cousin help": only a question that names a tie asks whether it counts.
        guard
          !utterance.containsAny(helpPhrases)
            || asked != .countsAsConnection(nil) && !utterance.containsAny(helpRequests)
        else { continue }
        return asked
      default: return question
      }
    }
    return weighsNoneNamed ? .outlook(nil) : nil
  }

  /// The specialties a question names, each once, in the order named.
  private static func specialties(namedIn utterance: Utterance) -> [Specialty] {
    namedMentions(utterance).reduce(into: []) { named, mention in
      if let specialty = mention.specialty, !named.contains(specialty) {
        named.append(specialty)
      }
    }
  }

  /// The specialty a question names ("is 226 ok for family med", "my shot at peds"), if any.
  private static func specialty(namedIn utterance: Utterance) -> Specialty? {
    let patch = SpecialtyExtractor.read(
      utterance, mentions: namedMentions(utterance),
      context: UnderstandingContext(profile: Profile(), pending: .specialty), cues: LineCues()
    ).patch
    // "FM as a backup" names FM, read as a backup.
    return patch.specialty ?? patch.addBackups.first
  }

  /// The mentions a question names, short specialty names counted as when one is asked for.
  private static func namedMentions(_ utterance: Utterance) -> [Mention] {
    // A question about a specialty's outlook asks about a specialty: the short names count as
    // when the advisor asks for one ("my shot at fm"); words such as "family" or "path" do not
    // ("my family thinks so", "my career path").
    // "im" opening a clause is "I'm" ("im scared i won't match"; not "is im realistic").
    let tokens = utterance.tokens
    return MentionRecognizer.mentions(in: utterance).filter { mention in
      let start = mention.tokens.lowerBound
      let text = tokens[start].text
      let opensClause =
        start == 0 || tokens[start - 1].kind == .punctuation
        || Utterance.linkingWords.contains(tokens[start - 1].text)
      return mention.confidence != .whenAsked
        || mention.tokens.count == 1 && SpecialtyExtractor.shortAliases.contains(text)
          && !(text == "im" && opensClause)
    }
  }

  /// "my cousin in san diego ... for LA programs": the place family is in, and another place
  /// the programs asked about are in (after "for", "to", "at" or "in"), by their gazetteer
  /// names; nil unless both are named and differ.
  private static func familyAndPrograms(in utterance: Utterance) -> (
    family: String, programs: String
  )? {
    let tokens = utterance.tokens
    let places = MentionRecognizer.mentions(in: utterance).taken { $0.place != nil }
    guard places.count >= 2,
      let member = tokens.firstIndex(where: { RegionExtractor.tieWords.contains($0.text) })
    else { return nil }
    // The family's place is the first named after the family member ("my cousin in san
    // diego"); the programs' is another led by "for", "to", "at" or "in" ("for LA programs").
    guard let home = places.first(where: { $0.tokens.lowerBound > member }),
      let programs = places.first(where: { mention in
        mention != home
          && Gazetteer.placeLeads.contains(tokens.word(at: mention.tokens.lowerBound - 1) ?? "")
      })
    else { return nil }
    return distinctNames(home, programs, in: tokens)
  }

  /// "my chicago sub-i ... for the milwaukee program": the place a rotation named was in (the
  /// first place named) and another the programs asked about are in; nil unless both are named
  /// and differ.
  private static func rotationAndPrograms(in utterance: Utterance) -> (
    rotation: String, programs: String
  )? {
    let tokens = utterance.tokens
    // Observing is no rotation: "does my observership in brooklyn count" is not asked so.
    guard tokens.contains(where: { RegionExtractor.rotationWords.contains($0.text) }),
      !utterance.containsAny(ConnectionExtractor.observedOnly)
    else { return nil }
    let places = MentionRecognizer.mentions(in: utterance).taken { $0.place != nil }
    guard places.count >= 2 else { return nil }
    let led = { (mention: Mention) in
      let start = mention.tokens.lowerBound
      let before = tokens.word(at: start - 1) ?? ""
      return Gazetteer.placeLeads.contains(before)
        || before == "the" && Gazetteer.placeLeads.contains(tokens.word(at: start - 2) ?? "")
    }
    guard let programs = places.last(where: led),
      let rotation = places.first(where: { $0 != programs })
    else { return nil }
    return distinctNames(rotation, programs, in: tokens)
  }

  /// The gazetteer names of two place mentions, nil when they name the same place or one is
  /// in the other ("brooklyn" and "new york").
  private static func distinctNames(
    _ first: Mention, _ second: Mention, in tokens: [Utterance.Token]
  ) -> (String, String)? {
    let (one, other) = (placeName(first, in: tokens), placeName(second, in: tokens))
    let within = Gazetteer.state(of: one) == other || Gazetteer.state(of: other) == one
    return one == other || within ? nil : (one, other)
  }

  /// A place mention's gazetteer name, a city's short name written out ("LA": Los Angeles).
  private static func placeName(_ mention: Mention, in tokens: [Utterance.Token]) -> String {
    let written = Gazetteer.places[tokens[mention.tokens].map(\.text).joined(separator: " ")]
    return written.map(Gazetteer.fullName) ?? mention.place ?? ""
  }

  /// Where the question `text` puts `connection` ("does my gf in columbus count as a tie":
  /// Columbus), read as an answer to the connections question would be; nil when it names no
  /// one place for it.
  static func place(of connection: Connection, in text: String) -> String? {
    asConnectionsAnswer(Utterance(text)).patch.connectionPlaces[connection].flatMap {
      $0.count == 1 ? $0[0] : nil
    }
  }

  /// A question read as an answer to the connections question would be, from no profile.
  private static func asConnectionsAnswer(_ utterance: Utterance) -> Interpretation {
    ConnectionExtractor.read(
      utterance, mentions: MentionRecognizer.mentions(in: utterance),
      context: UnderstandingContext(profile: Profile(), pending: .connections), cues: LineCues())
  }

  /// The one connection a question names ("my aunt in newark": a geographic tie), or the place
  /// it names alone ("newark"), read as an answer to the connections question would be.
  private static func connection(namedIn utterance: Utterance) -> PersonalQuestion {
    let read = asConnectionsAnswer(utterance)
    let added = read.patch.addConnections
    if added.isEmpty, case .clarify(let asked)? = read.intents.first {
      if case .tie(let place) = asked { return .placeAsTie(place) }
      if asked == .observership { return .observershipAsTie }
    }
    // "does my uncle count, he is just a nurse": family, wherever they are, is what the advisor
    // counts as a geographic tie (where they live decides for which programs).
    if added.isEmpty, utterance.words.contains(where: RegionExtractor.tieWords.contains) {
      return .countsAsConnection(.geographicTie)
    }
    return .countsAsConnection(added.count == 1 ? added.first : nil)
  }

  /// The question as the applicant would ask it: an adviser's "she", "her", "my student" read
  /// as "I" and "my" (``speakingFor``); the utterance itself when it has none of them, when it
  /// names another applicant (a friend, a classmate), whose question it is, or when the user
  /// speaks as "I" in it.
  private static func asTheApplicant(_ utterance: Utterance) -> Utterance {
    // "my classmate failed ck twice, should she email": another applicant's question is not the
    // user's own. "should he contact them or should i email myself": beside the user's own
    // "i", "he" is someone else (an advocate), unless the user says they speak for a student
    // ("i'm advising a student who failed, should she email").
    let speaksAsThemselves =
      utterance.words.contains(where: ["i", "me", "myself"].contains)
      && !utterance.words.contains(where: advisees.contains)
    guard utterance.tokens.firstStart(of: Lexicon.otherApplicantPeople) == nil,
      !speaksAsThemselves
    else {
      return utterance
    }
    let tokens = utterance.tokens
    // "should Sam email programs", "what should Sam do this week": a name after the auxiliary
    // is the applicant the adviser speaks for (a place, a specialty or an exam is not a name).
    let words = tokens.indices.map { index in
      isApplicantsName(at: index, in: tokens) ? "i" : tokens[index].text
    }
    var rewritten: [String] = []
    var rest = words[...]
    while let word = rest.first {
      let swap = speakingFor.first { rest.starts(with: $0.words) }
      rewritten += swap?.reading ?? [word]
      rest = rest.dropFirst(swap?.words.count ?? 1)
    }
    return rewritten == tokens.map(\.text)
      ? utterance : Utterance(rewritten.joined(separator: " "))
  }

  /// A capitalised word right after an auxiliary ("should Sam", "does Priya") that names
  /// nothing the advisor knows: a person's name.
  private static func isApplicantsName(at index: Int, in tokens: [Utterance.Token]) -> Bool {
    let token = tokens[index]
    return index > 0 && token.isWord && Lexicon.auxiliaries.contains(tokens[index - 1].text)
      && token.original.first?.isUppercase == true && !token.isAllCaps
      && !Gazetteer.isPlaceWord(token.text) && !Specialty.nameFirstWords.contains(token.text)
      && !ExamExtractor.patternFirstWords.contains(token.text)
      && !CommonWords.words.contains(token.text)
  }
}

/// A question's topic that neither article nor the public figures cover.
public enum UncoveredTopic: Sendable, Hashable {
  /// What to do after an unmatched cycle (the SOAP, reapplying).
  case notMatching
  /// USMLE Step 3: whether to take it before the Match, how programs weigh it.
  case stepThree
  /// The year of graduation: how programs weigh the years since medical school.
  case graduationYear
  /// "Where does that number come from?" asked with no reply before it (`advisor ask`): which
  /// number is meant is unknown.
  case unnamedNumber

  /// The uncovered topic `question` asks about, if it asks about one (`advisor ask` says so
  /// instead of answering with the nearest entry, which would be about something else).
  public static func asked(in question: String) -> UncoveredTopic? {
    switch PersonalQuestion.recognise(question) {
    case .uncovered(let topic)?: topic
    case .sourceOf("")?: .unnamedNumber
    default: nil
    }
  }
}

/// For `advisor ask`, which has no profile: the entry that answers the general form of a
/// question about the applicant's own plan ("what are my chances" → how often each kind of
/// applicant matches), as the chat picks it, rather than the entry its words happen to find.
public enum GeneralEntry {
  public static func id(answering question: String) -> String? {
    PersonalQuestion.recognise(question)?.entryID
  }
}
