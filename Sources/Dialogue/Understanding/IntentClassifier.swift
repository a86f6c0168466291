import AdvisorCore

/// Reads what a line asks for beyond slots: commands, questions, "why do you ask", yes/no to
/// nothing, skip, not sure, greetings, thanks, farewells.
enum IntentClassifier {

  /// The line's intents that stand alone (whole-line forms), or nil when the line is content.
  static func wholeLine(_ utterance: Utterance) -> [Intent]? {
    let trimmed = utterance.original.trimmingWhitespace
    if trimmed.isEmpty { return [.empty] }
    if trimmed.hasPrefix("/") {
      let word = trimmed.dropFirst().prefix { !$0.isWhitespace }.lowercased()
      return [.command(slashCommands[word] ?? .unknown)]
    }
    let line = utterance.words.joined(separator: " ")
    if line.isEmpty { return [] }
    let closed = closing(utterance.words)
    if Lexicon.farewells.contains(line) || Lexicon.farewells.contains(closed)
      || endsWithFarewell(utterance.words)
    {
      return [.farewell]
    }
    // "ok undo that", "ugh lets start over": the command with courtesies around it.
    if let command = wordCommands[line] ?? wordCommands[closed] {
      return [.command(command)]
    }
    if utterance.containsAny(draftVerbs) && asksForDraft(utterance)
      || asksForAdvocateBrief(utterance)
    {
      return [.command(.draft)]
    }
    if Lexicon.greetings.contains(line) { return [.greeting] }
    if !utterance.tokens.contains(where: \.isAllCaps), isThanks(utterance.words) {
      return [.thanks]
    }
    if Lexicon.skip.contains(line) || Lexicon.skipLeads.contains(where: line.hasPrefix) {
      return [.skip]
    }
    if Lexicon.unsure.contains(line) { return [.unsure] }
    if Lexicon.whyAsk.contains(line)
      || Lexicon.whyAsk.contains(where: { $0 != "why" && line.hasPrefix($0) })
    {
      return [.whyAsk]
    }
    return nil
  }

  /// "can u write me a draft email for the PD": a request that leads the line, with only
  /// courtesies before it; not a part of a line that says more ("ck 221, IM, help me write an
  /// email").
  private static func asksForDraft(_ utterance: Utterance) -> Bool {
    let tokens = utterance.tokens
    guard !tokens.contains(where: { $0.kind == .number }),
      let start = tokens.firstStart(of: draftRequests)
    else { return false }
    return tokens[..<start].allSatisfy { !$0.isWord || draftLeads.contains($0.text) }
  }

  /// "what should my elective PD write in her email to the Boston PD", "can u write what my
  /// attending should send the tulsa pd": what an advocate would say, which is the advocate's
  /// draft.
  static func asksForAdvocateBrief(_ utterance: Utterance) -> Bool {
    let words = utterance.words
    let request = words.drop { draftLeads.contains($0) && $0 != "what" }
    // Who should say it is the advocate, never the applicant ("what should i send the pd
    // after my attending calls").
    let ownWords = ["i", "we"].contains { words.starts(with: ["what", "should", $0]) }
    return briefOpeners.contains { words.starts(with: $0) || request.starts(with: $0) }
      && !ownWords && utterance.containsAny(briefVerbs)
      && (utterance.containsAny(ConnectionExtractor.advocatePeople)
        || utterance.containsAny(briefSpeakers))
  }

  /// What `/draft`'s argument asks for, read as the words would be: the advocate's brief ("for
  /// my attending", with a program named beside it kept: "for my mentor to the cooper pd"), or
  /// a program, without the director every draft addresses ("the program director at Cooper"
  /// is Cooper), or else the argument as typed.
  static func draftArgument(_ argument: String) -> (program: String?, forAdvocate: Bool) {
    let said = Utterance(argument)
    if said.words.starts(with: ["for", "my"]),
      said.containsAny(ConnectionExtractor.advocatePeople) || said.containsAny(advocateDraftPhrases)
    {
      return (draftAddressee(said), true)
    }
    guard
      let lead = programRoleLeads.first(where: {
        said.tokens.count > $0.count && said.tokens.has($0, at: 0)
      })
    else { return (argument, false) }
    // Spans count UTF-8 bytes in the line as typed.
    let start = said.tokens[lead.count].span.lowerBound
    return (String(decoding: argument.utf8.dropFirst(start), as: UTF8.self), false)
  }

  /// Words before a program's name that name its director, whom every draft addresses
  /// ("/draft the program director at Cooper").
  static let programRoleLeads: [[String]] = [
    ["the", "program", "director", "at"], ["program", "director", "at"], ["the", "pd", "at"],
    ["pd", "at"], ["the", "pd", "of"], ["the", "program", "director", "of"],
  ]

  /// Words that open a program's description without naming it ("a chi program").
  static let unnamingArticles: Set<String> = ["a", "an", "any", "some", "one"]

  /// The program a request for a draft names, as typed: the first run after a "for" or "to"
  /// that names a program ("write me a draft email for the detroit program" → "the detroit
  /// program"); the program's own words where only its director is named before them ("to the
  /// PD at brigham" → "brigham", "for the Spokane PD" → "Spokane"); nil when no run names a
  /// program, or names none but in general words ("for a program").
  static func draftAddressee(_ utterance: Utterance) -> String? {
    let tokens = utterance.tokens
    for lead in tokens.indices where draftAddresseeLeads.contains(tokens[lead].text) {
      // "... for the Sacramento program please": a courtesy ends the name.
      var named = tokens[(lead + 1)...].prefix {
        $0.kind != .punctuation && !draftAddresseeLeads.contains($0.text)
          && !RegionExtractor.listCourtesies.contains($0.text)
      }
      guard let program = named.firstIndex(where: { draftProgramWords.contains($0.text) })
      else {
        // "the email my pd should send to milwaukee": a place alone names its program.
        let place = named.drop { $0.text == "the" }
        if !place.isEmpty, Gazetteer.places[place.map(\.text).joined(separator: " ")] != nil {
          return place.map(\.original).joined(separator: " ")
        }
        continue
      }
      if draftDirectorWords.contains(named[program].text),
        let at = named[program...].firstIndex(where: { ["at", "in"].contains($0.text) }),
        at + 1 < named.endIndex
      {
        named = named[(at + 1)...]
      } else if draftDirectorWords.contains(named[program].text) {
        // "the email to the San Diego PD say": the director ends the program's name.
        named = named[..<program].drop { $0.text == "the" }
      }
      let own = named.filter {
        !draftGeneralWords.contains($0.text) && !draftProgramWords.contains($0.text)
      }
      guard !own.isEmpty else { continue }
      // "my cousins program in newark", "a chi program": a program named by whose it is, or
      // by no name at all, has no name here; the name is left to fill in, beside the place if
      // one is said.
      // ("a Mount Sinai program", "my Rutgers program" keep their names: "the Mount Sinai
      // program".)
      let describedBy = Set(ConnectionExtractor.familyMembers.texts).union(["friend", "friends"])
      let nameWords = named.dropFirst().filter { word in
        !draftGeneralWords.contains(word.text) && !draftProgramWords.contains(word.text)
          && !Gazetteer.isPlaceWord(word.text) && !["in", "at", "the"].contains(word.text)
          && !describedBy.contains(word.text)
          && !describedBy.contains(String(word.text.dropLast()))
      }
      if let first = named.first,
        Lexicon.possessives.contains(first.text) || unnamingArticles.contains(first.text),
        !nameWords.isEmpty
      {
        return (["the"] + named.dropFirst().map(\.original)).joined(separator: " ")
      }
      if let first = named.first,
        Lexicon.possessives.contains(first.text) || unnamingArticles.contains(first.text)
      {
        let place =
          named.firstIndex { ["in", "at"].contains($0.text) }.map { at in
            let typed = named[(at + 1)...].map(\.original).joined(separator: " ")
            return Gazetteer.places[typed.lowercased()] ?? typed
          }
          // "a chi program": a place named before the word for the program.
          ?? named.first { Gazetteer.isPlaceWord($0.text) }.map {
            Gazetteer.places[$0.text] ?? $0.original
          }
        return "[program name]" + (place.map { $0.isEmpty ? "" : " in " + $0 } ?? "")
      }
      return named.map(\.original).joined(separator: " ")
    }
    return nil
  }

  /// Words that are thanks: a whole line of thanks, or thanks wrapped in courtesies ("that's
  /// really helpful, thank you": nothing but courtesies, a word of thanks among them).
  static func isThanks(_ words: [String]) -> Bool {
    Lexicon.thanks.contains(words.joined(separator: " "))
      || !words.isEmpty
        && words.allSatisfy { Lexicon.courtesies.contains($0) || Lexicon.praise.contains($0) }
        && words.contains(where: Lexicon.thanksWords.contains)
  }

  /// Thanks and praise, or another sign-off, then a sign-off: "ok thank you that actually helps
  /// a lot, bye", "gotta go, bye".
  private static func endsWithFarewell(_ words: [String]) -> Bool {
    guard let last = words.last, Lexicon.farewellWords.contains(last) else { return false }
    let before = Array(words.dropLast())
    let closing = closing(before)
    return before.allSatisfy { Lexicon.courtesies.contains($0) || Lexicon.praise.contains($0) }
      || Lexicon.farewells.contains(closing) || Lexicon.thinkingItOver.contains(closing)
  }

  /// The words of a sign-off without the courtesies around it: "ok thanks bye" → "bye",
  /// "alright that's all for now" → "that is all".
  private static func closing(_ words: [String]) -> String {
    var words = words[...]
    while let first = words.first, Lexicon.courtesies.contains(first) { words = words.dropFirst() }
    while let last = words.last, Lexicon.trailingCourtesies.contains(last) {
      words = words.dropLast()
    }
    // Longer than any sign-off or command with every tail after it: it is none, and a long
    // line is not joined and searched for tails.
    guard words.count <= closingReach else { return "" }
    var line = words.joined(separator: " ")
    for tail in Lexicon.closingTails where line.hasSuffix(" " + tail) {
      line.removeLast(tail.count + 1)
    }
    return line
  }

  /// The most words a closing can have: the longest sign-off or word command, and every tail.
  private static let closingReach =
    (Lexicon.farewells.map(\.self) + wordCommands.keys).map(wordCount).max(by: <).map {
      $0 + Lexicon.closingTails.map(wordCount).reduce(0, +)
    } ?? 0

  private static func wordCount(_ phrase: String) -> Int {
    phrase.split(separator: " ").count
  }

  /// A sentence of the line, and where its question part starts, if it asks.
  struct SentencePart: Equatable {
    var tokens: [Utterance.Token]
    var questionStart: Int?
    /// The sentence before its question part: what it states.
    var statement: ArraySlice<Utterance.Token> { tokens[..<(questionStart ?? tokens.count)] }
  }

  /// The line's sentences with their question starts, worked out once for the questions and
  /// the statements alike.
  static func sentenceParts(_ utterance: Utterance) -> [SentencePart] {
    utterance.sentences.flatMap { sentence -> [SentencePart] in
      // "230 minimum i think??": a statement the user is unsure of, not a question; nor is an
      // answer said with a rising voice ("um kind of?", "yes?").
      let isQuestion =
        sentence.isQuestion && !endsOnHedge(sentence.tokens) && !isAnswer(sentence.tokens)
        && !hedgesOwnNumber(sentence.tokens)
      let part = SentencePart(
        tokens: sentence.tokens,
        questionStart: questionStart(sentence.tokens, endsWithQuestionMark: isQuestion)
          ?? (isQuestion ? lastListItem(sentence.tokens) : nil))
      return splitAtFacts(part)
    }
  }

  /// "should i email programs, i failed step 1 once and got 226": a question that goes on, after
  /// a comma, to state the user's own facts is two parts, the question and what it states, so
  /// the facts are heard rather than read as part of the question.
  private static func splitAtFacts(_ part: SentencePart) -> [SentencePart] {
    guard part.questionStart == 0, !part.tokens.isEmpty else { return [part] }
    let tokens = part.tokens
    guard
      let comma = tokens.indices.dropFirst(2).first(where: { index in
        tokens[index].text == "," && index + 1 < tokens.count
          && Lexicon.factOpeners.contains { tokens.has($0, at: index + 1) }
      })
    else { return [part] }
    var facts = Array(tokens[(comma + 1)...])
    // "is 231 good enough, i got it on my second attempt": "it" is the question's one number.
    let asked = tokens[..<comma].filter { $0.kind == .number }
    if asked.count == 1, !facts.contains(where: { $0.kind == .number }),
      let pronoun = facts.indices.dropFirst().prefix(3).first(where: {
        Lexicon.numberPronouns.contains(facts[$0].text)
          && Lexicon.scoringVerbs.contains(facts[$0 - 1].text)
      })
    {
      facts[pronoun] = asked[0]
    }
    return [
      SentencePart(tokens: Array(tokens[..<comma]), questionStart: 0),
      SentencePart(tokens: facts, questionStart: nil),
    ]
  }

  /// Whether the sentence's words, fillers aside, are a whole answer: a yes, a no, or a hedge.
  private static func isAnswer(_ tokens: [Utterance.Token]) -> Bool {
    // A whole answer is a few words: a longer sentence needs no reading.
    guard tokens.count <= 8 else { return false }
    let words = tokens.filter { $0.isWord && !Lexicon.questionFillers.contains($0.text) }
      .map(\.text)
    return !words.isEmpty
      && (YesNo(words).line != nil || Lexicon.unsure.contains(words.joined(separator: " ")))
  }

  /// Whether a clause of the sentence opens on a hedge about the user's own number ("ck... i
  /// think i got 236?"): a score said unsure, in a rising voice, is no question.
  private static func hedgesOwnNumber(_ tokens: [Utterance.Token]) -> Bool {
    guard tokens.contains(where: { $0.kind == .number }) else { return false }
    return tokens.indices.contains { index in
      (index == 0 || tokens[index - 1].kind == .punctuation)
        && Lexicon.hedgeOpeners.contains { hedge in
          tokens.has(hedge, at: index) && tokens.word(at: index + hedge.count) == "i"
        }
    }
  }

  /// Whether the sentence's last words are a hedge ("… i think").
  private static func endsOnHedge(_ tokens: [Utterance.Token]) -> Bool {
    let words = tokens.lazy.filter(\.isWord).map(\.text)
    return Lexicon.hedgeOpeners.contains { hedge in
      words.count >= hedge.count && words.suffix(hedge.count).elementsEqual(hedge)
    }
  }

  /// A "?" sentence with no question word asks in its last item when it is a list of three or
  /// more ("IMG from india, need visa, ck 231, IM, realistic?"): the items before are said.
  /// So does one whose first part speaks of the user ("i want gen surg, maybe IM as backup??").
  private static func lastListItem(_ tokens: [Utterance.Token]) -> Int {
    let commas = tokens.indices.filter { tokens[$0].text == "," }
    guard let last = commas.last, last + 1 < tokens.count else { return 0 }
    // The user speaks of themselves first, and the last clause asks about something else.
    let aboutMe =
      tokens[..<last].contains { Lexicon.firstPerson.contains($0.text) }
      && !tokens[(last + 1)...].contains { Lexicon.firstPerson.contains($0.text) }
    return commas.count >= 2 || aboutMe ? last + 1 : 0
  }

  /// Where a question starts within `tokens` (a clause beginning with a question word), if any.
  static func questionStart(_ tokens: [Utterance.Token], endsWithQuestionMark: Bool) -> Int? {
    var clauseStart = true
    for (index, token) in tokens.enumerated() {
      if token.kind == .punctuation {
        clauseStart = true
        continue
      }
      // Fillers keep the clause open: "ok so honestly is my score bad", "no i mean how many".
      let filler =
        Lexicon.questionFillers.contains(token.text) || tokens.has(["i", "mean"], at: index)
      defer { clauseStart = clauseStart && filler }
      guard clauseStart || Utterance.linkingWords.contains(tokens[max(0, index - 1)].text) else {
        continue
      }
      let text = token.text
      if Lexicon.statementOpeners.contains(where: { tokens.has($0, at: index) })
        || !endsWithQuestionMark
          && Lexicon.droppedSubjectOpeners.contains(where: { tokens.has($0, at: index) })
          && !tokens[index...].prefix(while: {
            $0.kind != .punctuation && !Lexicon.judgedPartEnds.contains($0.text)
          }).contains(where: { Lexicon.judgingVerbs.contains($0.text) })
      {
        continue
      }
      if text == "why" || text == "tips" || text == "explain" { return index }
      // A request phrased as a statement ("tell me how…", "I wonder whether…").
      if Lexicon.requestOpeners.contains(where: { tokens.has($0, at: index) }) { return index }
      if index == 0, Lexicon.openQuestionWords.contains(text) { return index }
      // "is 230 enough for anesthesia", "do DO students have a shot"; "do derm programs
      // sponsor visas", "are IM residents" (but "... and will call programs for me": a modal
      // after "and" goes on a statement).
      // "is s1 214 low for IM": an exam's name after it, as a number would be.
      if Lexicon.auxiliaries.contains(text), text != "did",
        index + 1 < tokens.count
          && (tokens[index + 1].kind == .number || tokens[index + 1].isAllCaps
            || index == 0 && ExamExtractor.patternFirstWords.contains(tokens[index + 1].text))
          || (index == 0 || !Utterance.linkingWords.contains(tokens[index - 1].text))
            && tokens[(index + 1)..<min(tokens.count, index + 5)].contains(where: {
              Lexicon.groupNouns.contains($0.text)
            })
      {
        return index
      }
      // "is fm safer than im for me", "would peds be realistic"; "is Boston realistic for EM",
      // "is speaking Spanish a hook".
      if Lexicon.specialtyQuestionAuxiliaries.contains(text),
        tokens.word(at: index + 1).map(Specialty.nameFirstWords.contains) == true
          || token.original != "IS"
            && tokens[(index + 1)..<min(tokens.count, index + 6)].contains(where: {
              Lexicon.evaluativeWords.contains($0.text)
                || (clauseStart && Lexicon.countsAsNouns.contains($0.text))
            })
      {
        return index
      }
      if text == "does", index + 1 < tokens.count, tokens[index + 1].isWord,
        tokens[index + 1].text != "not"
      {
        return index
      }
      // "do observerships count as us clinical experience": "do" opening a clause, its verb a
      // few words on.
      if text == "do", clauseStart, token.original != "DO",
        tokens.dropFirst(index + 2).prefix(while: { $0.kind != .punctuation }).prefix(3).contains(
          where: { auxiliaryQuestionVerbs.contains($0.text) })
      {
        return index
      }
      guard starters.contains(text), token.original != "DO", token.original != "IS" else {
        continue
      }
      let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
      let allowed = ["do", "does", "did"].contains(text) ? auxiliarySubjects : subjects
      if allowed.contains(next) || (endsWithQuestionMark && !next.isEmpty) { return index }
    }
    if let counts = countsQuestion(tokens) { return counts }
    if endsWithQuestionMark, let hedge = hedgedQuestion(tokens) { return hedge }
    if let tagged = taggedQuestion(tokens) { return tagged }
    if let either = eitherWayQuestion(tokens) { return either }
    return embeddedQuestion(tokens) ?? conditionalQuestion(tokens) ?? runOnQuestion(tokens)
  }

  /// "i graduated in 2024 is yog a problem for im programs": a question run on after a
  /// statement without a mark: an auxiliary, its subject, then what it is asked to be.
  private static func runOnQuestion(_ tokens: [Utterance.Token]) -> Int? {
    tokens.indices.dropFirst().first { index in
      guard Lexicon.runOnAuxiliaries.contains(tokens[index].text),
        index + 1 < tokens.count, tokens[index + 1].isWord || tokens[index + 1].kind == .number,
        !Lexicon.runOnNonSubjects.contains(tokens[index + 1].text),
        !Lexicon.runOnStatementSubjects.contains(tokens[index - 1].text)
      else { return false }
      // Up to the next auxiliary: "my ck was 221 is that ok" asks from "is", and the "was"
      // clause before it says the score.
      let rest = tokens[(index + 2)...].prefix(4).prefix {
        $0.kind != .punctuation && !Lexicon.runOnAuxiliaries.contains($0.text)
      }
      return rest.indices.contains { at in
        Lexicon.runOnJudgements.contains {
          tokens.has($0, at: at) && at + $0.count <= rest.endIndex
        }
      }
    }
  }

  /// Where "does that count", "is that a hook" starts, anywhere in the sentence.
  static func countsQuestion(_ tokens: [Utterance.Token]) -> Int? {
    tokens.indices.first { index in
      guard index == 0 || !["asked", "asking", "ask"].contains(tokens[index - 1].text) else {
        return false
      }
      return Lexicon.countsQuestions.contains { tokens.has($0, at: index) }
    }
  }

  /// A statement ending in a tag ("… is a fail for me then", "… is 218 now right") asks
  /// whether it holds: the question is its last clause.
  private static func taggedQuestion(_ tokens: [Utterance.Token]) -> Int? {
    guard let last = tokens.last, Lexicon.questionTags.contains(last.text) else { return nil }
    // "208 was right", "that is correct": the word a copula leads to is said, not a tag.
    // "it was scored back then": a time, not a tag.
    if tokens.count >= 2,
      Lexicon.copulas.contains(tokens[tokens.count - 2].text)
        || Lexicon.timeBeforeThen.contains(tokens[tokens.count - 2].text)
    {
      return nil
    }
    let start = lastClauseStart(tokens)
    if tokens[start...].contains(where: { Lexicon.copulas.contains($0.text) }) { return start }
    // "so the attending should email the pd, not me right": a short tail after a clause with
    // a verb of duty asks about that clause.
    guard start > 0, tokens.count - start <= 4, Lexicon.modalTags.contains(last.text) else {
      return nil
    }
    let previous = lastClauseStart(Array(tokens[..<(start - 1)]))
    return tokens[previous..<start].contains { Lexicon.taggedModals.contains($0.text) }
      ? previous : nil
  }

  /// A clause ending in "or not" ("i have chance or not") asks whether it holds: the question
  /// is that clause.
  private static func eitherWayQuestion(_ tokens: [Utterance.Token]) -> Int? {
    let words = tokens.filter(\.isWord)
    guard words.count > 2,
      Lexicon.eitherWayTails.contains(where: { tail in
        words.suffix(tail.count).map(\.text) == tail
      })
    else { return nil }
    return lastClauseStart(tokens)
  }

  /// Where the sentence's last clause starts: after its last mark.
  private static func lastClauseStart(_ tokens: [Utterance.Token]) -> Int {
    (tokens.lastIndex { $0.kind == .punctuation }).map { $0 + 1 } ?? 0
  }

  /// Where a hedge ("i think") opens the question of a sentence that ends in "?"; a hedge
  /// that ends the sentence ("230 minimum i think??") only qualifies a statement.
  private static func hedgedQuestion(_ tokens: [Utterance.Token]) -> Int? {
    tokens.indices.first { index in
      Lexicon.hedgeOpeners.contains { hedge in
        tokens.has(hedge, at: index)
          && tokens[(index + hedge.count)...].filter(\.isWord).count >= 2
      }
    }
  }

  /// "if a program says 230 minimum and I have 225 should I still apply": a supposition that
  /// asks something is a question from its first word; nothing in it is a fact.
  private static func conditionalQuestion(_ tokens: [Utterance.Token]) -> Int? {
    guard let first = tokens.first, Lexicon.conditionalOpeners.contains(first.text) else {
      return nil
    }
    let asks = zip(tokens, tokens.dropFirst()).contains { pair in
      Lexicon.auxiliaries.contains(pair.0.text) && auxiliarySubjects.contains(pair.1.text)
    }
    return asks ? 0 : nil
  }

  /// A question inside a clause ("if an interviewer asks about it what do I say"): a question
  /// word, an auxiliary and a subject in a row. The question starts where its clause does.
  private static func embeddedQuestion(_ tokens: [Utterance.Token]) -> Int? {
    var clauseStart = 0
    for index in tokens.indices {
      if tokens[index].kind == .punctuation {
        clauseStart = index + 1
        continue
      }
      guard index + 2 < tokens.count, Lexicon.questionWords.contains(tokens[index].text),
        Lexicon.auxiliaries.contains(tokens[index + 1].text),
        auxiliarySubjects.contains(tokens[index + 2].text)
      else { continue }
      return clauseStart
    }
    return nil
  }

  /// The parts of the line that ask the knowledge base something, one per sentence, as their
  /// tokens. A question of a few words keeps the statement before it in the line ("I already
  /// sent them a long email... what now?"): on its own it could be about anything.
  static func questions(_ parts: [SentencePart]) -> [[Utterance.Token]] {
    asked(parts).flatMap(splitAtSecondQuestion)
  }

  /// "should i email and how many programs?", "should i email, how many should i apply to, and
  /// is FM realistic": questions joined by "and" or a comma, each asked on its own; a later one
  /// keeps nothing of the one before.
  private static func splitAtSecondQuestion(_ tokens: [Utterance.Token]) -> [[Utterance.Token]] {
    guard
      let and = tokens.indices.dropFirst(2).first(where: { index in
        // "... and is 231 good for psych": what follows asks on its own from its first word,
        // an auxiliary other than "do" ("us md and do grads" is the degree).
        Lexicon.questionJoiners.contains(tokens[index].text) && index + 2 < tokens.count
          // "what if i know faculty there, who should reach out": a supposition, then what it
          // asks.
          && !(tokens[index].text == "," && opensOnSupposition(tokens))
          // "should i email programs, is that a good idea": the second points back at the first.
          && !tokens[(index + 1)...].prefix(2).contains {
            backReferences.contains($0.text) || $0.text == "it"
          }
          && (Lexicon.openQuestionWords.contains(tokens.word(at: index + 1) ?? "")
            || joinedQuestionAuxiliaries.contains(tokens.word(at: index + 1) ?? "")
              && questionStart(Array(tokens[(index + 1)...]), endsWithQuestionMark: false) == 0)
      }),
      // Only a question before it stands alone ("i emailed 3 programs already and what now?"
      // is one question about the statement).
      questionStart(Array(tokens[..<and]), endsWithQuestionMark: false) != nil
    else { return [tokens] }
    return [Array(tokens[..<and])] + splitAtSecondQuestion(Array(tokens[(and + 1)...]))
  }

  /// Whether the sentence opens, past its fillers, on a supposition ("ok what if ...", "when i
  /// email programs, ...").
  private static func opensOnSupposition(_ tokens: [Utterance.Token]) -> Bool {
    let start = tokens.firstIndex { !Lexicon.questionFillers.contains($0.text) } ?? 0
    return Lexicon.suppositionOpeners.contains { tokens.has($0, at: start) }
  }

  private static func asked(_ parts: [SentencePart]) -> [[Utterance.Token]] {
    var statement: [Utterance.Token] = []
    return parts.compactMap { part -> [Utterance.Token]? in
      let tokens = part.tokens
      let start = part.questionStart
      let before = statement
      statement = start == nil ? tokens : []
      guard let start, asks(part) else { return nil }
      let question = tokens[start...]
      let words = question.filter { $0.kind != .punctuation }
      // "does that count as a connection": "that" is the statement before.
      // A short one naming its own specialty ("is EM still realistic") carries nothing: the
      // specialties said before it ("honors in IM and peds") are not what it asks about.
      let pointsBack = words.prefix(2).contains { backReferences.contains($0.text) }
      let isShort =
        pointsBack
        || words.count <= 4
          && !MentionRecognizer.mentions(in: Utterance(tokens: Array(question), original: ""))
            .contains { $0.specialty != nil }
      let context = !isShort ? [] : start > 0 ? Array(tokens[..<start]) : before
      return context + question
    }
  }

  /// Whether a sentence's question part asks enough to be answered: two words, one of them
  /// longer than a syllable ("ok?" does not).
  static func asks(_ part: SentencePart) -> Bool {
    let words = part.tokens.filter { $0.kind != .punctuation }
    return words.count >= 2 && words.contains(where: { $0.text.count > 2 })
  }
}
