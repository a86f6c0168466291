import AdvisorCore

/// Reads the specialty: names, abbreviations and common misspellings, with negation
/// ("not derm anymore, IM") and switches ("from derm to IM").
enum SpecialtyExtractor {

  struct Found {
    /// Nil for a name several specialties share ("prelim").
    var specialty: Specialty?
    var position: Int
    /// The token after the name.
    var end: Int
    var negated: Bool
    /// Named as a backup ("open to gas", "maybe FM as a backup"), not the choice.
    var backup = false
    /// Named as a long shot ("EM as a reach"): neither the choice nor a backup.
    var reach = false
    /// Named as a switch only weighed ("thinking about switching to FM"): kept as a backup.
    var weighed = false
  }

  static func read(
    _ utterance: Utterance, mentions: [Mention], context: UnderstandingContext, cues: LineCues
  ) -> Interpretation {
    var result = Interpretation()
    let words = utterance.tokens
    let asked = context.pending == .specialty
    // A risky alias ("path") names a specialty already on record, choice or backup, only to rule
    // it out ("psych only, no path"; not "my career path").
    let onRecord = Set(
      context.profile.backupSpecialties + [context.profile.specialty].compactMap { $0 })
    // "the rotation was em at a boston hosp": a specialty in a training clause is neither
    // chosen nor ruled out.
    let training = utterance.clauses.filter { clause in
      words[clause].contains { trainingNouns.contains($0.text) }
    }
    // A name that counts only when asked is still read in a training clause, so that a name
    // listed after it is training too ("honors in surgery and IM").
    // "my mom had a family emergency": words that name a specialty only when asked, read as
    // the ordinary words they are in these phrases (worked out only for such a word).
    // Only the phrases the line holds (one hashed lookup each) are placed.
    lazy var ordinary: Set<Int> = Set(
      ordinaryPhrases.indices.filter { utterance.contains(phraseAt: $0, of: ordinaryPhrases) }
        .flatMap { phrase in
          let phraseWords = ordinaryPhrases.words[phrase]
          return words.indices.filter { words.has(phraseWords, at: $0) }.flatMap {
            $0..<$0 + phraseWords.count
          }
        })
    // "em, backup fm, maybe gas too": where slang is kept in reserve beside a specialty named.
    // (Worked out as positions: a closure over the mentions here crashed the optimizer.)
    let besideStated = mentions.contains(where: { $0.specialty != nil && $0.confidence == .stated })
    let reserveStarts: Set<Int> =
      besideStated || context.profile.specialty != nil
      ? Set(
        words.indices.filter { index in
          besideStated && reserveLeads.contains { words.has($0, at: index - $0.count) }
            // "gas backup": a role said right after the name.
            || words.indices.contains(index + 1) && reserveTails.contains(words[index + 1].text)
        }) : []
    let named = mentions.taken { mention in
      if mention.confidence == .whenAsked, mention.tokens.contains(where: ordinary.contains) {
        return false
      }
      // "i meant fm not em": a short name said to be the one meant.
      if saidToBeMeant(mention, in: words) { return true }
      let inTraining = training.contains { $0.contains(mention.tokens.lowerBound) }
      switch mention.kind {
      case .specialty(let specialty):
        return mention.confidence != .whenAsked || asked || onRecord.contains(specialty)
          || inTraining || reserveStarts.contains(mention.tokens.lowerBound)
      case .specialties: return mention.confidence != .whenAsked || asked || inTraining
      default: return false
      }
    }
    // "actually no backup, FM only": every backup on record is taken back (a backup named in
    // the line is still added); not when it is another's view or a doubt.
    if utterance.containsAny(noBackups), !utterance.containsAny(backupHearsay) {
      result.patch.removeBackups = context.profile.backupSpecialties
    }
    var found: [Found] = []
    // Where the last name read as training ends: "honors in IM and peds" lists both.
    var trainingEnd: Int?
    for (number, mention) in named.enumerated() {
      // What follows a name speaks of it only up to the next name ("EM w FM backup").
      let next = named.dropFirst(number + 1).first?.tokens.lowerBound ?? words.count
      let previous = number > 0 ? named[number - 1].tokens.upperBound : 0
      let end = mention.tokens.upperBound
      let position = mention.tokens.lowerBound
      // "my IM clerkship", "the surgery rotation": training, not the specialty applied to.
      // ... and ends its item ("honors in em sub-i and peds, ..."), not "... and peds is my
      // choice", which says something of it.
      let endsItsItem =
        end == words.count || words[end].kind == .punctuation
        || Lexicon.placeListJoiners.contains(words[end].text)
      let listedAfterTraining =
        endsItsItem
        && trainingEnd.map { start in
          words[start..<position].allSatisfy { Lexicon.placeListJoiners.contains($0.text) }
        } ?? false
      if (mention.confidence != .misspelt && end < words.count
        && (trainingNouns.contains(words[end].text) || attributeTails.contains(words[end].text)))
        || training.contains(where: { $0.contains(position) }) || listedAfterTraining
      {
        // "honors in em sub-i and peds": the training words after the name are its own, so
        // a name listed after them is training too.
        trainingEnd =
          words[end...].prefix { token in
            trainingNouns.contains(token.text) || trainingTails.contains(token.text)
          }.endIndex
        continue
      }
      // "my dad wants me to do surgery but im going for psych": someone else's wish, neither
      // the choice nor a backup.
      if OthersView.holds(before: position, in: words, people: othersWhoWish) {
        continue
      }
      // ... or ruled out by the words after it ("i switched to IM, peds is out").
      // "no path", "no fm anymore" with it a backup on record drop it (tester Priya); a "no"
      // heading a name given a role corrects to it ("no fm is my first choice now").
      let dropsBackup =
        position > 0 && words[..<position].allSatisfy { $0.text == "no" }
        && !["is", "as"].contains(words.word(at: end) ?? "")
        && !roleTails.contains { words.has($0, at: end) }
        && context.profile.backupSpecialties.contains { $0 == mention.specialty }
      let negated =
        dropsBackup || isNegated(at: position, in: words)
        || ruledOutTails.contains { words.has($0, at: end) }
      if mention.confidence == .whenAsked, !asked, !negated,
        !reserveStarts.contains(mention.tokens.lowerBound),
        !saidToBeMeant(mention, in: words)
      {
        continue
      }
      // "backup would be prelim surgery or IM": a name listed right after a backup is one too.
      let listedAfterBackup =
        found.last.map { last in
          last.backup && last.end + 1 == position
            && Lexicon.placeListJoiners.contains(words[last.end].text)
        } ?? false
      let backup =
        listedAfterBackup
        || isBackup(
          at: position, mention.tokens.count, in: words, after: previous, until: next)
      let reach = isReach(after: end, until: next, in: words)
      let weighed = weighedSwitchLeads.contains { lead in
        position >= lead.count && words.has(lead, at: position - lead.count)
      }
      var entry = Found(
        specialty: mention.specialty, position: position, end: end, negated: negated,
        backup: (backup || weighed) && !reach, reach: reach, weighed: weighed)
      // "backup fm... actually make that IM": the name replaces the one just before it, in
      // its role.
      if let last = found.last, !last.negated, !negated,
        replacingLeads.contains(where: { lead in
          position - lead.count >= last.end && words.has(lead, at: position - lead.count)
        })
      {
        found.removeLast()
        (entry.backup, entry.reach) = (last.backup || backup, last.reach || reach)
      }
      found.append(entry)
    }
    guard !found.isEmpty else { return result }
    result.negatedSpecialties += found.filter(\.negated).compactMap(\.specialty)
    result.reaches = found.filter { $0.reach && !$0.negated }.compactMap(\.specialty)
    // "drop gas, fm instead", "fm instead of gas", gas a backup on record: the one named
    // instead takes the dropped one's place as a backup, and the choice stays.
    let replacesABackup =
      utterance.words.contains(where: insteadWords.contains)
      && found.contains { entry in
        entry.negated
          && entry.specialty.map { context.profile.backupSpecialties.contains($0) } == true
      }
      && !found.contains { $0.negated && $0.specialty == context.profile.specialty }
    if replacesABackup {
      for index in found.indices where !found[index].negated && !found[index].reach {
        found[index].backup = true
      }
    }
    let chosen = replacesABackup ? nil : choose(found, utterance: utterance)
    result.patch.addBackups = found.filter { $0.backup && !$0.negated }.compactMap(\.specialty)
      .filter { $0 != chosen?.specialty }
    // "path or psych, havent decided", "im, fm": the first is taken as the choice and the other
    // kept as a backup, said aloud so the user can swap them.
    let firm = found.filter { !$0.negated && !$0.backup && !$0.reach }
    if firm.count == 2, chosen?.position == firm[0].position, firm[1].position == firm[0].end + 1,
      Lexicon.placeListJoiners.contains(words[firm[0].end].text), let first = firm[0].specialty,
      let second = firm[1].specialty, first != second
    {
      result.patch.addBackups.append(second)
      result.assumptions.append(.firstNamedChosen(first, backup: second))
    }
    // "actually just peds", "peds only": the one chosen is the only one, and the backups on
    // record go (none is named in the line).
    if let only = chosen, only.specialty != nil, result.patch.addBackups.isEmpty,
      Lexicon.exclusiveWords.contains(words.word(at: only.position - 1) ?? "")
        || words.word(at: only.end) == "only"
    {
      result.patch.removeBackups = context.profile.backupSpecialties.filter {
        $0 != only.specialty
      }
    }
    // "EM but thinking about switching to FM": the choice stays, the other kept as a backup,
    // said aloud.
    if let first = chosen?.specialty, chosen?.weighed == false,
      let other = found.first(where: { $0.weighed && !$0.negated })?.specialty, other != first
    {
      result.assumptions.append(.firstNamedChosen(first, backup: other))
    }
    if let specialty = chosen?.specialty {
      result.patch.specialty = specialty
    } else if chosen != nil {
      result.intents.append(.clarify(.prelim))
    }
    return result
  }

  /// "i meant fm not em", "i mean fm": a short name said to be the one meant, followed by
  /// "not" or by the end of its clause (not "i mean im kind of scared").
  private static func saidToBeMeant(_ mention: Mention, in tokens: [Utterance.Token]) -> Bool {
    let end = mention.tokens.upperBound
    return mention.specialty != nil && mention.confidence == .whenAsked
      && Lexicon.meantWords.contains(tokens.word(at: mention.tokens.lowerBound - 1) ?? "")
      && (end == tokens.count || tokens[end].kind == .punctuation || tokens[end].text == "not")
  }

  /// "EM as a reach", "derm maybe as a stretch", "EM is my reach": named as a long shot; not
  /// "EM is my dream, FM as backup" or "EM and I will reach out".
  private static func isReach(after end: Int, until next: Int, in tokens: [Utterance.Token])
    -> Bool
  {
    let after = tokens[end..<min(next, tokens.count)].prefix { $0.kind != .punctuation }
      .map(\.text).filter { !reachHedges.contains($0) }
    return reachLeads.contains { lead in
      after.starts(with: lead) && after.dropFirst(lead.count).first.map(reachTails.contains) == true
    }
  }

  /// "FM as a backup", "backup FM", "open to gas", "fm is still my backup": said to be a
  /// backup, not only hedged; what follows counts up to the end of its clause.
  private static func isExplicitBackup(at index: Int, in tokens: [Utterance.Token]) -> Bool {
    let after = tokens[index..<min(tokens.count, index + 6)].prefix { $0.kind != .punctuation }
    let near = (tokens[max(0, index - 2)..<index] + after).map(\.text)
    return near.contains("backup") || near.contains("open")
  }

  /// "open to gas", "maybe FM", "FM as a backup": a specialty kept in reserve.
  private static func isBackup(
    at index: Int, _ length: Int, in tokens: [Utterance.Token], after previous: Int,
    until next: Int
  ) -> Bool {
    // Only this name's own clause leads it: "fm as plan b, em first" keeps "plan b" with FM.
    var start = max(previous, index - 4)
    if let mark = tokens[start..<index].lastIndex(where: { $0.kind == .punctuation }) {
      start = mark + 1
    }
    let before = start..<index
    let afterStart = index + length
    // Words up to four on, phrases up to six ("fm if that does not work out").
    let phraseLimit = min(next, tokens.count, afterStart + 6)
    let phraseAfter =
      afterStart..<(tokens[afterStart..<max(afterStart, phraseLimit)].firstIndex {
        $0.kind == .punctuation
      } ?? max(afterStart, phraseLimit))
    let after = afterStart..<min(phraseAfter.upperBound, afterStart + 4)
    // A plain scan by index: the standard library's generic subsequence search cost more than
    // the rest of the specialty reader.
    func holds(_ phrase: [String], in range: Range<Int>) -> Bool {
      range.contains { at in at + phrase.count <= range.upperBound && tokens.has(phrase, at: at) }
    }
    return before.contains { backupLeads.contains(tokens[$0].text) }
      || after.contains { backupTails.contains(tokens[$0].text) }
      || backupLeadPhrases.contains { holds($0, in: before) }
      || backupTailPhrases.contains { holds($0, in: phraseAfter) }
  }

  private static func isNegated(at index: Int, in words: [Utterance.Token]) -> Bool {
    // The words before it in its own clause ("from nigeria, gen surg" switches from nothing).
    let window = words[max(0, index - 3)..<index]
    let clauseStart =
      window.lastIndex { $0.kind == .punctuation }.map { $0 + 1 } ?? window.startIndex
    let before = words[clauseStart..<index].map(\.text)
    let lead = before.filter { $0 != "about" && $0 != "the" }.last ?? ""
    // A "no" that opens the line answers or corrects ("no em is first choice"), not "no IM".
    let leadingNo =
      words[..<index].allSatisfy { $0.text == "no" || $0.kind == .punctuation }
      // "no IM backup": the no rules out the backup named right after it.
      && !(words.indices.contains(index + 1) && backupTails.contains(words[index + 1].text))
    return Lexicon.droppingWords.contains(lead)  // "forget (about) IM"
      || Lexicon.negatingPairs.contains(Array(before.suffix(2)))
      || negatingLeads.contains(before.last ?? "")
      || (before.last == "no" && !leadingNo)
      // "was going to do ortho but switched …": a plan given up.
      || (before.contains("was") && (before.contains("going") || before.contains("planning")))
      // "switching from derm to IM": derm is the old one.
      || (before.contains("from") && !before.contains("to"))
  }

  /// The specialty meant: the one after "to"/"meant"/"actually" in a switch, else the first
  /// one not negated.
  private static func choose(_ found: [Found], utterance: Utterance) -> Found? {
    // A backup is never the choice; "maybe psych" alone still is one.
    let chosen = found.filter { !$0.negated && !$0.reach }
    let firm = chosen.filter { !$0.backup }
    let candidates =
      firm.isEmpty
      ? chosen.filter { !isExplicitBackup(at: $0.position, in: utterance.tokens) } : firm
    let tokens = utterance.tokens
    let switched = candidates.indices.last { number in
      let candidate = candidates[number]
      let before = tokens[max(0, candidate.position - 2)..<candidate.position]
      // ... or a change of mind since the name before it ("peds. actually no, family med").
      let since = number > 0 ? candidates[number - 1].end : candidate.position
      return before.contains { switchLeads.contains($0.text) }
        || (since..<candidate.position).contains { Lexicon.changesMind(at: $0, in: tokens) }
    }.map { candidates[$0] }
    return candidates.count > 1 ? switched ?? candidates.first : candidates.first
  }
}
