import AdvisorCore

/// Reads the applicant type: US MD, US DO, US-citizen IMG or non-US IMG.
enum ApplicantExtractor {

  /// Reads its words against its own lists, not the mentions (the same inputs as every reader).
  static func read(
    _ utterance: Utterance, mentions _: [Mention], context: UnderstandingContext, cues: LineCues
  ) -> Interpretation {
    var result = Interpretation()
    let tokens = utterance.tokens
    // "DO" is the degree only in capitals, or as "D.O."; lower-case "do" is a verb.
    let capitalDO = tokens.contains { $0.original == "DO" || $0.original == "DOs" }
    let deniesIMG = utterance.containsAny(notIMG)
    let nonUS = utterance.containsAny(nonUSWords)
    // Most lines name no country: find the ones named before building phrases around them.
    let named = countries.filter(utterance.contains)
    let studiedAbroadIn = named.contains { utterance.containsAny(studiedIn.filled(with: $0)) }
    let saysIMG = utterance.containsAny(usIMG) && !nonUS
    let saysVisa = utterance.containsAny(visa) && !utterance.containsAny(noVisaNeeded)
    let foreignCitizen = utterance.containsAny(foreignCitizenship)
    let saysCitizen =
      utterance.containsAny(citizen) && !utterance.containsAny(notCitizen) && !foreignCitizen
    let saysCaribbean = utterance.containsAny(caribbean)
    let saysAbroad =
      (utterance.containsAny(abroad) || studiedAbroadIn || saysCaribbean) && !deniesIMG
    // "I'm from Egypt": a national of another country, who will most likely need a visa.
    let fromAbroad = named.contains { utterance.containsAny(comesFrom.filled(with: $0)) }

    if foreignCitizen || nonUS && (saysAbroad || saysVisa || utterance.containsAny(imgWords)) {
      result.patch.applicant = .nonUSIMG
    } else if saysIMG || (saysAbroad && saysCitizen) {
      result.patch.applicant = .usIMG
    } else if saysVisa && (saysAbroad || !saysCitizen) {
      result.patch.applicant = .nonUSIMG
    } else if saysCaribbean || utterance.containsAny(schoolAbroad) {
      result.patch.applicant = .usIMG
      result.assumptions.append(.citizen)
    } else if fromAbroad, !saysCitizen {
      result.patch.applicant = .nonUSIMG
      result.assumptions.append(.visa)
    } else if saysAbroad {
      result.intents.append(.clarify(.citizenship))
    } else if capitalDO || utterance.containsAny(usDO) {
      result.patch.applicant = .usDO
    } else if utterance.containsAny(usMD)
      || (context.pending == .applicant && utterance.containsAny(mdWhenAsked))
      || tokens.first?.original == "MD"
    {
      result.patch.applicant = .usMD
    } else if context.pending == .applicant, saysCitizen {
      result.intents.append(.clarify(.citizenship))
    }
    return result
  }
}
