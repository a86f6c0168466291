import AdvisorCore

/// The words RegionExtractor listens for: data, extended by adding lines.
extension RegionExtractor {
  /// Cues that keep a place from being the training wish, whatever the rules below say.
  static let neverWish: Set<PlaceCue> = [.ruledOut, .othersView, .listedAfterFact]
  /// What a place is said of when it is not the wish, so that a place listed right after it is
  /// said of the same ("my parents live in tulsa, wichita and omaha").
  static let placesOfFacts: Set<PlaceCue> = [
    .aboutFamily, .aboutConnection, .inRotation, .elsewhere, .listedAfterFact,
  ]
  /// A place after "actually" that is no change of mind about where to train: where family or
  /// a connection is, or a place turned down ("actually worcester is where my parents live").
  static let notAChangeOfMind: Set<PlaceCue> = [
    .aboutConnection, .aboutFamily, .turnedDown, .inRotation,
  ]
  /// When a place named is the training wish: when every cue of a row holds and none of its
  /// `unless` cues does. Read top to bottom.
  static let wishRules: [(when: Set<PlaceCue>, unless: Set<PlaceCue>)] = [
    // "Actually Texas": a correction, unless of where family is ("the cousin is in milwaukee,
    // not chicago") or something else was ("actually i did an observership at cleveland clinic").
    (
      when: [.correction],
      unless: [.aboutFamily, .inRotation, .elsewhere, .institution, .notThere, .aboutConnection]
    ),
    // "PNW only", "only PNW", "just ohio": the one place wanted.
    (
      when: [.exclusive],
      unless: [
        .inRotation, .aboutFamily, .elsewhere, .institution, .notThere, .connectionsAsked,
        .aboutConnection,
      ]
    ),
    // "pnw, seattle or portland, maybe spokane"; "anywhere midwest", "chicago or anywhere";
    // not "midwest or texas, chicago is just where he works".
    (when: [.listedAfterWish], unless: [.elsewhere, .institution]),
    (when: [.besideAnywhere], unless: []),
    // "also colorado" with a region on record: a place added to it.
    (
      when: [.added, .regionKnown],
      unless: [
        .inRotation, .aboutFamily, .elsewhere, .institution, .notThere, .connectionsAsked,
        .aboutConnection,
      ]
    ),
    // The answer to "where?", unless where something else is or turned down.
    (when: [.asked], unless: [.inRotation, .elsewhere, .institution, .turnedDown, .notThere]),
    // "jersey city, that's where i want to train".
    (when: [.pointedBack], unless: [.inRotation]),
    // A place alone, except as the answer to the connections question.
    (when: [.alone], unless: [.inRotation, .connectionsAsked, .notThere]),
    // "programs in ohio": a first region, or a strong wish ("i want to train in ohio").
    // Not where family is, nor an institution there ("a boston hospital").
    // Nor where someone else is ("chicago is just where he works").
    // Nor where a connection is ("my cousin is doing residency in philly").
    (
      when: [.trainingWish],
      unless: [
        .inRotation, .aboutFamily, .institution, .regionKnown, .elsewhere, .notThere,
        .aboutConnection,
      ]
    ),
    (
      when: [.trainingWish, .strongWish],
      unless: [.inRotation, .aboutFamily, .institution, .elsewhere, .notThere]
    ),
  ]

  /// Words that add a place to the region on record rather than replace it ("add colorado
  /// too", "also open to denver").
  static let additions: Phrases = ["add", "too", "also", "as well", "plus", "in addition"]

  /// Words before a place that say it was said by mistake, in a line that says what was meant
  /// ("i said pa earlier but i meant ny").
  static let misspokeLeads: Set<String> = ["said", "typed", "wrote", "put"]
  /// A change of mind right before a place ("actually ny", "make that ny"): that place is the
  /// wish, and narrows the region on record.
  static let changesOfMindBeforePlace =
    Lexicon.changesOfMindAnywhere + Lexicon.changesOfMindAtClauseStart
  /// Words that keep a place on record as it is ("no keep pa, i didnt remove it").
  static let keepWords: Set<String> = ["keep"]
  /// Words that are never part of a place's phrase as kept ("pa back too, philly", "arizona, i
  /// still want texas"): a span holding one is kept as its places' names.
  static let notInPlacePhrase: Set<String> = [
    "back", "too", "also", "add", "i", "still", "want", "said", "say", "meant", "is", "fine",
    "not", "didnt", "did",
  ]

  /// Words that rank a place already listed ("jersey is first choice").
  static let rankingWords: Set<String> = [
    "first", "top", "preferred", "favorite", "favourite", "priority", "preference", "ideally",
  ]

  static let intentWords: Set<String> = [
    "train", "training", "apply", "applying", "match", "matching", "residency", "stay", "move",
    "moving", "programs", "program", "aiming", "targeting", "target", "want", "hoping", "hope",
    "prefer", "preferably", "ideally", "like", "somewhere", "near", "around", "focus", "region",
    "area", "interested", "looking", "goal", "dream", "wants", "prefers", "hopes",
  ]

  /// What programs want, which is no wish of the user's ("texas programs want 230").
  static let programsWanting: Phrases = [
    "programs want", "program wants", "they want", "programs prefer", "program prefers",
    "programs are hoping", "programs hope",
  ]
  /// Words between a negation and the wish it turns down ("not really want").
  static let unwantedFillers: Set<String> = ["really", "definitely", "even"]
  /// Outcomes, not wishes: negated, they are a fear ("scared i wont match in texas"), and the
  /// place is still wanted.
  static let unwantedOutcomes: Set<String> = ["match", "matching", "end"]
  /// Words between a negation and the place it turns down ("not really want to train in").
  static let unwantedBridge: Set<String> = [
    "want", "wanna", "really", "to", "train", "training", "in", "at", "be", "go", "apply",
    "live", "move", "the", "end", "up", "stay", "match",
  ]
  /// Words that say where the user wants to train, strongly enough to change a region already
  /// given ("a program in Worcester" is not enough: that may be where a connection is).
  static let strongIntentWords: Set<String> = [
    "train", "training", "apply", "applying", "match", "matching", "stay", "move", "moving",
    "aiming", "targeting", "hoping", "prefer", "preferably", "ideally", "focus", "interested",
    "goal", "dream", "want", "wants", "prefers", "hopes",
  ]

  /// The intent words that still make a wish in a sentence about a rotation: not those that
  /// also say where the rotation was ("a sub-i at a program in philly").
  static let intentBesideRotation = intentWords.subtracting([
    "program", "programs", "residency", "area", "region", "near", "around", "somewhere",
  ])

  /// Words right before a place that put it in the past ("no, it was in dallas", said of an
  /// away) or make it where something else was done ("did research in boston", "visited
  /// denver"): where something happened, never where to train. Only right before the place:
  /// "after my research year, boston is the goal" wishes.
  static let pastLocatives: [[String]] =
    [["was", "in"], ["were", "in"], ["was", "at"], ["visited"], ["visiting"]]
    + [
      "research", "researched", "volunteered", "volunteering", "volunteer", "vacation",
      "vacationed",
    ]
    .flatMap { [[$0, "in"], [$0, "at"], [$0, "year", "in"]] }
  /// Contexts where a place is where something else happened: school, rotations, a contact.
  static let elsewhereWords: Set<String> = [
    "school", "studied", "study", "studying", "college", "university", "rotation", "rotated",
    "rotating", "elective", "away", "aways", "sub", "subi", "externship",
    "observership", "shadowed", "shadowing", "observed", "conference", "from", "evaluation",
    "evaluations", "evals", "letter", "letters",
    "grew", "born", "worked", "work", "works", "working", "live", "lives", "living", "lived",
    "patients", "population", "preceptor", "research", "researched", "volunteered", "volunteering",
    "visited",
    "vacation", "attending", "mentor", "faculty", "lined", "clerkship", "alumni", "advocate",
    "chair", "pd",
    "director", "resident", "residents", "knows", "know", "contact", "friend", "md", "do",
    "hospital", "hospitals", "hosp", "tie", "ties",
    "connection", "connections", "connected",
  ]

  static let tieWords: Set<String> = [
    "family", "parents", "mom", "dad", "mother", "father", "wife", "husband", "partner", "spouse",
    "fiance", "fiancee", "grew", "hometown", "born", "relatives", "brother", "sister", "siblings",
    "kids", "children", "girlfriend", "boyfriend", "gf", "bf", "home", "cousin", "cousins", "uncle",
    "aunt",
    "relative", "grandparents", "grandma", "grandpa",
  ]

  /// Words after a place that point back to it ("jersey city, that's where i want to train"):
  /// with a wish after them, the place is the training wish, wherever else it is said to be.
  static let pointersBack: [[String]] = [
    ["that", "is", "where"], ["thats", "where"], ["which", "is", "where"], ["where"],
    ["is", "where", "i", "want"], ["is", "where", "i", "really", "want"],
    ["is", "where", "i", "wanna"], ["is", "where", "i", "would", "like"], ["is", "my", "top"],
    ["is", "my", "first"], ["is", "the", "goal"],
    ["that", "is", "the", "place"], ["that", "is", "the", "area"],
  ]
  /// Words after a place that are a wish on their own, with no wish word in them ("houston is
  /// where i need to be").
  static let wishingPointersBack: [[String]] = [
    ["is", "where", "i", "need", "to", "be"], ["is", "where", "i", "belong"],
    ["is", "where", "i", "see", "myself"], ["is", "where", "i", "have", "to", "be"],
  ]
  /// The word that points back to a place at the end of a wish ("i'd love to train there").
  static let thereWords: Set<String> = ["there", "nearby", "close"]
  /// Words of degree beside a place said alone ("mostly northeast", "texas ideally").
  static let degreeWords: Set<String> = [
    "mostly", "mainly", "primarily", "ideally", "preferably", "probably", "prob", "definitely",
  ]
  /// Words between a negation and the place it rules out ("not just houston", "not the south").
  static let leadFillers: Set<String> = ["the", "just", "only", "really"]
  /// Words between "anywhere" and the place that narrows it ("anywhere in the midwest").
  static let anywhereFillers: Set<String> = ["in", "the", "on"]
  /// Words that turn a wish after a place around ("but i don't want to train there").
  static let wishNegators: Set<String> = ["not", "never", "no", "nowhere", "rather"]

  /// Words around a place given as the answer to "where?", dropped from the kept answer.
  static let leadingFillers = [
    "i would like to train in ", "i'd like to train in ", "i want to train in ",
    "i want to be in ", "i'd like to be in ", "i would like to be in ", "hoping for ",
    "i'm hoping for ", "ideally ", "probably ", "preferably ", "somewhere in ", "in ",
  ]
  static let trailingFillers = [
    " ideally", " preferably", " probably", " if possible", " really", " please",
  ]

  static let directions: Set<String> = [
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upstate", "downstate", "coastal", "rural", "urban", "greater",
  ]

  /// "anywhere" that is not about training ("no connections anywhere").
  static let anywhereElse: Phrases = [
    "connections anywhere", "know anyone anywhere", "anyone anywhere", "not anywhere",
    "no one anywhere", "nobody anywhere", "noone anywhere",
    "ties anywhere", "tie anywhere", "contacts anywhere", "connection anywhere",
    "honors anywhere", "honor anywhere", "rotated anywhere", "rotate anywhere", "failed anywhere",
  ]

  /// Words a list of places may carry that say nothing of them ("midwest or texas please").
  static let listCourtesies: Set<String> = ["please", "thanks", "pls", "plz"]
  /// Hedges between listed places ("seattle, maybe spokane", "texas, ideally houston").
  static let listHedges: Set<String> = [
    "maybe", "possibly", "perhaps", "also", "or", "even", "ideally", "preferably", "at", "least",
    "specifically",
  ]

  /// Sentences about a rotation: the places in them are where it was, unless the sentence also
  /// says it wants to train there ("did aways in houston and miami").
  static let rotationWords: Set<String> = [
    "rotation", "rotations", "rotated", "rotating", "elective", "electives", "away", "aways",
    "subi", "sub", "subinternship", "externship", "observership", "clerkship", "clerkships",
    "observerships", "shadowed", "shadowing", "obs",
  ]

  static let notAnywhere: Phrases = [
    "not anywhere", "not just anywhere", "never said anywhere", "not say anywhere",
  ]
  /// Open to any region, as the answer to the region question.
  static let openWhenAsked: Phrases = ["any", "open", "flexible"]
  /// Words right before a place that make it the wish ("programs in texas"), unless the line
  /// says where the user lives or is from.
  static let wishLeads: Set<String> = ["in", "to", "for"]
  static let notWishLeads: Set<String> = ["live", "lives", "from"]
  /// Words right after a place that make it the wish ("texas programs", "florida only").
  static let wishTails: Set<String> = ["programs", "area", "residency", "only"]
  /// Words right before a place that keep it while others are taken back ("only nj").
  static let keptLeads: Set<String> = ["only", "just", "keep", "keeping", "except"]
  /// Words that open a reason: places after them are not what the line takes back.
  static let reasonWords: Set<String> = ["because", "since", "cause"]
  /// "a boston hosp", "the chicago attending": a place that names a hospital, or someone who
  /// works or lives there, not a wish.
  static let hospitalWords: Set<String> = [
    "hospital", "hospitals", "hosp", "clinic", "clinics", "medical", "ed", "eds", "er", "ers",
    "attending", "attendings", "mentor", "mentors", "pd", "pds", "faculty", "preceptor", "chair",
  ]
  /// Who "chicago is just where he works" speaks of: someone other than the user.
  static let someoneElse: Set<String> = ["he", "she", "they", "my", "his", "her", "their"]
  /// Where the user studied ("portland is just where i went to college"): their past, no wish.
  static let studiedWords: Set<String> = [
    "school", "college", "university", "studied", "undergrad", "grew", "rotated", "rotating",
    "trained", "worked", "away", "aways", "rotation", "research", "observership", "elective",
  ]
  /// An institution named right after a place ("the tulsa program is just where i rotated").
  static let placeInstitutions = hospitalWords.union(["program", "hospital", "site"])
  /// "chicago is just where he works": words after a place, in its clause, that say it is
  /// where someone else is (with ``elsewhereWords`` after them, and no wish).
  static let whereSomeoneIs: [[String]] = [
    ["is", "where"], ["is", "just", "where"], ["is", "only", "where"], ["was", "where"],
    ["was", "just", "where"], ["is", "just", "the", "place"],
  ]
}
