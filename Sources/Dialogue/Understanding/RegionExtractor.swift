import AdvisorCore

/// Reads where the user wants to train: cities, states, regions, or "anywhere". A place named
/// only as where family lives is a tie (see ``ConnectionExtractor``), not a training wish.
enum RegionExtractor {

  /// What is known of a place named in the line, for ``wishRules`` to decide whether it is the
  /// training wish.
  enum PlaceCue {
    /// Of the line: the region question is pending; a region is on record; the connections
    /// question is pending; the line corrects the region on record; it says a strong wish; it
    /// adds to the region ("add colorado too").
    case asked, regionKnown, connectionsAsked, correction, strongWish, added
    /// Of the place: ruled out ("not ohio", "forget the midwest"); alone, or in a sentence of
    /// places alone; listed after a wish; beside "anywhere"; pointed back to by a wish after it
    /// ("that's where i want to train"), or by one turned around ("but i don't want to").
    case ruledOut, alone, listedAfterWish, besideAnywhere, pointedBack, turnedDown
    /// Said to be the only place ("PNW only", "just ohio").
    case exclusive
    /// Listed right after a place said of family, a connection, a rotation or something else
    /// ("my parents live in tulsa, wichita and omaha"): one more such place, and no clause of
    /// its own ("an away in dallas, houston is where i want to be" is).
    case listedAfterFact
    /// Of the words before it: said to be where someone is not ("he's not in houston anymore",
    /// "i'm not in chicago right now"), no wish unless one points back to it; where family is
    /// ("the cousin is in milwaukee"); in a sentence
    /// about a rotation; where something else is ("school in"); a wish ("train in"). After it: an
    /// institution there ("houston EDs", "a boston hospital"), not the region.
    case notThere, aboutFamily, inRotation, elsewhere, trainingWish, institution
    /// The place's clause speaks of a connection ("the pd who offered to call is in boise"):
    /// where that connection is.
    case aboutConnection
    /// Said in someone else's view, in its clause before it ("my mentor thinks i should apply to
    /// pittsburgh", "my pd said pa is fine"): theirs, not the user's wish.
    case othersView
  }

  /// The places of the region on record, by their gazetteer names.
  private static func regionOnRecord(_ context: UnderstandingContext) -> Set<String> {
    Set(places(in: context.profile.region ?? "").map(Gazetteer.canonical))
  }

  /// The places a region on record names, in its order, as written there.
  private static func places(in region: String) -> [String] {
    MentionRecognizer.mentions(in: Utterance(region)).taken { $0.place != nil }.compactMap(\.place)
  }

  static func read(
    _ utterance: Utterance, mentions: [Mention], context: UnderstandingContext, cues: LineCues
  ) -> Interpretation {
    var result = Interpretation()
    var mentions = mentions
    var retracting = false
    if let region = context.profile.region, utterance.containsAny(Lexicon.retractionCues) {
      let back = takenBack(mentions, in: utterance)
      if let remaining = removing(
        back, from: region, anywhere: utterance.containsAny(Gazetteer.anywhere))
      {
        // "remove ohio from where i want to train": that place alone is taken out.
        result.retraction = true
        if remaining.isEmpty {
          result.patch.unset.insert(.region)
        } else {
          result.patch.region = remaining
        }
        // "remove boston, ohio only": the places named beside, not on record, are read as the
        // new wish.
        let recorded = regionOnRecord(context)
        // "scratch milwaukee, just chicago or ohio": places said to be the only ones are the
        // new wish, on record or not.
        let tokens = utterance.tokens
        let only = tokens.indices.first { Lexicon.exclusiveWords.contains(tokens[$0].text) }
        mentions = mentions.filter { mention in
          guard let place = mention.place else { return false }
          return !recorded.contains(Gazetteer.canonical(place))
            || only.map { mention.tokens.lowerBound > $0 } == true
        }
        if mentions.isEmpty { return result }
        retracting = true
      }
    }
    let asked = context.pending == .region
    let tokens = utterance.tokens
    // "my pd told me i'd do well anywhere": someone else's view, no wish of the user's.
    let saysAnywhere =
      tokens.firstStart(of: asked ? Gazetteer.anywhereAsked : Gazetteer.anywhere).map {
        !OthersView.holds(before: $0, in: tokens)
      } == true
      && (asked || !utterance.containsAny(anywhereElse))
      && !utterance.containsAny(notAnywhere)
    // The words of the region on record, for a risky name that names part of it.
    let onRecord = Set(context.profile.region.map { Utterance($0).words } ?? [])
    // "boston or cambridge", "nj or philly": a name listed right after or before a place
    // named outright is a place, as when asked.
    var lastPlaceEnd = -1
    let known = context.profile.region != nil
    let adds = known && !retracting && utterance.containsAny(additions)
    let statedStarts = Set(
      mentions.filter { $0.place != nil && $0.confidence == .stated }.map(\.tokens.lowerBound))
    var places = mentions.taken { mention in
      guard mention.place != nil else { return false }
      let start = mention.tokens.lowerBound
      let end = mention.tokens.upperBound
      let listed =
        (start >= 2 && lastPlaceEnd == start - 1
          && Lexicon.placeListJoiners.contains(tokens[start - 1].text))
        || ((statedStarts.contains(end + 1)
          || tokens.word(at: end + 1) == "the" && statedStarts.contains(end + 2))
          && Lexicon.placeListJoiners.contains(tokens.word(at: end) ?? ""))
      // A risky name alone on its line ("tx") is the place, asked or not; so is one already in
      // the region on record ("only portland" after "Seattle or Portland").
      let wholeLine = mention.tokens.count == utterance.tokens.count
      // "also maybe ny too": a short name added to the region on record is a place.
      // "but i meant ny": a short name said to be the one meant.
      let meant = Lexicon.meantWords.contains(tokens.word(at: start - 1) ?? "")
      guard
        mention.confidence == .stated || asked || listed || wholeLine || adds || meant
          || onRecord.contains(tokens[mention.tokens].map(\.text).joined(separator: " "))
      else { return false }
      lastPlaceEnd = mention.tokens.upperBound
      return true
    }
    // "also ny too since its close to newark": a place in the reason given for another is no
    // wish of its own.
    // Only within the reason's own clause ("texas since my family is there. also arizona").
    if let reason = tokens.firstIndex(where: { reasonWords.contains($0.text) }),
      places.contains(where: { $0.tokens.upperBound <= reason }),
      let clause = utterance.clauses.first(where: { $0.contains(reason) })
    {
      places.removeAll { (reason + 1..<clause.upperBound).contains($0.tokens.lowerBound) }
    }
    // "Actually Texas", "Texas, not Ohio": a place in a correction replaces the region.
    let corrects =
      known
      && (cues.correction || retracting
        || places.contains {
          Lexicon.denyingWords.contains(tokens.word(at: $0.tokens.lowerBound - 1) ?? "")
        })
    // "texas programs want 230": the programs' wish, not the user's.
    let strongWish =
      (utterance.containsAny(programsWanting) ? utterance.removing(programsWanting) : utterance)
      .words.contains(where: strongIntentWords.contains)
    // Sentences of places alone, and in a comma list of facts, clauses of places alone ("img
    // from pakistan, texas or the south, brother in houston"; "us md, boston or new england").
    let listsFacts = tokens.contains { $0.text == "," }
    let placeLists =
      places.isEmpty
      ? []
      : placeSentences(tokens, places: places, separatedBy: \.endsSentence)
        + (listsFacts
          ? placeSentences(tokens, places: places) { $0.text == "," || $0.endsSentence } : [])
    let aboutARotation = places.isEmpty ? [] : rotationSentenceTokens(tokens)
    var wished: [Mention] = []
    var denied: Set<String> = []
    // Where a place said alone, or said to be the only one, starts: only such a place narrows
    // the region on record to itself.
    var narrowing: Set<Int> = []
    // Where a place said to be the only one starts ("just ohio", "ny only").
    var exclusive: Set<Int> = []
    let factEnds = Set(
      mentions.lazy.filter { mention in
        switch mention.kind {
        case .specialty, .specialties, .exam, .score: true
        default: false
        }
      }.map(\.tokens.upperBound))
    // "family medicine in seattle": the words of a specialty's name say nothing of family.
    lazy var specialtyWords = Set(
      // "family" alone is family
      mentions.lazy.filter { $0.specialty != nil && $0.confidence != .whenAsked }.flatMap(\.tokens)
    )
    // The clauses that speak of a connection, a specialty's words aside ("family medicine").
    // (Read clause by clause only for a line that speaks of one at all: most lines do not.)
    lazy var connectionClauses =
      !ConnectionExtractor.placeCues.values.contains(where: utterance.containsAny)
      ? []
      : utterance.clauses.filter { clause in
        let part = Utterance(
          tokens: clause.filter { !specialtyWords.contains($0) }.map { tokens[$0] }, original: "")
        return ConnectionExtractor.placeCues.values.contains { part.containsAny($0) }
      }
    // The last place said of something other than the wish, for ``PlaceCue/listedAfterFact``.
    var lastFact: Mention?
    for place in places {
      let start = place.tokens.lowerBound
      let before = { (count: Int) in tokens[max(0, start - count)..<start].map(\.text) }
      // "Oregon, not Ohio", "forget the midwest", "not just houston".
      let lead = before(3).last { !leadFillers.contains($0) } ?? ""
      let pointedBack = pointedBackTo(place.tokens.upperBound, in: tokens)
      let window = tokens.indices[max(0, start - 6)..<start]
        .filter { !specialtyWords.contains($0) }.map { tokens[$0].text }
      let found: [PlaceCue: Bool] = [
        .asked: asked, .regionKnown: known, .connectionsAsked: context.pending == .connections,
        .correction: corrects, .strongWish: strongWish, .added: adds,
        .ruledOut: Lexicon.denyingWords.contains(lead) || Lexicon.droppingWords.contains(lead)
          || isUnwanted(at: start, in: tokens),
        .alone: place.tokens.count == utterance.words.count
          || standsAlone(place.tokens, in: tokens, factEnds: factEnds)
          || placeLists.contains { $0.contains(start) },
        // "pnw, seattle or portland, maybe spokane": a place listed after a wish is one too.
        .listedAfterWish: wished.last.map { last in
          // Up to five words between: "boston specifically, or at least massachusetts".
          (1...5).contains(start - last.tokens.upperBound)
            && tokens[last.tokens.upperBound..<start].allSatisfy {
              Lexicon.placeListJoiners.contains($0.text) || listHedges.contains($0.text)
            }
        } ?? false,
        // "anywhere (in the) midwest" narrows anywhere; "chicago or anywhere midwest" lists both.
        .besideAnywhere: before(3).last { !anywhereFillers.contains($0) } == "anywhere"
          || tokens.has(["or", "anywhere"], at: place.tokens.upperBound),
        .pointedBack: pointedBack == true, .turnedDown: pointedBack == false,
        .notThere: before(2) == ["not", "in"],
        .aboutFamily: window.contains(where: tieWords.contains)
          && !window.contains(where: intentWords.contains),
        .inRotation: aboutARotation[start],
        .aboutConnection: connectionClauses.contains { $0.contains(start) },
        // "school in", "rotated at", "he works at a community ED in".
        .elsewhere: before(5).contains(where: elsewhereWords.contains)
          && !before(5).contains(where: intentWords.contains)
          || isWhereSomeoneIs(after: place.tokens.upperBound, in: tokens)
          || pastLocatives.contains { before($0.count) == $0 },
        // "houston EDs", "a boston hosp", "the brooklyn observership".
        .institution: hospitalWords.contains(tokens.word(at: start + 1) ?? "")
          || rotationWords.contains(tokens.word(at: place.tokens.upperBound) ?? ""),
        .trainingWish: isTrainingWish(at: start, in: tokens),
        .listedAfterFact: lastFact.map {
          utterance.lists(place.tokens, after: $0.tokens, maxGap: 5)
        } ?? false,
        .othersView: OthersView.holds(before: start, in: tokens),
        // "PNW only", "only PNW", "just ohio"; not "not just houston", nor a fallback ("ohio
        // only if i have to").
        .exclusive:
          (Lexicon.exclusiveWords.contains(tokens.word(at: start - 1) ?? "")
          && tokens.word(at: start - 2) != "not")
          || tokens.word(at: place.tokens.upperBound) == "only"
            && !Lexicon.conditionWords.contains(tokens.word(at: place.tokens.upperBound + 1) ?? "")
          ,
      ]
      // A place said right after a change of mind ("actually ny", "make that ny") or said to
      // be the only one ("keep ny only") is a wish, and narrows the region on record to itself;
      // so does one said alone.
      // (Not "i mean", which opens asides: "but i mean nj is closer to home".)
      let afterChangeOfMind = changesOfMindBeforePlace.contains { phrase in
        (start - phrase.count - 1...start - phrase.count).contains { at in
          at >= 0 && tokens.has(phrase, at: at)
            && tokens[(at + phrase.count)..<start].allSatisfy { $0.kind == .punctuation }
        }
      }
      let cues = Set(found.filter(\.value).keys)
      if isWish(cues)
        || (afterChangeOfMind || found[.exclusive] == true) && cues.isDisjoint(with: neverWish)
          // "actually worcester is where my parents live": where family is, not a new wish.
          && !(afterChangeOfMind && !cues.isDisjoint(with: notAChangeOfMind))
      {
        wished.append(place)
      }
      if found[.exclusive] == true { exclusive.insert(start) }
      if wished.last != place, !cues.isDisjoint(with: placesOfFacts) { lastFact = place }
      if found[.alone] == true || found[.exclusive] == true || afterChangeOfMind {
        narrowing.insert(start)
      }
      // ("not just nj" rules nothing out.) "i said pa earlier but i meant ny": the place said
      // by mistake is ruled out too.
      // (Said by the user, "i said", and taken back by "meant": not "my mentor said pa is
      // fine but i mean nj is closer".)
      let misspoke =
        misspokeLeads.contains(tokens.word(at: start - 1) ?? "")
        && tokens.word(at: start - 2) == "i"
        && tokens[place.tokens.upperBound...].contains { $0.text == "meant" }
      if found[.ruledOut] == true && tokens.word(at: start - 1) != "just" || misspoke,
        let name = place.place
      {
        denied.insert(Gazetteer.canonical(name))
      }
    }
    // "i meant new york not newark, newark is in nj already": a place denied is no wish
    // anywhere in the line, nor is one said to be in another ("newark is in nj").
    wished.removeAll { mention in
      denied.contains(Gazetteer.canonical(mention.place ?? ""))
        || tokens.has(["is", "in"], at: mention.tokens.upperBound)
          && Gazetteer.isPlaceWord(tokens.word(at: mention.tokens.upperBound + 2) ?? "")
        || tokens.has(["is", "in"], at: mention.tokens.lowerBound - 2)
          && Gazetteer.isPlaceWord(tokens.word(at: mention.tokens.lowerBound - 3) ?? "")
    }
    // "sorry i meant orlando not tampa" with family in Tampa on record, not the region: the
    // line corrects where a connection is (``ConnectionExtractor``), not where to train.
    // (Not "not tampa but i really want miami now": a wish said outright is read as one.)
    // (The region on record is read only for a line that denies a place.)
    lazy var recorded = regionOnRecord(context)
    lazy var connectionPlaces = Set(
      context.profile.connectionPlaces.values.joined().map(Gazetteer.canonical))
    if !denied.isEmpty, !strongWish, denied.isSubset(of: connectionPlaces),
      denied.isDisjoint(with: recorded)
    {
      return result
    }
    // "the pd would call the programs i apply to in arizona", "a couple nj programs want 230",
    // with more on record: a place already wished, named again in passing, narrows nothing;
    // only one said alone, said to be the only one, or beside one ruled out does.
    if known, denied.isEmpty, !adds, !wished.isEmpty,
      wished.allSatisfy({ !narrowing.contains($0.tokens.lowerBound) }),
      case let named = Set(wished.map { Gazetteer.canonical($0.place ?? "") }),
      named.isSubset(of: recorded), recorded.count > named.count
    {
      return result
    }
    // "no keep pa, i didnt remove it": a place on record said to be kept leaves the region as
    // it stands, said again.
    // (Not "keep ny only", which narrows.)
    if known, denied.isEmpty, narrowing.isEmpty,
      places.contains(where: { place in
        keepWords.contains(tokens.word(at: place.tokens.lowerBound - 1) ?? "")
          && recorded.contains(Gazetteer.canonical(place.place ?? ""))
      })
    {
      result.patch.region = context.profile.region
      return result
    }
    // "i said pa earlier but i meant ny", with NJ and PA on record: the place ruled out is
    // swapped for the one meant, and the rest on record stays.
    // (Not when the places meant are said to be the only ones: "scratch milwaukee, just
    // chicago or ohio" is the new region.)
    if corrects, !wished.isEmpty,
      !wished.contains(where: { exclusive.contains($0.tokens.lowerBound) }),
      !denied.isDisjoint(with: recorded),
      let held = context.profile.region
    {
      let kept = Self.places(in: held).filter { !denied.contains(Gazetteer.canonical($0)) }
      if !kept.isEmpty {
        let keptNames = Set(kept.map(Gazetteer.canonical))
        // A name typed in lower case gets its capitals ("detroit" → "Detroit"); a code stays
        // as typed, as in ``phrase(_:from:to:)``.
        let meant = wished.compactMap(\.place).filter {
          !keptNames.contains(Gazetteer.canonical($0))
        }.map(Gazetteer.withCapitals)
        result.patch.region = (kept + meant).joined(separator: " or ")
        return result
      }
    }
    // "i meant new york not newark" with New York on record and Newark never said: the region
    // on record already holds what is meant, and stays whole.
    if corrects, !denied.isEmpty, !wished.isEmpty, let held = context.profile.region {
      if denied.isDisjoint(with: recorded),
        wished.allSatisfy({ recorded.contains(Gazetteer.canonical($0.place ?? "")) })
      {
        result.patch.region = held
        return result
      }
    }
    // "scratch spokane", "not spokane", with Spokane on record beside others: that place goes
    // and the rest stays (tester Lena).
    // (Not a place denied of someone: "the cousin is in milwaukee not chicago". Read only
    // for a line that denies a place on record: the connection clauses cost a pass.)
    if wished.isEmpty, !denied.isEmpty, !denied.isDisjoint(with: recorded),
      let held = context.profile.region,
      !places.contains(where: { place in
        place.place.map { denied.contains(Gazetteer.canonical($0)) } == true
          && (connectionClauses.contains { $0.contains(place.tokens.lowerBound) }
            || utterance.clause(holding: place.tokens.lowerBound).map { clause in
              tokens[clause].contains { tieWords.contains($0.text) }
            } == true)
      })
    {
      let kept = Self.places(in: held).filter { !denied.contains(Gazetteer.canonical($0)) }
      if !kept.isEmpty {
        result.patch.region = kept.joined(separator: " or ")
        return result
      }
    }
    // "texas. scratch that, north carolina": the places after a change of mind replace those
    // before it.
    if let turn = changeOfMind(in: tokens), let last = wished.last, last.tokens.lowerBound > turn {
      wished.removeAll { $0.tokens.lowerBound < turn }
    }
    // "my fiance is moving to columbus so just ohio": the places from the one said to be the
    // only one ("just", "only" before it, or "only" after it) are the wish.
    if let only = wished.firstIndex(where: { exclusive.contains($0.tokens.lowerBound) }) {
      wished.removeFirst(only)
    }
    // "nj and ny, jersey is first choice": a place listed and then ranked is not named twice.
    var seen: Set<String> = []
    wished = wished.filter { mention in
      let written = mention.place ?? ""
      let end = mention.tokens.upperBound
      let ranked = tokens[end..<min(tokens.count, end + 3)].contains {
        rankingWords.contains($0.text)
      }
      return seen.insert(Gazetteer.places[written] ?? written).inserted || !ranked
    }
    var names: [String] = []
    for name in wished.compactMap(\.place) where !names.contains(name) { names.append(name) }
    // "Anywhere on the west coast" narrows "anywhere" to a place; "anywhere in the US" does not.
    // Places named beside "or anywhere" are kept, with it: "NY NJ PA or anywhere really".
    if wished.isEmpty, saysAnywhere || (asked && utterance.containsAny(openWhenAsked)) {
      result.patch.region = "anywhere"
      return result
    }
    if wished.count == 1, let only = wished.first?.tokens, only.count == 1,
      tokens[only.lowerBound].text.count == 2,
      let state = Gazetteer.places[tokens[only.lowerBound].text]
    {
      // A state code alone ("tx") is kept by its name.
      result.patch.region = state
    } else if let first = wished.first?.tokens, let last = wished.last?.tokens {
      result.patch.region =
        phrase(tokens, from: first.lowerBound, to: last.upperBound)
        ?? names.joined(separator: " or ")
      // "the northeast, or anywhere really": the openness is kept with the places.
      let after = tokens[last.upperBound...].prefix(4).filter(\.isWord).map(\.text)
        .filter { !Lexicon.anywhereHedges.contains($0) }
      // "open to anywhere in the US but prefer the northeast": a preference beside an
      // openness said on its own ("anywhere in the northeast" only narrows it).
      let openToo =
        saysAnywhere
        && tokens.indices.contains { index in
          tokens[index].text == "anywhere"
            // ("anywhere, ideally tx or fl": a comma between ends the narrowing.)
            && !wished.contains { place in
              (index + 1...index + 3).contains(place.tokens.lowerBound)
                && !tokens[(index + 1)..<place.tokens.lowerBound].contains {
                  $0.kind == .punctuation
                }
            }
            // "i did not say anywhere"
            && !tokens[max(0, index - 3)..<index].contains { Lexicon.negations.contains($0.text) }
        }
      if after.starts(with: ["or", "anywhere"]) || openToo, let region = result.patch.region {
        result.patch.region = region + " or anywhere"
      }
    } else if asked, looksLikeAPlace(utterance) {
      // An answer to "where?" that is not in the gazetteer: kept as the user said it, if the
      // line says nothing else (``Understanding/link(_:context:)``).
      result.placeAnswer = verbatim(context.line)
    }
    // "actually add colorado too": a place added to the region on record joins it.
    if adds, let added = result.patch.region, let held = context.profile.region,
      held.lowercased() != "anywhere",
      !held.lowercased().contains(added.lowercased())
    {
      // Only the places not on record already ("i still want texas too", with Arizona held).
      let new = names.filter { !recorded.contains(Gazetteer.canonical($0)) }
      result.patch.region =
        new.isEmpty
        ? held : held + " or " + (new.count == names.count ? added : new.joined(separator: " or "))
    }
    if result.patch.region != nil { result.patch.unset.remove(.region) }
    return result
  }

  /// A place with a cue of ``neverWish`` ("not ohio") is never the wish; any other is when a row
  /// of ``wishRules`` holds: all its cues, and none of its `unless` cues.
  private static func isWish(_ cues: Set<PlaceCue>) -> Bool {
    cues.isDisjoint(with: neverWish)
      && wishRules.contains { $0.when.isSubset(of: cues) && $0.unless.isDisjoint(with: cues) }
  }

  /// The place mentions a retraction takes back: not those in a clause that says what the user
  /// wants and takes nothing back ("i did not say anywhere, i want chicago"; but "remove ohio
  /// from where i want to train").
  private static func takenBack(_ mentions: [Mention], in utterance: Utterance) -> [Mention] {
    let tokens = utterance.tokens
    let wanted = utterance.clauses.filter { clause in
      tokens[clause].contains { intentWords.contains($0.text) }
        && !utterance.part(clause).containsAny(
          Lexicon.retractionCues)
    }
    // "remove new york, only nj because my cousin lives in newark": what is kept, and the
    // places of a reason given after the taking back, are not taken back.
    let cue = tokens.firstStart(of: Lexicon.retractionCues) ?? 0
    let reason =
      tokens.indices.first { $0 > cue && reasonWords.contains(tokens[$0].text) } ?? tokens.count
    // "did an elective in ny, idk if she'd call anyone": a rotation's place is no wish to take
    // back, nor a place in a sentence before the one that takes something back.
    let rotation = rotationSentenceTokens(tokens)
    let sentenceStart = tokens[..<cue].lastIndex(where: \.endsSentence).map { $0 + 1 } ?? 0
    // Nor one in a sentence after it ("remove boston. ny and nj are fine").
    let sentenceEnd = tokens[cue...].firstIndex(where: \.endsSentence) ?? tokens.count
    return mentions.filter { mention in
      let start = mention.tokens.lowerBound
      let lead = tokens[max(0, start - 2)..<start].map(\.text).last { $0 != "the" } ?? ""
      return !wanted.contains { $0.contains(start) } && !keptLeads.contains(lead) && start < reason
        && !rotation[start] && start >= sentenceStart && start < sentenceEnd
    }
  }

  /// `region` without the places `removed` names (compared by their gazetteer names), the rest
  /// joined by commas; nil when it names none of them.
  ///
  /// - Parameter anywhere: the line takes back "anywhere" ("remove anywhere"), which leaves the
  ///   places named beside it ("Texas or anywhere" → "Texas").
  private static func removing(_ removed: [Mention], from region: String, anywhere: Bool)
    -> String?
  {
    let gone = Set(
      removed.taken { $0.place != nil }.compactMap(\.place).map(Gazetteer.canonical))
    let kept = Self.places(in: region)
    let opensAnywhere = anywhere && region.lowercased().hasSuffix("anywhere")
    guard opensAnywhere || kept.contains(where: { gone.contains(Gazetteer.canonical($0)) }) else {
      return nil
    }
    return kept.filter { !gone.contains(Gazetteer.canonical($0)) }.joined(separator: ", ")
  }

  /// The user's own words from the first place named to the last ("midwest, ohio or
  /// michigan"), widened to a direction in front ("south texas") and "area" behind; nil when
  /// the places lie too far apart to be one phrase.
  private static func phrase(_ tokens: [Utterance.Token], from start: Int, to end: Int)
    -> String?
  {
    var start = start
    var end = end
    while start > 0, directions.contains(tokens[start - 1].text) { start -= 1 }
    while end < tokens.count, ["area", "region", "areas"].contains(tokens[end].text) { end += 1 }
    if end < tokens.count, tokens[end].text == ")",
      tokens[start..<end].contains(where: { $0.text == "(" })
    {
      end += 1
    }
    let span = tokens[start..<end]
    let placeWords = span.filter { Gazetteer.isPlaceWord($0.text) }.count
    // "texas not just houston, dallas …": a phrase that rules a place out is not kept whole.
    guard span.filter(\.isWord).count - placeWords <= 4,
      !span.contains(where: {
        $0.endsSentence || Lexicon.denyingWords.contains($0.text)
          || notInPlacePhrase.contains($0.text) && !Gazetteer.isPlaceWord($0.text)
      })
    else { return nil }
    var text = ""
    var index = start
    while index < end {
      let token = tokens[index]
      // "west coast please, california": a courtesy is no part of a place.
      if listCourtesies.contains(token.text) {
        index += 1
        continue
      }
      // "texas - houston": a dash between places reads as a comma.
      if token.text == "-" || token.text == "–" {
        text += ","
        index += 1
        continue
      }
      // Words and an opening bracket take a space before them; other marks close up.
      let spaced = token.kind != .punctuation || token.text == "("
      if !text.isEmpty, spaced, !text.hasSuffix("/"), !text.hasSuffix("(") { text += " " }
      let (name, length) = capitalised(at: index, before: end, in: tokens)
      // A joining word is kept as a word ("NJ AND NY" → "NJ and NY"); a place as typed.
      text += name ?? (Gazetteer.isPlaceWord(token.text) ? token.original : token.text)
      index += length
    }
    return text
  }

  /// A place typed all in lower case, with the capitals of its name ("new york" → "New
  /// York"), and the tokens it takes; the words as typed otherwise (and never a code spelled
  /// out: "tx" stays "tx").
  private static func capitalised(at index: Int, before end: Int, in tokens: [Utterance.Token])
    -> (String?, Int)
  {
    for length in stride(from: min(3, end - index), through: 1, by: -1) {
      let words = tokens[index..<index + length]
      guard words.allSatisfy({ $0.isWord && $0.original == $0.text }) else { continue }
      let key = words.map(\.text).joined(separator: " ")
      if Gazetteer.places[key] != nil, case let name = Gazetteer.withCapitals(key), name != key {
        return (name, length)
      }
    }
    return (nil, 1)
  }

  /// The answer without filler around the place ("I'd like to train in Ohio." → "Ohio").
  private static func verbatim(_ answer: String) -> String {
    var text = answer.trimmingWhitespace
    while let last = text.last, ".!,;".contains(last) { text.removeLast() }
    if let filler = leadingFillers.first(where: text.lowercased().hasPrefix) {
      text = String(text.dropFirst(filler.count))
    }
    if let filler = trailingFillers.first(where: text.lowercased().hasSuffix) {
      text = String(text.dropLast(filler.count))
    }
    while let last = text.last, ".!,;".contains(last) { text.removeLast() }
    return text.trimmingWhitespace
  }

  /// The runs between `separates` marks that are two or more places alone ("NY NJ PA. oh wait
  /// ...", "new jersey and philadelphia", "texas or the south"): a training wish like a whole
  /// line.
  private static func placeSentences(
    _ tokens: [Utterance.Token], places: [Mention],
    separatedBy separates: (Utterance.Token) -> Bool
  ) -> [Range<Int>] {
    tokens.ranges(separatedBy: separates).filter { sentence in
      let named = places.filter {
        $0.tokens.clamped(to: sentence) == $0.tokens
      }
      // Most runs name fewer than two places: their words need no reading.
      guard named.count >= 2 else { return false }
      let covered = named.reduce(0) { $0 + $1.tokens.count }
      // "boston or worcester, or honestly anywhere": an "or anywhere" at the end is part of
      // the list.
      let words = tokens[sentence].lazy.filter {
        $0.isWord && !Lexicon.placeListJoiners.contains($0.text) && $0.text != "anywhere"
          && $0.text != "the" && !Lexicon.anywhereHedges.contains($0.text)
          && !listCourtesies.contains($0.text) && !listHedges.contains($0.text)
      }
      return covered == words.count
    }
  }

  /// Which tokens follow a rotation in a sentence that says nothing of training there: one flag
  /// per token, found in one pass over the sentences.
  private static func rotationSentenceTokens(_ tokens: [Utterance.Token]) -> [Bool] {
    var flags = [Bool](repeating: false, count: tokens.count)
    for sentence in tokens.ranges(separatedBy: \.endsSentence) {
      // "The PD told me to apply" is another's wish for the user, not where they want to train.
      guard let rotation = sentence.first(where: { rotationWords.contains(tokens[$0].text) })
      else { continue }
      // A wish in a clause before the rotation's is about something else ("i want ob, did an
      // obs in chicago").
      let clauseStart =
        sentence[..<rotation].last { tokens[$0].kind == .punctuation } ?? sentence.lowerBound
      let clause = clauseStart..<sentence.upperBound
      guard
        !clause.contains(where: { index in
          intentBesideRotation.contains(tokens[index].text)
            && !tokens.has(["me", "to"], at: index - 2)
        })
      else { continue }
      // Only what follows the rotation is where it was ("Chicago - I did an away at Rush").
      for index in rotation..<sentence.upperBound { flags[index] = true }
    }
    return flags
  }

  /// A place that is a whole clause of a list ("US-IMG, peds, NYC, no connections"), or of a
  /// clause right after a fact ("em, ohio. parents in cleveland"; not "cleveland, ohio").
  ///
  /// - Parameter factEnds: where each specialty, exam or score named ends.
  private static func standsAlone(
    _ mention: Range<Int>, in tokens: [Utterance.Token], factEnds: Set<Int>
  ) -> Bool {
    // "mostly northeast", "texas ideally": a word of degree beside the place leaves it alone.
    var place = mention
    while place.lowerBound > 0, degreeWords.contains(tokens[place.lowerBound - 1].text) {
      place = place.lowerBound - 1..<place.upperBound
    }
    while place.upperBound < tokens.count, degreeWords.contains(tokens[place.upperBound].text) {
      place = place.lowerBound..<place.upperBound + 1
    }
    let before = place.lowerBound == 0 || tokens[place.lowerBound - 1].kind == .punctuation
    let after = place.upperBound == tokens.count || tokens[place.upperBound].kind == .punctuation
    guard before, after else { return false }
    // "florida. my parents live in tampa", "florida, my parents live in tampa": a sentence of
    // its own, or the line's first clause, is an answer given outright.
    if place.lowerBound == 0 || tokens[place.lowerBound - 1].endsSentence {
      return true
    }
    let commas = tokens.filter { $0.text == "," || $0.text == ";" }.count
    // Not after someone else's fact ("my brother matched psych, houston").
    return commas >= 2
      || tokens.word(at: place.lowerBound - 1) == ","
        && factEnds.contains(place.lowerBound - 1)
        && !tokens[..<place.lowerBound].contains { tieWords.contains($0.text) }
  }

  /// A place counts as a training wish when it follows words such as "train in", "programs in",
  /// "applying … in" (where family is, or an institution, is ruled out by ``wishRules``).
  private static func isTrainingWish(at index: Int, in tokens: [Utterance.Token]) -> Bool {
    // Within the place's sentence: "i want okc. the tulsa program is where i rotated".
    let sentence = (tokens[..<index].lastIndex(where: \.endsSentence) ?? -1) + 1
    let window = tokens[max(sentence, index - 6)..<index].filter(\.isWord).map(\.text)
    let near = tokens[max(sentence, index - 3)..<index].filter(\.isWord).map(\.text)
    // Where something else is ("school in"), unless said to be for training.
    if near.contains(where: elsewhereWords.contains)
      && !window.contains(where: strongIntentWords.contains)
    {
      return false
    }
    if window.contains(where: intentWords.contains) { return true }
    let lead = window.last == "the" ? window.dropLast().last : window.last
    if let lead, wishLeads.contains(lead) { return !window.contains(where: notWishLeads.contains) }
    let following = tokens[(index + 1)..<min(tokens.count, index + 3)].map(\.text)
    return following.contains(where: wishTails.contains)
  }

  /// "i dont really want philly", "do not want to train in ohio": a wish for the place,
  /// turned down by the negation just before it.
  private static func isUnwanted(at start: Int, in tokens: [Utterance.Token]) -> Bool {
    let lead = tokens[..<start].reversed().prefix { unwantedBridge.contains($0.text) }
    let negation = start - lead.count - 1
    guard lead.contains(where: { strongIntentWords.contains($0.text) }),
      tokens.word(at: negation).map(Lexicon.negations.contains) == true
    else { return false }
    // Not a fear ("scared i wont match in texas"): the word negated is an outcome, not a wish.
    // Nor a double negative ("cant see myself not training in texas"): a negation before it
    // in its clause.
    let negated = lead.reversed().first { !unwantedFillers.contains($0.text) }
    let clauseStart = (tokens[..<negation].lastIndex { $0.kind == .punctuation } ?? -1) + 1
    return !unwantedOutcomes.contains(negated?.text ?? "")
      && !tokens[clauseStart..<negation].contains { Lexicon.negations.contains($0.text) }
  }

  /// What the words after a place, in its sentence, say of it as the wish: true for a pointer
  /// then a wish ("jersey city, that's where i want to train") or a wish ending on "there"
  /// ("family in tampa and i'd love to train there"); false when that wish is turned around
  /// ("but i don't want to train there"); nil when they say neither or name another place.
  static func pointedBackTo(_ end: Int, in tokens: [Utterance.Token]) -> Bool? {
    let after = tokens[end...].prefix { !$0.endsSentence }.prefix(12).filter(\.isWord)
    guard !after.contains(where: { Gazetteer.isPlaceWord($0.text) }) else { return nil }
    let words = after.map(\.text).drop { ["and", "so", "but"].contains($0) }
    if wishingPointersBack.contains(where: { words.starts(with: $0) }) { return true }
    guard let wish = words.firstIndex(where: strongIntentWords.contains),
      pointersBack.contains(where: { words.starts(with: $0) })
        || words[wish...].contains(where: thereWords.contains)
    else { return nil }
    // Only what turns the wish itself around: the words just before it and after it.
    let aroundWish = words[max(words.startIndex, wish - 2)...]
    return !aroundWish.contains(where: wishNegators.contains)
  }

  /// Where the line last changes its mind about a place ("scratch that", "actually"), if it
  /// does: only at the start of a clause or after "or" ("texas. scratch that, ...", "texas or
  /// actually ohio"), not inside one ("family is actually in ohio").
  private static func changeOfMind(in tokens: [Utterance.Token]) -> Int? {
    tokens.indices.last { index in
      (index == 0 || tokens[index - 1].kind == .punctuation || tokens[index - 1].text == "or")
        && Lexicon.changeOfMindPhrases.contains { tokens.has($0, at: index) }
    }
  }

  /// "chicago is just where he works", "portland is just where i went to college": the words
  /// after a place say someone else is there, or that the user studied or trained there, and no
  /// wish follows in the clause ("boston is where i live" is the user's own place).
  private static func isWhereSomeoneIs(after place: Int, in tokens: [Utterance.Token]) -> Bool {
    // "the tulsa program is just where i rotated": past the institution named after the place.
    let end = placeInstitutions.contains(tokens.word(at: place) ?? "") ? place + 1 : place
    guard let lead = whereSomeoneIs.first(where: { tokens.has($0, at: end) }) else { return false }
    let rest = tokens[(end + lead.count)...].prefix { $0.kind != .punctuation }.prefix(4)
      .map(\.text)
    // "portland is just where i went to college": the user's own past there is no wish either.
    let someone = rest.contains(where: someoneElse.contains) && !rest.contains("i")
    let studied = rest.contains("i") && rest.contains(where: studiedWords.contains)
    return (someone && rest.contains(where: elsewhereWords.contains) || studied)
      && !rest.contains(where: intentWords.contains)
  }

  private static func looksLikeAPlace(_ utterance: Utterance) -> Bool {
    let words = utterance.words
    return (1...4).contains(words.count) && words.allSatisfy { $0.allSatisfy(\.isLetter) }
      && utterance.tokens.first?.original.first?.isUppercase == true
  }
}
