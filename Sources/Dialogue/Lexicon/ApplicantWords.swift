import AdvisorCore

/// The words ApplicantExtractor listens for: data, extended by adding lines.
extension ApplicantExtractor {
  /// "school in" said of a place, read against the gazetteer's US places.
  static let schoolInLeads: Phrases = ["medical school in", "med school in"]
  /// A school in a US place ("med school in LA"): no school abroad. Built once from the
  /// gazetteer.
  static let schoolInUSPlace = Phrases(
    Gazetteer.places.keys.sorted().filter { !countryNames.contains($0) }.flatMap { place in
      ["medical school in \(place)", "med school in \(place)"]
    })
  /// Places of the gazetteer that are countries too ("med school in georgia" may be Tbilisi).
  static let countryNames: Set<String> = ["georgia"]

  /// Subjects after which a capital "DO" is the verb stressed ("i DO miss"), not the degree.
  static let emphasisSubjects: Set<String> = ["i", "we", "you", "they", "he", "she", "it"]

  static let usMD: Phrases = [
    "usmd", "us md grad", "us md student",
    "us md", "md student", "md program", "allopathic", "lcme", "us medical school",
    "american medical school", "us med school", "md school", "us grad", "us graduate", "amg",
    "us amg", "md candidate", "md in the us", "us allopathic",
  ]

  static let usDO: Phrases = [
    "do student", "do school", "do program", "do graduate", "do grad", "osteopathic", "comlex",
    "us do", "d o", "do candidate", "dos",
  ]

  static let visa: Phrases = [
    "need a visa", "need visa", "visa sponsorship", "need sponsorship", "j 1", "j1", "h 1b", "h1b",
    "not a us citizen", "not us citizen", "not a citizen", "non us", "non us img",
    "foreign national",
    "need a j1", "need an h1b", "require a visa", "require visa", "visa", "visas",
    "international student", "no green card", "not a permanent resident", "sponsor visas",
    "sponsors visas", "visa sponsoring", "sponsor my visa", "need sponsoring",
  ]

  static let citizen: Phrases = [
    "us citizen", "american citizen", "green card", "permanent resident", "us passport",
    "american", "born in the us", "us national", "us citizenship",
    "raised in the us", "born and raised in the us", "grew up in the us", "green card holder",
  ]

  /// Countries many international graduates come from; naming one where they studied means
  /// an offshore school.
  static let countries: Phrases = [
    "india", "pakistan", "nigeria", "egypt", "philippines", "mexico", "poland", "ireland",
    "israel", "grenada", "dominica", "st kitts", "antigua", "sint maarten", "st maarten",
    "curacao", "aruba", "barbados", "jamaica", "dominican republic", "china", "iran", "syria",
    "lebanon", "jordan", "russia", "ukraine", "hungary", "czech republic", "romania", "italy",
    "germany", "spain", "brazil", "colombia", "venezuela", "cuba", "bangladesh", "nepal",
    "sri lanka", "saudi arabia", "iraq", "sudan", "ethiopia", "ghana", "kenya", "south africa",
    "australia", "uk", "england", "scotland", "serbia", "georgia the country", "armenia",
    "bulgaria", "lithuania", "slovakia", "croatia", "greece", "turkey", "vietnam", "belize",
    "guyana", "haiti", "peru", "chile", "argentina", "st lucia", "saint lucia", "st vincent",
    "saint vincent", "saint kitts", "montserrat", "anguilla", "cayman", "bonaire", "japan",
    "korea", "south korea", "taiwan", "thailand", "malaysia", "indonesia", "singapore",
    "uganda", "tanzania", "zimbabwe", "cameroon", "morocco", "tunisia", "algeria", "libya",
    "yemen", "afghanistan", "uzbekistan", "kazakhstan", "kyrgyzstan", "belarus", "moldova",
    "albania", "bosnia", "north macedonia", "ecuador", "bolivia", "paraguay", "uruguay",
    "honduras", "guatemala", "el salvador", "nicaragua", "costa rica", "panama", "canada",
    "new zealand", "france", "netherlands", "belgium", "sweden", "norway", "denmark",
    "finland", "austria", "switzerland", "portugal", "myanmar", "burma", "cambodia",
  ]

  static let abroad: Phrases = [
    // Not "imgs": "programs friendly to imgs" speaks of others.
    "img", "fmg", "international medical graduate", "foreign medical graduate", "abroad",
    "caribbean", "caribean", "carribean", "offshore", "overseas", "international school",
    "foreign school",
    "international grad", "foreign grad", "medical school in", "med school in",
    "studied medicine in", "graduated from a school in",
  ]

  /// Offshore schools whose students are mostly US citizens.
  static let caribbean: Phrases = [
    "caribbean", "carribean", "caribean", "carib", "sgu", "st george", "st georges", "ross", "auc",
    "saba",
    "aua", "sju",
    "american university of the caribbean", "trinity", "windsor", "offshore",
  ]

  static let usIMG: Phrases = [
    "us img", "usimg", "us imgs", "american studying abroad", "us fmg", "us international",
  ]

  static let notIMG: Phrases = [
    "not an img", "not img", "not a foreign", "not an fmg", "not international",
  ]
  /// Permanent residence, which the advice counts with US citizenship.
  static let permanentResidence: Phrases = [
    "green card", "permanent resident", "green card holder", "permanent residency",
  ]
  /// Permanent residence denied.
  static let notResident: Phrases = [
    "no green card", "not a permanent resident", "dont have a green card",
    "do not have a green card", "not a green card holder", "not green card holder",
    "no permanent residency", "not permanent resident", "not a citizen or green card holder",
    "not a citizen or permanent resident", "not a us citizen or green card holder",
    "not a us citizen or permanent resident", "nor a green card", "nor green card",
    "nor a permanent resident", "nor permanent resident", "no citizenship or green card",
  ]
  /// A green card hoped for or not needed ("hoping to get a green card", "i dont need a green
  /// card"): no residence, and read past when citizenship is looked for.
  static let residencePending: Phrases = [
    "hoping to get a green card", "applying for a green card", "applied for a green card",
    "waiting on my green card", "waiting for my green card", "waiting for a green card",
    "waiting on a green card", "need a green card", "get a green card", "getting a green card",
    "green card pending", "green card is pending", "green card application",
  ]
  /// Said of citizenship, these deny a US one ("citizen" alone names no country).
  static let notCitizen: Phrases = [
    "not a us citizen", "not us citizen", "not a citizen", "no green card",
    "not a permanent resident",
    "not american", "not an american", "non citizen", "noncitizen", "dont have a green card",
    "do not have a green card", "not a green card holder", "not green card holder",
  ]

  /// Nationalities: "indian citizen", "a Nigerian national" hold another country's citizenship.
  static let nationalities = [
    "indian", "pakistani", "nigerian", "egyptian", "filipino", "mexican", "polish", "irish",
    "israeli", "chinese", "iranian", "syrian", "lebanese", "jordanian", "russian", "ukrainian",
    "bangladeshi", "nepali", "nepalese", "sri lankan", "saudi", "iraqi", "sudanese", "ethiopian",
    "ghanaian", "kenyan", "brazilian", "colombian", "venezuelan", "cuban", "canadian", "british",
    "german", "italian", "turkish", "vietnamese", "korean", "japanese", "jamaican", "haitian",
    "peruvian", "chilean", "argentinian", "south african", "australian", "armenian", "greek",
    "romanian", "hungarian", "serbian",
  ]

  /// "indian citizen", "citizen of nigeria": a citizen of another country.
  static let foreignCitizenship = Phrases(
    nationalities.flatMap {
      ["\($0) citizen", "\($0) national", "\($0) passport", "\($0) citizenship"]
    }
      + countries.map { "citizen of \($0)" })

  static let nonUSWords: Phrases = [
    "non us", "non us img", "non citizen", "noncitizen", "non american",
    "not a green card holder", "not green card holder", "no green card holder",
  ]

  /// Where a named country (the `%`) is where the user studied.
  static let studiedIn = [
    "school in %", "studied in %", "studied medicine in %", "graduated in %", "from %", "in %",
    "% med", "in the %", "% medical", "% school", "a % school",
  ]

  /// "I'm from Egypt": the user is from the named country (the `%`).
  static let comesFrom = ["i am from %", "im from %", "i come from %"]

  /// ``studiedIn`` and ``comesFrom`` filled with each country, made once.
  static let studiedInCountry = Dictionary(
    countries.texts.map { ($0, Phrases(studiedIn.filled(with: $0))) },
    uniquingKeysWith: { a, _ in a })
  static let comesFromCountry = Dictionary(
    countries.texts.map { ($0, Phrases(comesFrom.filled(with: $0))) },
    uniquingKeysWith: { a, _ in a })

  /// Medical school abroad, with no country named.
  static let schoolAbroad: Phrases = [
    "studied abroad", "med school abroad", "medical school abroad", "school abroad",
  ]

  /// The user needs no visa: what ``visa`` found is not a need.
  static let noVisaNeeded: Phrases = ["no visa", "not need a visa", "do not need"]

  /// "IMG" alone, which with a non-US cue makes a non-US IMG.
  static let imgWords: Phrases = ["img", "fmg", "imgs"]
  /// Other people spoken of as IMGs ("my img friends applied to 150"): nothing about the user.
  static let othersAsIMGs = Phrases(
    ["img", "imgs", "fmg", "us img", "non us img"].flatMap { group in
      ["friends", "friend", "classmates", "applicants", "colleagues", "people", "students"].map {
        "\(group) \($0)"
      }
    } + ["other imgs", "most imgs", "many imgs", "imgs who", "imgs usually", "imgs tend"])
  /// "MD" read as a US MD only as the answer to the applicant question.
  static let mdWhenAsked: Phrases = ["md", "allopathic"]
}
