import AdvisorCore

/// Something of the domain named in a line (pipeline step 2): what it is, where it was typed,
/// and how sure the reading is. Mentions are recognised once, from the lexicon, before any
/// reader runs; a reader takes the ones it needs and decides from the words around them
/// (negation, what the advisor asked) whether they fill its slot.
struct Mention: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    /// A specialty by one of its names, abbreviations or misspellings ("peds", "anesthesiolgy").
    case specialty(Specialty)
    /// A name several specialties share ("prelim").
    case specialties([Specialty])
    /// A place from the gazetteer, as the user wrote it ("south Texas" names "Texas").
    case place(String)
    /// An exam by any of its names ("step 2 ck", "CK", "s1").
    case exam(Exam)
    /// A number where a score stands: 120 to 300, not a count ("240 programs"), a duration, a
    /// percentile or the scale ("out of 300"; "233/300" keeps only 233 as a token). Whether it
    /// is a program's requirement rather than the user's score is ``LineCues``' to say.
    case score(Int)
    /// A number said to be wrong ("239, not 229", "instead of 229").
    case deniedScore(Int)
    /// A count of attempts ("3 attempts", "attempt 2").
    case attempts(Int)
  }

  /// How far the words alone carry the reading.
  enum Confidence: Sendable, Hashable {
    /// Said outright: the name, in a form that means nothing else.
    case stated
    /// One typo away from a specialty's long name.
    case misspelt
    /// A word that names this only as the answer to the advisor's question for its slot
    /// ("gas" for a specialty, "im" before a verb, "me" for Maine).
    case whenAsked
  }

  var kind: Kind
  /// The mention's tokens, as positions in the utterance's tokens.
  var tokens: Range<Int>
  /// Where it was typed: UTF-8 offsets into the line as the user typed it. Readers work on
  /// ``tokens``; the span is for showing where a mention was typed, and today only the tests
  /// read it.
  var span: Range<Int>
  var confidence: Confidence
}

extension Mention {
  /// A number's reading: a score, a denied score or a count of attempts.
  var isNumber: Bool {
    switch kind {
    case .score, .deniedScore, .attempts: true
    default: false
    }
  }

  /// The exam this names, if it names one.
  var exam: Exam? { if case .exam(let exam) = kind { exam } else { nil } }
  /// The specialty this names, if it names one.
  var specialty: Specialty? { if case .specialty(let specialty) = kind { specialty } else { nil } }
  /// The place this names, as written, if it names one.
  var place: String? { if case .place(let name) = kind { name } else { nil } }
  /// The score this reads, if it reads one.
  var score: Int? { if case .score(let value) = kind { value } else { nil } }
  /// The number this says is wrong, if it says one is.
  var deniedScore: Int? { if case .deniedScore(let value) = kind { value } else { nil } }
}

extension [Mention] {
  /// The mentions read left to right as a reader takes them: at each token, the first mention
  /// `accept` takes (the longest, as they are ordered), never one overlapping a mention taken.
  func taken(where accept: (Mention) -> Bool) -> [Mention] {
    var taken: [Mention] = []
    var next = 0  // the first token not yet covered
    for mention in self where mention.tokens.lowerBound >= next && accept(mention) {
      taken.append(mention)
      next = mention.tokens.upperBound
    }
    return taken
  }
}

/// Recognises the mentions in an utterance from the domain lexicon: every reading at every
/// token, ordered by the token, then longest first (a misspelling last).
enum MentionRecognizer {
  /// What adds one reading: its kind, its tokens, its confidence.
  typealias Add = (Mention.Kind, Range<Int>, Mention.Confidence) -> Void

  static func mentions(in utterance: Utterance) -> [Mention] {
    recognise(utterance.tokens) { index, tokens, add in
      if tokens[index].kind == .number { return number(at: index, in: tokens, add: add) }
      specialties(at: index, in: tokens, add: add)
      places(at: index, in: tokens, add: add)
      exams(at: index, in: tokens, add: add)
    }
  }

  /// The exam names alone, for a reader of a line's answer to a follow-up question.
  static func exams(in tokens: [Utterance.Token]) -> [Mention] {
    recognise(tokens) { index, tokens, add in
      if tokens[index].isWord { exams(at: index, in: tokens, add: add) }
    }
  }

  /// The readings `read` finds at each word, with their spans.
  private static func recognise(
    _ tokens: [Utterance.Token], _ read: (Int, [Utterance.Token], Add) -> Void
  ) -> [Mention] {
    var mentions: [Mention] = []
    for index in tokens.indices where tokens[index].kind != .punctuation {
      read(index, tokens) { kind, range, confidence in
        let start = tokens[range.lowerBound].span.lowerBound
        let span = start..<tokens[range.upperBound - 1].span.upperBound
        mentions.append(Mention(kind: kind, tokens: range, span: span, confidence: confidence))
      }
    }
    return mentions
  }

  /// What the number at `index` is, read from the words beside it; nothing when it is no score
  /// (a year, an age, a count, the scale).
  private static func number(at index: Int, in tokens: [Utterance.Token], add: Add) {
    guard let value = tokens[index].number else { return }
    let previous = tokens.word(at: index - 1) ?? ""
    let next = tokens.word(at: index + 1) ?? ""
    // "not 229", "instead of 229", "3 tries not 2": the words before it say it is wrong (not
    // "8 weeks not 4", a length).
    if Lexicon.denyingWords.contains(previous)
      || Lexicon.denyingPairs.contains([tokens.word(at: index - 2) ?? "", previous]),
      !ExamExtractor.notScoreUnits.contains(tokens.word(at: index - 2) ?? "")
    {
      add(.deniedScore(value), index..<index + 1, .stated)
    } else if ExamExtractor.attemptUnits.contains(next) {
      add(.attempts(value), index..<index + 2, .stated)
    } else if ExamExtractor.attemptLeads.contains(previous), value < 10 {
      add(.attempts(value), index..<index + 1, .stated)
    } else if ExamExtractor.sittingCountLeads.contains(previous), value < 10,
      index + 1 == tokens.count || tokens[index + 1].endsSentence
    {
      add(.attempts(value), index..<index + 1, .stated)
    } else if LineCues.scoreLike.contains(value), !ExamExtractor.notScoreUnits.contains(next),
      !ExamExtractor.notScoreLeads.contains(where: { tokens.has($0, at: index - $0.count) }),
      // "uwsa2 said 240", "hoping for 240": a practice test's number or a hope, not a sitting.
      !tokens[max(0, index - 3)..<index].contains(where: {
        ExamExtractor.notASittingLeads.contains($0.text)
      })
    {
      add(.score(value), index..<index + 1, .stated)
    }
  }

  /// Every exam name starting at `index`, in the lexicon's order (longest first).
  private static func exams(at index: Int, in tokens: [Utterance.Token], add: Add) {
    guard ExamExtractor.patternFirstWords.contains(tokens[index].text) else { return }
    for pattern in ExamExtractor.patterns where tokens.has(pattern.words, at: index) {
      add(.exam(pattern.exam), index..<index + pattern.words.count, .stated)
    }
  }

  /// Every specialty name starting at `index`, longest first, then a misspelt long name.
  private static func specialties(at index: Int, in tokens: [Utterance.Token], add: Add) {
    let first = tokens[index]
    defer {
      if let specialty = misspelt(first.text) {
        add(.specialty(specialty), index..<index + 1, .misspelt)
      }
    }
    guard Specialty.nameFirstWords.contains(first.text) else {
      if let specialty = SpecialtyExtractor.contextualNames[first.text] {
        add(.specialty(specialty), index..<index + 1, .whenAsked)
      }
      return
    }
    // "im applying pediatrics": "I'm", whatever is asked.
    if first.text == "im", !first.isAllCaps, let next = tokens.word(at: index + 1),
      SpecialtyExtractor.iAmFollowers.contains(next) || (next.count > 4 && next.hasSuffix("ing"))
    {
      return
    }
    let longest = min(Specialty.longestNameWords, tokens.count - index)
    for length in stride(from: longest, through: 1, by: -1) {
      let slice = tokens[index..<index + length]
      guard slice.allSatisfy(\.isWord) else { continue }
      // Tokens are already lower-cased words: the phrase is in the names' normalized form.
      let phrase = slice.map(\.text).joined(separator: " ")
      // Worked out only for a name: most first words ("in", "general") start none.
      func plainWord() -> Bool {
        length > 1
          || isPlainWord(
            first, inList: isListItem(index, in: tokens),
            named: leadsShortAlias(index, in: tokens),
            role: SpecialtyExtractor.roleTails.contains { tokens.has($0, at: index + 1) }
              || (first.text == "im" && namesSpecialtyAround(index, in: tokens)))
      }
      switch Specialty.resolve(normalized: phrase) {
      case .specialty(let specialty):
        let capitalised = length == 1 && first.isAllCaps
        // "going for gas": a lead that only a specialty follows makes the slang said outright.
        let led =
          length == 1
          && SpecialtyExtractor.slangLeads[phrase]?.contains {
            tokens.has($0, at: index - $0.count)
          } == true
        let safe =
          led || !SpecialtyExtractor.unsafeAliases.contains(phrase)
          || (capitalised && SpecialtyExtractor.capitalAliases.contains(phrase))
          || (SpecialtyExtractor.listedAliases.contains(phrase) && isListItem(index, in: tokens))
        add(
          .specialty(specialty), index..<index + length, safe && plainWord() ? .stated : .whenAsked)
      case .ambiguous(let options):
        add(.specialties(options), index..<index + length, plainWord() ? .stated : .whenAsked)
      case .unknown:
        if length == 1, let specialty = SpecialtyExtractor.contextualNames[phrase] {
          add(.specialty(specialty), index..<index + 1, .whenAsked)
        }
      }
    }
  }

  /// Case and context rules for the short, risky aliases: "IM" but not "im" before a verb
  /// ("im applying"), unless a role or the words around it say it is the specialty ("im as my
  /// main", "applying to im", "im, fm backup"); "em", "ent", "fm" in capitals,
  /// in a list, where a specialty is named or with a role;
  /// "TY" and the like only in capitals (or when asked).
  private static func isPlainWord(
    _ token: Utterance.Token, inList: Bool, named: Bool, role: Bool
  ) -> Bool {
    switch token.text {
    case "im": return token.isAllCaps || !token.original.hasPrefix("i") || inList || role
    case "em", "ent", "fm": return token.isAllCaps || inList || named || role
    case "ty", "gs", "ir", "dr", "ed", "er": return token.isAllCaps
    default: return true
    }
  }

  /// "applying to im", "im, fm backup", "im is my main": words around "im" that "I'm" never
  /// stands between.
  private static func namesSpecialtyAround(_ index: Int, in tokens: [Utterance.Token]) -> Bool {
    guard index + 1 < tokens.count, tokens[index + 1].isWord else { return true }
    return SpecialtyExtractor.imLeads.contains(tokens.word(at: index - 1) ?? "")
      || SpecialtyExtractor.imTails.contains(tokens[index + 1].text)
  }

  /// A short alias where a specialty is named: first in its sentence, or after "is", "but",
  /// "not" ("specialty is em", "not gas but em"); never after a verb ("email em").
  private static func leadsShortAlias(_ index: Int, in tokens: [Utterance.Token]) -> Bool {
    // "drop em an email", "forget em, they never reply": "em" for "them".
    if let after = SpecialtyExtractor.pronounAliases[tokens[index].text],
      let next = tokens[(index + 1)...].first(where: { $0.kind != .punctuation }),
      after.contains(next.text)
    {
      return false
    }
    guard index > 0, tokens[index - 1].kind != .punctuation else { return true }
    // "ck 228 em": after a score, the last word of its clause (not "i emailed 5 em last week").
    if tokens[index - 1].kind == .number,
      index + 1 == tokens.count || tokens[index + 1].kind == .punctuation
    {
      return true
    }
    return SpecialtyExtractor.shortAliasLeads.contains(tokens[index - 1].text)
      && !(index == 1 && tokens[0].text == "tell")
  }

  /// A word that is a whole item of a comma list ("us md, ck 226, im, anywhere").
  private static func isListItem(_ index: Int, in tokens: [Utterance.Token]) -> Bool {
    let commaBefore = index > 0 && tokens[index - 1].text == ","
    let commaAfter = index + 1 < tokens.count && tokens[index + 1].text == ","
    // Between two commas it is one; at an end of the line, only in a list of two commas or
    // more (looked for once, up to the second: a long line of list items stays linear).
    if commaBefore && commaAfter { return true }
    guard commaBefore || index == 0, commaAfter || index + 1 == tokens.count else { return false }
    return tokens.lazy.filter { $0.text == "," }.prefix(2).count >= 2
  }

  /// A word in a comma list's item made of places and joiners alone ("us img, IM, nj or ny"),
  /// in a line of two commas or more.
  private static func isPlaceRunItem(_ index: Int, in tokens: [Utterance.Token]) -> Bool {
    // Such an item is a few words: only those around the word are read, so a long line of
    // codes costs each of its words the same few steps.
    let reach = 6
    let window = max(0, index - reach)..<min(tokens.count, index + reach + 1)
    guard let comma = tokens[window.lowerBound..<index].lastIndex(where: { $0.text == "," })
    else { return false }
    let end = tokens[index..<window.upperBound].firstIndex { $0.kind == .punctuation }
    guard let end = end ?? (window.upperBound == tokens.count ? tokens.count : nil) else {
      return false
    }
    let item = tokens[(comma + 1)..<end]
    return item.count > 1
      && item.allSatisfy {
        Gazetteer.places[$0.text] != nil || Gazetteer.listedOnlyJoiners.contains($0.text)
      }
      && tokens[..<comma].contains { $0.text == "," }
  }

  /// A word in a run of places joined by "or", "and" or a slash ("want nj or pa", "ny/nj"):
  /// two codes joined so are a list of places wherever they stand (not "ok and nj", nor "my ma
  /// and pa").
  private static func isInJoinedRun(_ index: Int, in tokens: [Utterance.Token]) -> Bool {
    let isPlace = { (at: Int) in
      tokens.indices.contains(at) && Gazetteer.isPlaceWord(tokens[at].text)
        && !Lexicon.possessives.contains(tokens.word(at: at - 1) ?? "")
    }
    let isJoiner = { (at: Int) in
      tokens.indices.contains(at) && Gazetteer.listedOnlyJoiners.contains(tokens[at].text)
    }
    return isJoiner(index - 1) && isPlace(index - 2) || isJoiner(index + 1) && isPlace(index + 2)
  }

  /// A long specialty name with one typo ("anesthesiolgy"), never a short nickname.
  private static func misspelt(_ word: String) -> Specialty? {
    // Specialty names are ASCII letters: bytes are read, not characters (a character's
    // letterhood cost more than the rest of the check).
    guard word.utf8.count >= 6,
      word.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }),
      !SpecialtyExtractor.protectedWords.contains(word), !CommonWords.words.contains(word),
      // A word the lexicon knows as spelt is no typo (checked before the edit distances).
      !TypoRepair.Vocabulary.words.contains(word),
      case .unknown = Specialty.resolve(normalized: word),
      let specialty = Specialty.closest(toNormalized: word)
    else { return nil }
    let matchesLongName = specialty.aliases.contains { alias in
      alias.count >= 6 && !alias.contains(" ")
        && EditDistance.distance(word, alias, limit: EditDistance.tolerance(forLength: alias.count))
          != nil
    }
    return matchesLongName ? specialty : nil
  }

  /// A word joined to the place before it by "or", "and" or a slash ("tx or ok"; not "ok, texas"
  /// or "ok and texas?", where it is an "okay").
  private static func listedBesidePlace(_ index: Int, in tokens: [Utterance.Token]) -> Bool {
    Gazetteer.listedOnlyJoiners.contains(tokens.word(at: index - 1) ?? "")
      && Gazetteer.isPlaceWord(tokens.word(at: index - 2) ?? "")
  }

  /// Every place in the gazetteer starting at `index`, longest first. A risky short name
  /// ("me", "la", "Salem") counts outright only capitalised as a name is.
  private static func places(at index: Int, in tokens: [Utterance.Token], add: Add) {
    guard Gazetteer.firstWords.contains(tokens[index].text) else { return }
    for length in stride(from: 3, through: 1, by: -1) where index + length <= tokens.count {
      let slice = tokens[index..<index + length]
      guard slice.allSatisfy(\.isWord) else { continue }
      let key = slice.map(\.text).joined(separator: " ")
      guard Gazetteer.places[key] != nil else { continue }
      let name = slice.map(\.original).joined(separator: " ")
      // "oh wait": a few names are never places when typed in lower case.
      if length == 1, Gazetteer.neverLowercase.contains(key), name == key { continue }
      if length == 1, Gazetteer.listedOnly.contains(key), !listedBesidePlace(index, in: tokens) {
        continue
      }
      var confidence = Mention.Confidence.stated
      if length == 1, Gazetteer.riskyNames.contains(key) {
        let token = tokens[index]
        let capitalised = token.original.first?.isUppercase == true
        // "everywhere in tx": a place after the words that narrow an openness to it.
        let named =
          Gazetteer.namesAfterThe.contains(key) && tokens.word(at: index - 1) == "the"
          || Gazetteer.narrowingLeads.contains { tokens.has($0, at: index - $0.count) }
        // "ck 229, IM, nj": alone between commas in a list of facts, a code is the place; so
        // is a run of codes there ("..., IM, nj or ny").
        let listed =
          isListItem(index, in: tokens) || isPlaceRunItem(index, in: tokens)
          || isInJoinedRun(index, in: tokens)
        if !(capitalised || named || listed)
          || (key.count == 2 && !token.isAllCaps && !listed && !named)
        {
          confidence = .whenAsked
        }
      }
      add(.place(name), index..<index + length, confidence)
    }
  }
}
