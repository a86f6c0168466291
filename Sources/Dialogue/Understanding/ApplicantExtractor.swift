import AdvisorCore

/// Reads the applicant type: US MD, US DO, US-citizen IMG or non-US IMG.
enum ApplicantExtractor {
  static let usMD = [
    "us md", "md student", "md program", "allopathic", "lcme", "us medical school",
    "american medical school", "us med school", "md school", "us grad", "us graduate", "amg",
    "us amg", "md candidate", "md in the us", "us allopathic",
  ]
  static let usDO = [
    "do student", "do school", "do program", "do graduate", "do grad", "osteopathic", "comlex",
    "us do", "d o", "do candidate", "dos",
  ]
  static let visa = [
    "need a visa", "need visa", "visa sponsorship", "need sponsorship", "j 1", "j1", "h 1b", "h1b",
    "not a us citizen", "not us citizen", "not a citizen", "non us", "non us img",
    "foreign national",
    "need a j1", "need an h1b", "require a visa", "require visa", "visa", "visas",
    "international student", "no green card", "not a permanent resident", "sponsor visas",
    "sponsors visas", "visa sponsoring", "sponsor my visa", "need sponsoring",
  ]
  static let citizen = [
    "us citizen", "american citizen", "citizen", "green card", "permanent resident", "us passport",
    "american", "born in the us", "us national", "us citizenship", "citizenship",
    "raised in the us", "born and raised in the us", "grew up in the us", "green card holder",
  ]
  /// Countries many international graduates come from; naming one where they studied means
  /// an offshore school.
  static let countries = [
    "india", "pakistan", "nigeria", "egypt", "philippines", "mexico", "poland", "ireland",
    "israel", "grenada", "dominica", "st kitts", "antigua", "sint maarten", "st maarten",
    "curacao", "aruba", "barbados", "jamaica", "dominican republic", "china", "iran", "syria",
    "lebanon", "jordan", "russia", "ukraine", "hungary", "czech republic", "romania", "italy",
    "germany", "spain", "brazil", "colombia", "venezuela", "cuba", "bangladesh", "nepal",
    "sri lanka", "saudi arabia", "iraq", "sudan", "ethiopia", "ghana", "kenya", "south africa",
    "australia", "uk", "england", "scotland", "serbia", "georgia the country", "armenia",
    "bulgaria", "lithuania", "slovakia", "croatia", "greece", "turkey", "vietnam", "belize",
    "guyana", "haiti", "peru", "chile", "argentina",
  ]
  static let abroad = [
    "img", "imgs", "fmg", "international medical graduate", "foreign medical graduate", "abroad",
    "caribbean", "offshore", "overseas", "international school", "foreign school",
    "international grad", "foreign grad", "medical school in", "med school in",
    "studied medicine in", "graduated from a school in",
  ]
  /// Offshore schools whose students are mostly US citizens.
  static let caribbean = [
    "caribbean", "carribean", "carib", "sgu", "st george", "st georges", "ross", "auc", "saba",
    "aua", "sju",
    "american university of the caribbean", "trinity", "windsor", "offshore",
  ]
  static let usIMG = [
    "us img", "usimg", "us imgs", "american studying abroad", "us fmg", "us international",
  ]

  static func read(_ utterance: Utterance, context: UnderstandingContext, cues: LineCues)
    -> Interpretation
  {
    var result = Interpretation()
    let tokens = utterance.tokens
    // "DO" is the degree only in capitals, or as "D.O."; lower-case "do" is a verb.
    let capitalDO = tokens.contains { $0.original == "DO" || $0.original == "DOs" }
    let deniesIMG = utterance.containsAny([
      "not an img", "not img", "not a foreign", "not an fmg", "not international",
    ])
    let nonUS = utterance.containsAny([
      "non us", "non us img", "non citizen", "noncitizen", "non american",
    ])
    // Most lines name no country: find the ones named before building phrases around them.
    let named = countries.filter(utterance.contains)
    let studiedAbroadIn = named.contains { country in
      utterance.containsAny([
        "school in \(country)", "studied in \(country)", "studied medicine in \(country)",
        "graduated in \(country)", "from \(country)", "in \(country)", "\(country) med",
        "\(country) medical",
      ])
    }
    let saysIMG = utterance.containsAny(usIMG) && !nonUS
    let saysVisa =
      utterance.containsAny(visa) && !utterance.contains("no visa")
      && !utterance.contains("not need a visa") && !utterance.contains("do not need")
    let saysCitizen =
      utterance.containsAny(citizen) && !utterance.contains("not a us citizen")
      && !utterance.contains("not us citizen") && !utterance.contains("not a citizen")
    let saysCaribbean = utterance.containsAny(caribbean)
    let saysAbroad =
      (utterance.containsAny(abroad) || studiedAbroadIn || saysCaribbean) && !deniesIMG
    // "I'm from Egypt": a national of another country, who will most likely need a visa.
    let fromAbroad = named.contains { country in
      utterance.containsAny([
        "i am from \(country)", "im from \(country)", "i come from \(country)",
      ])
    }

    if nonUS && (saysAbroad || saysVisa || utterance.containsAny(["img", "fmg", "imgs"])) {
      result.patch.applicant = .nonUSIMG
    } else if saysIMG || (saysAbroad && saysCitizen) {
      result.patch.applicant = .usIMG
    } else if saysVisa && (saysAbroad || !saysCitizen) {
      result.patch.applicant = .nonUSIMG
    } else if saysCaribbean
      || utterance.containsAny([
        "studied abroad", "med school abroad", "medical school abroad", "school abroad",
      ])
    {
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
      || (context.pending == .applicant && utterance.containsAny(["md", "allopathic"]))
    {
      result.patch.applicant = .usMD
    } else if context.pending == .applicant, saysCitizen {
      result.intents.append(.clarify(.citizenship))
    }
    return result
  }
}
