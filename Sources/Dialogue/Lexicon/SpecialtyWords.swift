import AdvisorCore

/// The words SpecialtyExtractor listens for: data, extended by adding lines.
extension SpecialtyExtractor {
  /// Words after a specialty that make it a part of training ("my IM clerkship").
  /// Words right after a specialty's name that make it someone's or something's ("the derm
  /// pd", "a derm away"), not the user's choice. Read only right after the name, unlike
  /// ``trainingNouns``, which mark a whole clause.
  static let attributeTails: Set<String> = [
    "pd", "pds", "apd", "chair", "chief", "faculty", "mentor", "resident", "residents", "fellow",
    "fellows", "doc", "docs", "away", "aways", "externship", "observership", "outpatient",
    "inpatient", "clinic",
  ]
  /// Words that end a training noun typed with a hyphen ("sub-i" is "sub" and "i").
  static let trainingTails: Set<String> = ["i"]
  static let trainingNouns: Set<String> = [
    "clerkship", "clerkships", "rotation", "rotations", "shelf", "shelves", "elective",
    "electives", "block", "department", "attending", "attendings", "team", "service", "grade",
    "honors", "honored", "grades", "comments", "evals", "evaluations", "hp", "subi", "sub",
    "observership", "observerships", "externship", "externships",
  ]

  /// Words after which a short alias in lower case ("em", "fm", "ent") names the specialty.
  static let shortAliasLeads: Set<String> = [
    "is", "but", "not", "no", "and", "or", "into", "doing", "in", "applying", "apply", "want",
    "wants", "choice", "maybe", "to", "for", "like", "with", "w", "forget", "going", "mean",
    "drop", "dropping", "from", "over", "choose", "chose", "picking", "prefer", "switch",
    "switching", "be", "backup", "fallback", "also", "plus", "add", "adding", "its", "thats",
    // A change of mind before it ("ok actually fm first again"); not "then" or "now", after
    // which "em" is "them" ("and then em both replied").
    "actually", "wait",
  ]

  /// The short aliases a question about a specialty reads as names ("my shot at fm").
  static let shortAliases: Set<String> = ["im", "em", "fm", "ent"]

  /// Words after a short alias that give it a role, so that even "im" names the specialty ("im
  /// as my main, fm as backup").
  static let roleTails: [[String]] = [
    ["as", "my", "main"], ["as", "main"], ["as", "my", "first"], ["as", "first"],
    ["as", "my", "backup"], ["as", "backup"], ["as", "a", "backup"], ["as", "my", "top"],
    ["my", "main"], ["my", "first"], ["my", "top"], ["my", "backup"], ["the", "backup"],
    ["the", "main"], ["my", "priority"], ["my", "choice"], ["main"],
    // "em is still first": its rank among the specialties.
    ["is", "still", "first"], ["is", "first"], ["still", "first"], ["stays", "first"],
    ["is", "my", "first"], ["is", "still", "my", "first"],
  ]

  /// Whose wish for the user is theirs, not the user's ("my dad wants me to do surgery"):
  /// faculty, friends and family alike.
  static let othersWhoWish: Set<String> =
    OthersView.othersWhoSay.union(
      ConnectionExtractor.familyMembers.texts.filter { !$0.contains(" ") })

  /// Words before "im" that make it the specialty, never "I'm" ("applying to im").
  static let imLeads: Set<String> = [
    "into", "applying", "apply", "to", "for", "doing", "choose", "chose", "prefer", "switch",
    "switching", "picking", "over", "in", "categorical", "prelim", "make", "makes", "keep",
  ]
  /// Words after "im" that make it the specialty, never "I'm" ("im is my main", "im w fm
  /// backup"); so does a mark or the line's end ("im, fm backup").
  static let imTails: Set<String> = [
    "is", "w", "or", "main", "backup", "program", "programs", "residency", "applicant",
    "prelim", "categorical", "plus", "vs", "versus",
  ]
  /// Words after a lower-case "im" that make it "I'm" even while the specialty is asked ("im
  /// applying pediatrics", "im doing peds", "im a DO student"); so does any word ending "ing".
  static let iAmFollowers: Set<String> = [
    "a", "an", "not", "from", "interested", "thinking", "leaning", "going", "torn", "between",
    "gonna", "planning", "hoping", "considering", "aiming",
  ]

  /// Short aliases that are also a pronoun in lower case, with the words that follow the
  /// pronoun ("drop em an email", "forget em, they never reply").
  static let pronounAliases: [String: Set<String>] = [
    "em": [
      "a", "an", "the", "they", "them", "he", "she", "it", "some", "up", "out", "know", "all",
      "both",
    ]
  ]

  /// Words just before a specialty that keep it in reserve ("maybe FM", "backup FM").
  static let backupLeads: Set<String> = ["maybe", "backup", "possibly", "also", "fallback"]
  /// Words just after a specialty that keep it in reserve ("FM as a backup", "FM as plan b").
  static let backupTails: Set<String> = ["backup", "fallback", "backups", "safety"]
  /// Words just after a specialty that set it aside as a long shot ("EM as a reach"): neither
  /// the choice nor a backup.
  static let reachTails: Set<String> = ["reach", "stretch", "longshot"]
  /// What leads a reach word after the specialty ("as a reach", "is my stretch").
  static let reachLeads: [[String]] = [
    ["as", "a"], ["as", "my"], ["is", "a"], ["is", "my"], ["as", "the"], ["is", "the"],
  ]
  /// Hedges between a specialty and its reach ("EM maybe as a reach", "derm is still my reach").
  static let reachHedges: Set<String> = [
    "maybe", "only", "just", "more", "like", "kind", "of", "still",
  ]
  /// Phrases before a specialty that keep it in reserve ("open to gas", "plan b is FM").
  static let backupLeadPhrases: [[String]] = [["open", "to"], ["plan", "b"]]
  /// Phrases after a specialty that keep it in reserve ("FM as plan b").
  static let backupTailPhrases: [[String]] = [
    ["plan", "b"],
    // "fm is my only real backup".
    ["is", "my", "only", "real", "backup"], ["is", "my", "only", "backup"],
    ["is", "my", "real", "backup"], ["is", "my", "true", "backup"],
    ["is", "the", "only", "backup"],
    // "or prelim surgery if that fails", "prelim if needed".
    ["if", "that", "fails"], ["if", "it", "fails"], ["if", "needed"], ["if", "i", "dont", "match"],
    ["if", "that", "doesnt", "work"], ["if", "it", "doesnt", "work"],
    ["if", "that", "does", "not", "work"], ["if", "it", "does", "not", "work"],
    ["if", "i", "do", "not", "match"], ["if", "that", "falls", "through"],
    ["if", "it", "falls", "through"], ["if", "all", "else", "fails"], ["just", "in", "case"],
  ]

  /// What makes "no backup" someone else's view or a doubt, not the user's decision ("my advisor
  /// thinks i need no backup but i am not sure").
  static let backupHearsay: Phrases = [
    "thinks", "think", "said", "says", "told me", "suggested", "not sure", "unsure", "idk",
    "do not know", "maybe", "should i",
  ]

  /// Every backup taken back at once ("actually no backup, FM only").
  static let noBackups: Phrases = [
    "no backup", "no backups", "no back up", "without a backup", "drop the backup",
    "drop the backups", "remove the backup", "remove the backups", "no plan b", "no fallback",
    "not doing a backup", "not applying to a backup", "not dual applying", "forget the backup",
    "forget the backups", "forget about the backup", "scrap the backup", "scratch the backup",
    "delete the backup", "lose the backup", "ditch the backup", "no more backup",
  ]

  /// Words right before a specialty that put it in the place of the one named just before
  /// ("backup fm... actually make that IM").
  static let replacingLeads: [[String]] = [
    ["make", "that"], ["scratch", "that"], ["or", "rather"],
  ]

  /// Words by which a specialty named takes the place of one dropped ("drop gas, fm instead").
  static let insteadWords: Set<String> = ["instead"]
  /// A word right before a specialty that rules it out ("not derm", "IM instead of derm").
  static let negatingLeads: Set<String> = ["not", "instead", "than"]
  /// Words right after a specialty that rule it out ("peds is out", "derm is off the table").
  static let ruledOutTails: [[String]] = [
    "is out", "is off the table", "off the table", "is out of the question", "is done",
    "is gone", "no more", "is not an option", "is no longer an option", "is a bad idea",
    "is not a good idea",
  ].map { $0.split(separator: " ").map(String.init) }
  /// A switch only weighed, right before the specialty ("thinking about switching to FM"): the
  /// specialty is kept beside the choice as a backup, said aloud, not made the choice.
  static let weighedSwitchLeads: [[String]] = [
    "thinking about switching to", "thinking of switching to", "considering switching to",
    "might switch to", "may switch to", "maybe switch to", "maybe switching to",
    "thinking about going", "thinking about", "thinking of", "considering",
  ].map { $0.split(separator: " ").map(String.init) }
  /// Words shortly before the specialty switched to ("from derm to IM", "I meant peds").
  static let switchLeads: Set<String> = ["to", "meant", "actually"]

  /// Risky aliases that name the specialty as an item of a list of facts ("ck 229, psy, need a
  /// visa"), where no ordinary word stands alone between commas.
  static let listedAliases: Set<String> = [
    "psy", "gas", "path", "ob", "gyn", "fp", "gs", "ty", "er", "ed",
  ]

  /// Risky aliases that name the specialty when typed in capitals ("applying for a TY").
  static let capitalAliases: Set<String> = ["ty", "fp", "gs"]

  /// Words that name a specialty only when the advisor has just asked for one.
  static let contextualNames: [String: Specialty] = [
    "medicine": .internalMedicine, "internal": .internalMedicine, "surgery": .generalSurgery,
    "general": .generalSurgery, "family": .familyMedicine, "emergency": .emergencyMedicine,
    "path": .pathology, "er": .emergencyMedicine, "ed": .emergencyMedicine,
    "obgyn": .obstetricsGynecology, "ob": .obstetricsGynecology, "gas": .anesthesiology,
    "fp": .familyMedicine, "ty": .transitionalYear, "pediatric": .pediatrics,
  ]

  /// The words before a slang name that only its specialty follows ("going for gas",
  /// "applying to gas"; not "paying for gas").
  static let slangLeads: [String: [[String]]] = [
    "gas": specialtyLeads, "ob": specialtyLeads + [["want"], ["i", "want"]],
  ]
  /// Words before a slang name that keep it in reserve ("em, backup fm, maybe gas too"): the
  /// specialty only beside another one named in the line (not "rent or gas").
  static let reserveLeads: [[String]] = [
    ["maybe"], ["open", "to"], ["or"], ["also"], ["backup"], ["considering"],
  ]
  /// Words right after a slang name that give it a role ("gas backup"): the specialty beside
  /// another one named in the line or on record. (Not "instead": "im instead going to ...".)
  static let reserveTails: Set<String> = ["backup", "fallback"]
  private static let specialtyLeads: [[String]] = [
    ["going", "for"], ["into"], ["doing"], ["applying"], ["apply"], ["choose"], ["chose"],
    ["applying", "to"], ["apply", "to"], ["want", "to", "do"],
    // Asked about ("is 231 ok for gas", "what about gas").
    ["ok", "for"], ["okay", "for"], ["good", "for"], ["low", "for"],
    ["realistic", "for"], ["competitive", "for"], ["what", "about"], ["shot", "at"],
    ["chances", "in"], ["chances", "at"], ["chances", "for"],
  ]

  /// Phrases in which a word of ``contextualNames`` is an ordinary word, even when the specialty
  /// is asked ("a family emergency during dedicated" is no Family Medicine).
  static let ordinaryPhrases: Phrases = [
    "gas money", "gas mileage", "gas station", "gas prices", "gas bill",
    "family emergency", "family member", "family members", "family issue", "family issues",
    "family thing", "family things", "family stuff", "family situation", "family reasons",
    "family reason", "family crisis", "family problem", "family problems", "family matters",
    "family history", "family illness", "family death", "family loss", "family drama",
    "family tragedy", "family lives", "my family", "our family", "his family", "her family",
    "the family", "no family", "any family", "family in", "family there", "family nearby",
    "family near", "family ties", "family tie", "family here", "family connections",
    "family connection", "family live", "family living", "family moved",
    // "too far from family" (tester Lena): where family is, never Family Medicine.
    "from family", "near family", "from my family",
    "medical emergency", "an emergency", "emergency surgery", "had surgery",
    "needed surgery", "after surgery", "the er", "to the er", "in the er",
  ]

  /// Aliases too easily confused with ordinary words to use outside the specialty question.
  static let unsafeAliases: Set<String> = [
    "medicine", "surgery", "internal", "family", "emergency", "path", "ob", "ed", "er", "gas",
    "gs", "dr", "ir", "fp", "psy", "general", "ty", "ap cp", "pediatric", "transitional",
    "emergency room", "obstetrics", "gynecology", "gyn",
  ]

  /// Common words that sit one typo away from a specialty alias and must not be "corrected".
  static let protectedWords: Set<String> = [
    // Fields the advisor has no advice for: never "corrected" into one it has.
    "cardiology", "oncology", "gastroenterology", "nephrology", "urology", "ophthalmology",
    "rheumatology", "endocrinology", "hematology", "pulmonology", "immunology", "cardiologist",
    "oncologist", "urologist", "ophthalmologist", "neonatology", "geriatrics", "radiotherapy",
    "neural", "neutral", "pathway", "patho", "sedation", "radiant", "general", "generally",
  ]
}
