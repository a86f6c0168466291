import AdvisorCore

/// Reads ties to programs: a rotation there, a faculty advocate, family in the area, alumni —
/// or none.
enum ConnectionExtractor {

  static func read(
    _ utterance: Utterance, mentions: [Mention], context: UnderstandingContext, cues: LineCues
  ) -> Interpretation {
    var result = Interpretation()
    let placeMentions = mentions.taken { $0.place != nil }
    let places = placeMentions.compactMap {
      Gazetteer.places[utterance.tokens[$0.tokens].map(\.text).joined(separator: " ")]
    }
    // "Family in chicago, but i don't want to train there": no tie to the programs wanted.
    let placesTurnedDown =
      !placeMentions.isEmpty
      && placeMentions.allSatisfy {
        RegionExtractor.pointedBackTo($0.tokens.upperBound, in: utterance.tokens) == false
      }
    let placeOrThere = !places.isEmpty || utterance.containsAny(thereCues)
    let placeStarts = Set(placeMentions.map(\.tokens.lowerBound))
    let asked = context.pending == .connections
    let known = context.profile.connections ?? []
    var added: Set<Connection> = []
    var removed: Set<Connection> = []
    // "the denver away hasnt happened yet": said of the rotation itself, in its own clause
    // (not "did a sub i at rush; my personal statement is not done yet").
    let notYet =
      utterance.containsAny(rotationNotYet)
      && utterance.clauses.contains { clause in
        let part = utterance.part(clause)
        return part.containsAny(rotationNotYet) && part.containsAny(rotationMentions)
      }
    if known.contains(.rotation), notYet {
      removed.insert(.rotation)
    } else if utterance.containsAny(deniedRotation) {
      // "It was an observership, not a rotation": one on record is taken back.
      // Only where the line corrects, or says outright what it was not ("..., not a
      // rotation"): a "no" heading a line ("no, rotation at Rush") denies nothing.
      if cues.correction || utterance.containsAny(deniedOutright), known.contains(.rotation) {
        removed.insert(.rotation)
      }
    } else if utterance.containsAny(rotation)
      || says(electiveInPlace, in: utterance, placeStarts: placeStarts)
      || placeMentions.contains(where: { place in
        rotationPlaceDeterminers.contains(
          utterance.tokens.word(at: place.tokens.lowerBound - 1) ?? "")
          && rotationsAfterPlace.contains { utterance.tokens.has($0, at: place.tokens.upperBound) }
          // A negation in the place's own clause ("i never did a houston rotation").
          && !(utterance.clause(holding: place.tokens.lowerBound).map { clause in
            utterance.tokens[clause.lowerBound..<place.tokens.lowerBound].contains {
              Lexicon.negations.contains($0.text)
            }
          } ?? false)
      })
      || (asked && utterance.containsAny(rotationWhenAsked)),
      !utterance.containsAny(futureRotation), !notYet,
      // "my rotations back home in cairo": no program the user applies to saw them (said by an
      // IMG, or before the school is known: "back home" is no abroad for a US graduate).
      !places.isEmpty || context.profile.applicant?.isIMG == false
        || !utterance.containsAny(rotationAbroad)
    {
      added.insert(.rotation)
    }
    // Someone who would contact the program for the user; a letter alone is not advocacy, and
    // a resident's praise is feedback.
    let onlyALetter = utterance.containsAny(letterOnly) && !utterance.containsAny(speaksUp)
    // "dr rivera": a title before a name is faculty; "my dr said..." is a doctor of one's own.
    // Read only for a line without a faculty word (most lines have neither).
    lazy var titledName = utterance.tokens.indices.dropLast().contains { index in
      TypoRepair.titles.contains(utterance.tokens[index].text)
        && utterance.tokens[index + 1].isWord
        && !CommonWords.words.contains(utterance.tokens[index + 1].text)
        && !TypoRepair.Vocabulary.words.contains(utterance.tokens[index + 1].text)
    }
    let faculty =
      (utterance.containsAny(advocatePeople) || titledName)
      && !(utterance.containsAny(nonFaculty) && !utterance.containsAny(facultyTitles))
    // "dr hamid offered, he said he might email a program", or, to the connections question,
    // "my mentor said pa is fine": whether they will speak up is asked.
    let reportsOnly =
      asked && utterance.containsAny(reportedOpinion) && !utterance.containsAny(advocate)
      && !utterance.containsAny(willContact) && !utterance.containsAny(feedbackOnly)
      // An observership's letter: the observership's own note says what counts.
      && !(onlyALetter && utterance.containsAny(observedOnly))
    let acquaintedOnly =
      utterance.containsAny(acquaintedOnly) && !utterance.containsAny(advocate)
      && !utterance.containsAny(willContact)
    let tentative =
      faculty && (utterance.containsAny(tentativeHelp) || reportsOnly || acquaintedOnly)
      && !known.contains(.facultyAdvocate)
    // "gas is just a maybe": said of a specialty, no doubt of an advocate (tester Dev).
    let ofASpecialty = { (phrases: Phrases) in
      utterance.tokens.firstStart(of: phrases).flatMap { utterance.clause(holding: $0) }.map {
        clause in
        mentions.contains { $0.specialty != nil && clause.contains($0.tokens.lowerBound) }
      } ?? false
    }
    let doubts =
      utterance.containsAny(doubtsAdvocate)
      || utterance.containsAny(unpromised) && !ofASpecialty(unpromised)
        && !utterance.removing(unpromised).containsAny(advocate)
    if known.contains(.facultyAdvocate), saysAdvocateIsNotFaculty(utterance) {
      removed.insert(.facultyAdvocate)
    }
    if doubts {
      // Not said: an advocate is kept only when the user says someone would speak up.
      if known.contains(.facultyAdvocate) {
        removed.insert(.facultyAdvocate)
      } else if faculty, !tentative {
        result.assumptions.append(.advocateDoubted)
      }
    } else if !onlyALetter, speaksUpWithoutFaculty(utterance) {
      result.assumptions.append(.notFacultyAdvocate)
    } else if !onlyALetter, !tentative,
      utterance.containsAny(advocate)
        || (faculty
          && ((asked && !utterance.containsAny(feedbackOnly) && !reportsOnly)
            || utterance.containsAny(willContact)))
    {
      if utterance.containsAny(deniedAdvocate)
        || utterance.containsAny(refusesToCall) && !utterance.containsAny(emailsForMe)
      {
        removed.insert(.facultyAdvocate)
      } else {
        added.insert(.facultyAdvocate)
      }
    }
    let familyNearby =
      utterance.containsAny(familyMembers)
      && (utterance.containsAny(livesNearby) || utterance.containsAny(worksIn) && placeOrThere)
      || says(familyLocated, in: utterance, placeStarts: placeStarts)
    // "no family in ohio" beside family placed elsewhere ("my brother is only in detroit"), or
    // with the tie on record in more than that place: the place is denied, not the tie.
    let tieDeniedOnlyThere =
      utterance.containsAny(deniedTie)
      && placeMentions.contains { isDeniedTiePlace($0.tokens.lowerBound, in: utterance.tokens) }
      && ((context.profile.connectionPlaces[.geographicTie]?.count ?? 0) > 1
        || utterance.clauses.contains { clause in
          let part = utterance.part(clause)
          return part.containsAny(familyMembers) && !part.containsAny(deniedTie)
            && placeMentions.contains { place in
              clause.contains(place.tokens.lowerBound)
                && !isDeniedTiePlace(place.tokens.lowerBound, in: utterance.tokens)
            }
        })
    if utterance.containsAny(deniedTie), !tieDeniedOnlyThere {
      removed.insert(.geographicTie)
    } else if !placesTurnedDown,
      (says(geographic, in: utterance, placeStarts: placeStarts)
        && (asked || placeOrThere))
        // Not after a denial ("no, school is in florida", "not really, i go to school in ohio").
        || (asked && cues.yesNo.first != false && cues.yesNo.answerLead != false
          && !utterance.words.starts(with: ["not", "really"])
          && says(geographicWhenAsked, in: utterance, placeStarts: placeStarts))
        || familyNearby
    {
      added.insert(.geographicTie)
    }
    // "Remove the faculty advocate and the alumni, i don't have those": each tie named goes. A
    // doubt about someone speaking up ("idk if she would call") takes nothing else back.
    if utterance.containsAny(Lexicon.retractionCues), !doubts {
      for (tie, nouns) in tiesByNoun where utterance.containsAny(nouns) {
        removed.insert(tie)
        added.remove(tie)
      }
    }
    if utterance.containsAny(alumni) {
      if utterance.containsAny(deniedAlumni) {
        removed.insert(.alumni)
      } else {
        added.insert(.alumni)
      }
    }
    let nothingSaid = asked && added.isEmpty && removed.isEmpty
    // "No connections beyond that" after a tie is known restates what is known; only a
    // correction clears it.
    if !known.isEmpty, !cues.correction, added.isEmpty, utterance.containsAny(none),
      utterance.containsAny(beyondKnown)
    {
      result.patch.addConnections = known
    } else if added.isEmpty,
      // "not really rotations in CA": the "not really" denies that tie, not every tie.
      utterance.containsAny(none) && utterance.removing(notReallyATie).containsAny(none)
        // "nope, nothing like that": a no with only fillers after it.
        || (asked
          && (cues.yesNo.line == false || cues.yesNo.answer == false || cues.yesNo.bare == false)),
      asked || utterance.containsAny(explicitNone),
      // "Nobody would call the PD for me" denies an advocate, not every tie; "no, nobody
      // would advocate for me" to the connections question answers it first.
      !utterance.containsAny(refusesToCall) || utterance.containsAny(explicitNone)
        || (asked
          && (cues.yesNo.first == false || utterance.words.first.map(noneHeads.contains) == true))
    {
      result.patch.noConnections = true
    } else if nothingSaid,
      cues.yesNo.line == true || (cues.yesNo.first == true && cues.yesNo.answer != false)
        || utterance.containsAny(vagueYes)
    {
      result.intents.append(.clarify(.connections))
    } else if nothingSaid || added.isEmpty && removed.isEmpty, tentative {
      result.intents.append(.clarify(.offeredHelp))
    } else if nothingSaid || added.isEmpty && removed.isEmpty && !cues.asks,
      utterance.containsAny(observedOnly),
      // "great evals on my observership" to the evidence question speaks of evidence, which
      // the circumstance reader answers.
      context.pending != .clinicalEvidence
        || !utterance.containsAny(CircumstanceExtractor.evaluationWords)
    {
      // Observing is not hands-on: said so, and the other ties asked about (said unasked too:
      // "i did an observership in cleveland" is heard, not passed over).
      result.intents.append(.clarify(.observership))
    } else if nothingSaid,
      // A place in someone else's view ("my advisor says michigan is img friendly") is none.
      let place = placeMentions.first(where: {
        !OthersView.holds(before: $0.tokens.lowerBound, in: utterance.tokens)
      }).flatMap({
        Gazetteer.places[utterance.tokens[$0.tokens].map(\.text).joined(separator: " ")]
      })
    {
      // A place alone is not a tie: what links the user to it is asked, not assumed.
      result.intents.append(.clarify(.tie(place)))
    } else {
      result.patch.addConnections = added
      result.patch.removeConnections = removed
      // "an elective in springfield, an attending said he might put in a word": the ties said
      // are kept, and whether the attending will speak up is asked.
      if tentative, !added.contains(.facultyAdvocate) {
        result.intents.append(.clarify(.offeredHelp))
      }
      // A place turned down as where to train is still where a rotation was ("i still did the
      // sub-i in tulsa tho, i just dont want to train there"); only family there is no tie.
      if !placesTurnedDown || !added.subtracting([.geographicTie]).isEmpty {
        // A specialty's words say nothing of a connection ("family medicine in seattle").
        let specialtyWords = Set(
          mentions.filter { $0.specialty != nil && $0.confidence != .whenAsked }.flatMap(\.tokens))
        locate(
          added, places: placeMentions, in: utterance, apartFrom: specialtyWords,
          context: context,
          // "actually i also have an aunt in toledo": one more place, not a correction of one.
          correcting: cues.correction && !utterance.containsAny(placeAdditions), into: &result)
      }
      // Ties named unasked, or faculty whose words were feedback: whether someone would speak
      // up is asked, not assumed either way.
      let feedbackFromFaculty =
        faculty && (utterance.containsAny(feedbackOnly) || onlyALetter)
      if tentative, !added.contains(.facultyAdvocate) {
        // "my externship attending would vouch if any program asks": the rotation is said, and
        // whether she will reach out is asked.
        result.intents.append(.clarify(.offeredHelp))
      } else if !asked && context.profile.connections == nil || feedbackFromFaculty,
        !added.isEmpty, !added.contains(.facultyAdvocate), !removed.contains(.facultyAdvocate)
      {
        result.assumptions.append(.tiesNamedAreAll)
      }
      // "did an observership in brooklyn, and my cousin lives in newark": the tie is kept, and
      // why the observership is not one is said, not passed over.
      // (Not "no observerships, but my aunt lives in jersey city": none was done.)
      if !added.isEmpty, !added.contains(.rotation), utterance.affirms(observedOnly) {
        result.assumptions.append(.observershipNotCounted)
      }
    }
    return result
  }

  /// "she is not faculty", "shes just a pgy2": the advocate on record was not faculty after all;
  /// not "she is an attending, not just a resident", nor of someone else in the clause ("my
  /// cousin is not faculty").
  private static func saysAdvocateIsNotFaculty(_ utterance: Utterance) -> Bool {
    let tokens = utterance.tokens
    guard utterance.containsAny(notFacultyAfterAll),
      let start = tokens.firstStart(of: notFacultyAfterAll),
      let clause = utterance.clauses.first(where: { $0.contains(start) })
    else { return false }
    return tokens.word(at: start - 1) != "not"
      && !tokens[clause.lowerBound..<start].contains { nonFacultySpeakers.contains($0.text) }
  }

  /// "my cousin will put in a good word with her program director": the one who speaks up is
  /// named before the words of advocacy, in their clause, and is no faculty ("my attending said
  /// she will call" names faculty).
  private static func speaksUpWithoutFaculty(_ utterance: Utterance) -> Bool {
    let tokens = utterance.tokens
    // (One hashed check first: most lines speak of no advocacy at all.)
    guard utterance.containsAny(advocate), let start = tokens.firstStart(of: advocate),
      let clause = utterance.clauses.first(where: { $0.contains(start) })
    else { return false }
    let before = tokens[..<start]
    let speaker = tokens[clause.lowerBound..<start].contains {
      nonFacultySpeakers.contains($0.text)
    }
    return speaker
      && !Utterance(tokens: Array(before), original: "").containsAny(advocatePeople)
      && !TypoRepair.titles.contains(where: { title in before.contains { $0.text == title } })
  }

  /// Whether the place starting at `start` is where a tie is denied ("no family in ohio").
  private static func isDeniedTiePlace(_ start: Int, in tokens: [Utterance.Token]) -> Bool {
    deniedTie.words.contains { words in
      words.last == "in"
        ? tokens.has(words, at: start - words.count)
        : tokens.word(at: start - 1) == "in" && tokens.has(words, at: start - 1 - words.count)
    }
  }

  /// Where each connection named, or on record and spoken of, is: the one place (not denied:
  /// "not houston", "not in houston"; not wished for: "apply in houston") named in a clause that
  /// speaks of that connection and of no other ("did an elective in augusta and my aunt lives in
  /// atlanta"; not "EM in Texas, did an away at UTSW"), or in a clause that points back to it
  /// ("..., and it was in paterson"), or, before any clause names one, to the connection whose
  /// place the last answer set ("no, it was in san antonio"). Two places for one connection are
  /// not guessed at; a place on record denied with no new one named goes.
  private static func locate(
    _ added: Set<Connection>, places: [Mention], in utterance: Utterance,
    apartFrom specialtyWords: Set<Int>, context: UnderstandingContext, correcting: Bool,
    into result: inout Interpretation
  ) {
    let held = context.profile.connectionPlaces
    let spoken = added.union(context.profile.connections ?? [])
    // Read clause by clause only for a line that speaks of one of them at all, or points back.
    let pointsBack = { (clause: Range<Int>) in
      utterance.tokens[clause].contains { pointingBack.contains($0.text) }
    }
    guard !places.isEmpty else { return }
    let placeCues = context.pending == .connections ? placeCuesWhenAsked : placeCues
    let tokens = utterance.tokens
    let name = { (mention: Mention) in
      Gazetteer.fullName(
        Gazetteer.places[tokens[mention.tokens].map(\.text).joined(separator: " ")] ?? "")
    }
    // (Most lines deny no tie: one lookup spares the per-place check.)
    let deniesATie = utterance.containsAny(deniedTie)
    let denied = places.filter { mention in
      let start = mention.tokens.lowerBound
      return Lexicon.negations.contains(tokens.word(at: start - 1) ?? "")
        || tokens.has(["not", "in"], at: start - 2)
        || deniesATie && isDeniedTiePlace(start, in: tokens)
    }
    // "sorry i meant orlando not tampa": the one connection whose place on record is denied
    // (not "not tampa but i really want miami": a wish, where to train).
    // (Not a place the region on record names too: "no thats wrong, not tulsa. okc or dallas"
    // corrects where to train, and the rotation in Tulsa stays.)
    let region = context.profile.region?.lowercased() ?? ""
    let deniedHeld = held.filter { _, places in
      denied.contains { places.contains(name($0)) && !region.contains(name($0).lowercased()) }
    }
    let wishes = utterance.words.contains(where: RegionExtractor.strongIntentWords.contains)
    let corrected = deniedHeld.count == 1 && !wishes ? deniedHeld.first?.key : nil
    // "no, it was in san antonio": a clause that opens on "it was" (past the yes/no and the
    // fillers before it) says where the connection just placed is; not "she moved there from
    // chicago", which tells something else.
    let restates = { (clause: Range<Int>) in
      let words = tokens[clause].map(\.text).drop { restatementOpeners.contains($0) }
      return restatementHeads.contains { words.starts(with: $0) }
    }
    guard
      spoken.contains(where: { utterance.containsAny(placeCues[$0] ?? []) })
        || context.recentlyPlaced != nil && utterance.clauses.contains(where: restates)
        || corrected != nil
    else { return }
    let clauses = utterance.clauses
    // "springfield, illinois", "portland, maine": a state right after a city the gazetteer
    // cannot place (a name several states share) and a comma is the city's state; both are
    // kept ("Springfield, Illinois"), never the other state's city of that name alone. (Not a
    // state that opens a clause of its own: "an away in portland, maine is where i want to
    // be"; nor one after a city of another state, which lists it: "dallas, ohio and texas".)
    var statedCities: [Mention: Mention] = [:]
    for (city, state) in zip(places, places.dropFirst())
    where Gazetteer.states.contains(name(state)) && Gazetteer.state(of: name(city)) == nil
      && !Gazetteer.states.contains(name(city))
      && tokens[city.tokens.upperBound..<state.tokens.lowerBound].map(\.text) == [","]
      && !utterance.opensClause(after: state.tokens)
    {
      statedCities[state] = city
    }
    let kept = { (mention: Mention) in
      statedCities.first { $0.value == mention }.map { "\(name(mention)), \(name($0.key))" }
        ?? name(mention)
    }
    // Where to train, not where a connection is: "my away convinced me to apply in houston"
    // (not "want to stay in ohio where my family is", which says who is there after it).
    let wished = places.filter { mention in
      let start = mention.tokens.lowerBound
      let clause = clauses.first { $0.contains(start) } ?? start..<start
      let after = Utterance(
        tokens: Array(tokens[mention.tokens.upperBound..<clause.upperBound]), original: "")
      return tokens[clause.lowerBound..<start].contains {
        RegionExtractor.strongIntentWords.contains($0.text)
      } && !placeCues.values.contains { after.containsAny($0) }
    }
    // The connections each clause speaks of, among those named or on record; a clause that
    // only points back ("the externship was 6 weeks not 8, and it was in paterson") speaks of
    // the one its sentence's clause before it speaks of.
    var spokenOf: [(Range<Int>, Set<Connection>)] = []
    for clause in clauses {
      let part = Utterance(
        tokens: clause.filter { !specialtyWords.contains($0) }.map { tokens[$0] }, original: "")
      var connections = spoken.filter { part.containsAny(placeCues[$0] ?? []) }
      // "my sub-i went well, 4 wk hands on at a worcester hospital": a rotation's details
      // carry it on too.
      if connections.isEmpty, let (before, one) = spokenOf.last, one.count == 1,
        !tokens[before].contains(where: \.endsSentence),
        pointsBack(clause)
          || one == [.rotation]
            && clause.contains(where: { at in rotationDetails.contains { tokens.has($0, at: at) } })
      {
        connections = one
      } else if connections.isEmpty, let recent = context.recentlyPlaced,
        spokenOf.allSatisfy(\.1.isEmpty), restates(clause)
      {
        connections = [recent]
      } else if connections.isEmpty, let corrected,
        denied.contains(where: { clause.contains($0.tokens.lowerBound) })
      {
        connections = [corrected]
      }
      spokenOf.append((clause, connections))
    }
    // A clause of one place speaks of it for each connection it names ("my attending from my
    // sub-i in tulsa": the rotation and the advocate both there); one of several places is not
    // guessed at.
    // (Not a program being addressed: "... will call the tulsa pd" names no place of theirs.)
    let isAddressed = { (mention: Mention) in
      addresseeWords.contains(tokens.word(at: mention.tokens.upperBound) ?? "")
        && tokens[max(0, mention.tokens.lowerBound - 4)..<mention.tokens.lowerBound].contains {
          contactVerbs.contains($0.text)
        }
    }
    let speaksOf = { (mention: Mention, connection: Connection) in
      spokenOf.contains { clause, connections in
        clause.contains(mention.tokens.lowerBound)
          && (connections == [connection]
            || connections.contains(connection)
              && places.count(where: { clause.contains($0.tokens.lowerBound) }) == 1
              && !isAddressed(mention))
      }
    }
    // A connection named, or one on record the line speaks of ("my mentor is in the bronx,
    // not manhattan").
    for connection in spoken {
      let named = places.filter { mention in
        !denied.contains(mention) && !wished.contains(mention) && speaksOf(mention, connection)
      }
      // "camden nj", "cleveland, ohio": a city's state beside it names no second place.
      let isStateOfCity = { (mention: Mention) in
        named.contains { city in
          city != mention && Gazetteer.state(of: name(city)) == name(mention)
        }
      }
      let said = named.filter { !isStateOfCity($0) }
      // "aways in tacoma and boise", "dallas tx and houston": a place listed right after one
      // named (or its state) is said too.
      // ("tulsa, wichita and omaha": each one listed after the one before; not a state after a
      // city and a comma, "springfield, illinois", nor a place that opens a clause of its own,
      // "an away in dallas, houston is where i want to be".)
      var chain = named
      let listed = places.filter { mention in
        // A city's state ("dallas, tx and houston") carries the list on, and is no place.
        let cityOfState =
          statedCities[mention]
          ?? chain.last { city in
            // (After the city: "michigan or ohio, my brother lives in detroit" lists no tie.)
            Gazetteer.state(of: name(city)) == name(mention)
              && city.tokens.upperBound <= mention.tokens.lowerBound
          }
        if let city = cityOfState, chain.contains(city) {
          chain.append(mention)
          return false
        }
        let joined =
          !said.contains(mention) && !isStateOfCity(mention) && statedCities[mention] == nil
          && chain.contains { utterance.lists(mention.tokens, after: $0.tokens) }
        if joined { chain.append(mention) }
        return joined
      }
      // "my parents live in columbus and my cousin lives in dayton": each place in a clause of
      // its own is one more place of the connection.
      // (Not one in a clause that denies it or puts it in the past: "my cousin doesnt live in
      // dayton anymore".)
      let current = { (mention: Mention) in
        let clause = clauses.first { $0.contains(mention.tokens.lowerBound) } ?? 0..<0
        return !tokens[clause].contains {
          Lexicon.negations.contains($0.text) || Lexicon.pastPlaceWords.contains($0.text)
        }
      }
      let inClausesOfTheirOwn =
        said.count > 1 && said.allSatisfy(current) && listed.isEmpty && connection != corrected
        && !correcting
        && Set(
          said.map { mention in clauses.firstIndex { $0.contains(mention.tokens.lowerBound) } }
        )
        .count == said.count
      // "aways in cleveland and toledo": a list joined by "and" names each place; one with
      // "or" in it ("the away was in dallas or austin") names none for sure.
      let all = (said + listed).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
      let gap = { (first: Mention, next: Mention) in
        tokens[first.tokens.upperBound..<next.tokens.lowerBound].map(\.text)
      }
      let listedWithAnd =
        said.count == 1 && !listed.isEmpty && connection != corrected && !correcting
        && zip(all, all.dropFirst()).allSatisfy { !gap($0, $1).contains("or") }
      if inClausesOfTheirOwn || listedWithAnd {
        result.patch.connectionPlaces[connection] = all.map(kept)
      } else if said.count == 1, listed.isEmpty {
        result.patch.connectionPlaces[connection] = [kept(said[0])]
        // A place denied gives way to the one named ("my cousin is in cincinnati not dayton");
        // a correction naming none, or the place just given said again, replaces the latest
        // on record; any other is one more ("my cousin is a resident in dayton", parents in
        // Columbus).
        if connection == corrected {
          result.patch.unplaced[connection, default: []].formUnion(
            denied.map(name).filter { held[connection]?.contains($0) == true })
        } else if correcting
          || connection == context.recentlyPlaced && clauses.contains(where: restates)
        {
          result.patch.replacesPlaces.insert(connection)
        }
      } else if !said.isEmpty {
        result.placeUnclear = true
      }
    }
    // "my uncle is not in houston anymore": a place on record denied, in a clause about its
    // connection, with no new one named, goes.
    for (connection, places) in held where result.patch.connectionPlaces[connection] == nil {
      for place in places
      where denied.contains(where: { name($0) == place && speaksOf($0, connection) }) {
        result.patch.unplaced[connection, default: []].insert(place)
      }
    }
  }

  /// Whether one of the tie `phrases` is said: one that names where ("went to school in %",
  /// "lived in %", "i am from %", "my brother is in %") counts only before a place of the
  /// gazetteer or "there" ("went to school in st lucia", "i am from egypt", "my brother is in
  /// the hospital" is no tie to a program).
  private static func says(_ phrases: Phrases, in utterance: Utterance, placeStarts: Set<Int>)
    -> Bool
  {
    let tokens = utterance.tokens
    return phrases.indices.contains { index in
      guard utterance.contains(phraseAt: index, of: phrases) else { return false }
      let words = phrases.words[index]
      guard let last = words.last, placeLeads.contains(last) else { return true }
      // `has` matches consecutive tokens, so the token after the phrase is at start + count.
      // "from the boston area", "from here": a place after "the", or a word pointing at one.
      return tokens.indices.contains { start in
        guard tokens.has(words, at: start) else { return false }
        var next = start + words.count
        if tokens.word(at: next) == "the" { next += 1 }
        return placeStarts.contains(next) || placeWords.contains(tokens.word(at: next) ?? "")
      }
    }
  }
}
