import AdvisorCore

/// Reads the applicant type: US MD, US DO, US-citizen IMG or non-US IMG.
enum ApplicantExtractor {

  /// Reads its words against its own lists, not the mentions (the same inputs as every reader).
  static func read(
    _ utterance: Utterance, mentions _: [Mention], context: UnderstandingContext, cues: LineCues
  ) -> Interpretation {
    var result = Interpretation()
    let utterance = utterance.containsAny(imgWords) ? utterance.removing(othersAsIMGs) : utterance
    let tokens = utterance.tokens
    // "DO" is the degree only in capitals, or as "D.O."; lower-case "do" is a verb.
    // "i DO miss a cutoff": after a subject, "DO" is the verb stressed.
    let capitalDO = tokens.indices.contains { index in
      (tokens[index].original == "DO" || tokens[index].original == "DOs")
        && !emphasisSubjects.contains(tokens.word(at: index - 1) ?? "")
    }
    let deniesIMG = utterance.containsAny(notIMG)
    let nonUS = utterance.containsAny(nonUSWords)
    // Most lines name no country: find the ones named before building phrases around them.
    let named = utterance.found(countries)
    let studiedAbroadIn = named.contains {
      utterance.containsAny(studiedInCountry[$0] ?? [])
    }
    let saysIMG = utterance.containsAny(usIMG) && !nonUS
    // "not a us citizen, just a permanent resident": a green card needs no visa, and counts
    // with US citizens here (the contract's `us-img`).
    // A green card hoped for or not needed is read past ("im a us citizen so i dont need a
    // green card", "on a j1, hoping to get a green card").
    let held =
      utterance.containsAny(residencePending) ? utterance.removing(residencePending) : utterance
    let saysResident =
      held.containsAny(permanentResidence) && !utterance.containsAny(notResident)
    let saysVisa =
      utterance.containsAny(visa) && !utterance.containsAny(noVisaNeeded) && !saysResident
    let foreignCitizen = utterance.containsAny(foreignCitizenship)
    let saysCitizen =
      held.containsAny(citizen) && !utterance.containsAny(notCitizen) && !foreignCitizen
      || saysResident
    let saysCaribbean = utterance.containsAny(caribbean)
    // "med school in LA": a school in a US place is no school abroad.
    let abroadText =
      utterance.containsAny(schoolInLeads) ? utterance.removing(schoolInUSPlace) : utterance
    let saysAbroad =
      (abroadText.containsAny(abroad) || studiedAbroadIn || saysCaribbean) && !deniesIMG
    // "I'm from Egypt": a national of another country, who will most likely need a visa.
    let fromAbroad = named.contains { utterance.containsAny(comesFromCountry[$0] ?? []) }

    // The first row that holds decides: the applicant type, an assumption said aloud, or the
    // citizenship asked back (no type).
    let asked = context.pending == .applicant
    // "I got my green card, no visa needed" from a non-US IMG on record: now a resident.
    let nowResident =
      context.profile.applicant == .nonUSIMG && !saysVisa && !foreignCitizen
      && (saysCitizen || utterance.containsAny(noVisaNeeded))
    let table: [(holds: Bool, applicant: ApplicantType?, assumed: Assumption?)] = [
      (
        foreignCitizen || nonUS && (saysAbroad || saysVisa || utterance.containsAny(imgWords)),
        .nonUSIMG, nil
      ),
      (saysIMG || (saysAbroad && saysCitizen) || nowResident, .usIMG, nil),
      (saysVisa && (saysAbroad || !saysCitizen), .nonUSIMG, nil),
      (saysCaribbean || utterance.containsAny(schoolAbroad), .usIMG, .citizen),
      (fromAbroad && !saysCitizen, .nonUSIMG, .visa),
      (saysAbroad, nil, nil),
      (capitalDO || utterance.containsAny(usDO), .usDO, nil),
      (
        utterance.containsAny(usMD) || (asked && utterance.containsAny(mdWhenAsked))
          || tokens.first?.original == "MD", .usMD, nil
      ),
      (asked && saysCitizen, nil, nil),
    ]
    guard let row = table.first(where: \.holds) else { return result }
    // "img friends applied to 150" from someone known to be an IMG: nothing new to ask.
    if row.applicant == nil, [.usIMG, .nonUSIMG].contains(context.profile.applicant) {
      return result
    }
    result.patch.applicant = row.applicant
    if let assumed = row.assumed { result.assumptions.append(assumed) }
    if row.applicant == nil { result.intents.append(.clarify(.citizenship)) }
    return result
  }
}
