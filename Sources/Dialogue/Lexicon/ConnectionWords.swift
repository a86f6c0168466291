import AdvisorCore

/// The words ConnectionExtractor listens for: data, extended by adding lines.
extension ConnectionExtractor {
  static let rotation: Phrases = [
    "away rotation", "away rotations", "audition rotation", "rotated there", "rotated at",
    "rotated with", "rotation there", "rotation at", "elective there", "elective at",
    "did an elective", "did a rotation", "did an away", "sub i there", "sub i at",
    "subinternship at", "sub internship at", "visiting student", "rotated", "did my elective",
    "did electives", "rotations there", "did an away rotation", "my sub i", "did a sub i",
    "during my sub i", "after my sub i", "did an away", "away at", "aways", "did aways",
    "did rotate", "subi", "sub i in", "sub i with", "externship at", "externship in",
    "externship there", "did an externship", "hands on externship", "week elective",
    "wk elective", "hands on elective", "did do a rotation", "did do an elective", "my away",
    "my aways", "away in", "aways in", "an away there",
    // Where it was, said again or corrected ("the away was in san antonio not houston").
    "away was in", "away was at", "elective was in", "elective was at", "rotation was in",
    "rotation was at", "sub i was in", "sub i was at", "externship was in", "externship was at",
    "hands on electives", "my us electives", "us electives", "electives in the us",
    "did two electives", "did 2 electives", "did three electives", "did 3 electives",
    "sub internship in", "sub internship there", "my sub internship", "did a sub internship",
    "subinternship in", "subinternship there", "my subinternship", "did a subinternship",
  ]

  /// Words that add a place to those on record ("my aunt lives in toledo too").
  static let placeAdditions = RegionExtractor.additions

  /// An elective named with its place ("a 6 week elective in chicago"): a rotation only before a
  /// place of the gazetteer, not "an elective in cardiology".
  static let electiveInPlace: Phrases = ["elective in", "electives in"]
  /// Rotations named right after their place, the place after one of
  /// ``rotationPlaceDeterminers`` ("my queens externship", "the tulsa sub-i"; not "ohio
  /// rotations are hard to get", "moved to texas away from my family").
  static let rotationsAfterPlace: [[String]] = [
    ["externship"], ["externships"], ["sub", "i"], ["subi"], ["elective"], ["electives"],
    ["rotation"], ["rotations"], ["away"], ["aways"],
  ]
  static let rotationPlaceDeterminers: Set<String> = ["my", "the", "our", "a", "an", "one"]
  /// Words after a place that make it a program addressed ("the tulsa pd"), no connection's.
  static let addresseeWords: Set<String> = ["pd", "pds", "director", "program", "programs"]
  /// Verbs of reaching a program, before its place and one of ``addresseeWords``.
  static let contactVerbs: Set<String> = [
    "call", "calls", "email", "emails", "contact", "contacts", "reach", "write", "message",
  ]

  static let advocate: Phrases =
    [
      "faculty advocate", "offered to call", "offered to reach out", "offered to email",
      "offered to contact", "will call", "can call", "could call", "will vouch", "vouch for me",
      "put in a word", "put in a good word", "speak for me", "speak on my behalf",
      "advocate for me",
      "reach out for me", "reach out on my behalf",
      "email the pd for me", "call the pd", "contact the pd",
    ] + emailsForMe

  /// Someone writing to programs for the user: advocacy too, even by one who will not call
  /// ("she'll email for me but won't call").
  static let emailsForMe: Phrases = [
    "will email for me", "would email for me", "will email programs for me",
    "would email programs for me", "email programs for me", "email on my behalf",
    "will email them for me", "will write to programs for me", "will write to the pd",
    "will email the pd", "would email the pd", "offered to write to", "will email the program",
  ]

  static let advocatePeople: Phrases = [
    "mentor", "attending", "faculty", "chair", "chairman", "professor", "dean", "pi", "mentors",
    "attendings", "professors",
    "letter writer", "program director", "pd", "department head", "chief of", "division chief",
    "clerkship director", "course director", "site director", "rotation director", "preceptor",
  ]

  /// What faculty said to the user that is feedback, not a promise to speak up ("the PD told
  /// me to apply"): no advocate is assumed from it, even as the answer to the connections
  /// question; whether one would speak up is asked.
  static let feedbackOnly: Phrases = [
    "told me to apply", "asked me to apply", "encouraged me to apply", "invited me to apply",
    "liked me", "loved me", "said i should apply", "wants me to apply", "love to have me",
    "want me back", "wants me back", "have me back", "invited me back", "best student",
    "love to have you", "have you back", "want you back",
    "top student", "one of the best", "good fit", "great fit", "nothing more",
  ]

  /// People who are not faculty: their praise is feedback (a hook), not advocacy.
  static let nonFaculty: Phrases = [
    "chief resident", "resident", "residents", "intern", "nurse", "team",
  ]

  /// Who may put in a word without being faculty ("my cousin will put in a good word with
  /// her pd"): said before the words of advocacy, without a faculty word, no advocate.
  static let nonFacultySpeakers: Set<String> = [
    "cousin", "cousins", "brother", "sister", "mom", "dad", "mother", "father", "aunt", "uncle",
    "friend", "friends", "classmate", "roommate", "gf", "bf", "girlfriend", "boyfriend", "wife",
    "husband", "partner", "resident", "residents", "intern", "nurse",
  ]

  /// A rotation still to come is not a tie yet.
  static let futureRotation: Phrases = [
    "lined up", "upcoming", "scheduled", "will do", "going to do", "plan to do", "planning",
    "applying for", "hope to do", "next month", "this spring", "this summer", "this fall",
    "hoping to do", "would like to do", "next spring", "next summer", "next fall",
    "doing an away", "doing a rotation", "doing an elective", "doing a sub i", "doing my away",
    "will be doing",
  ]
  /// The words that name a rotation, for one said not to have happened yet.
  static let rotationMentions = Phrases(rotationNouns + ["aways", "rotations", "sub i"])
  /// A rotation on record said not to have happened yet ("the denver away hasnt happened yet"):
  /// it is taken back.
  static let rotationNotYet: Phrases = [
    "not happened yet", "has not happened", "not happened", "not done it yet", "not started yet",
    "not done yet",
  ]

  /// Phrases that state a tie to a place by themselves. A family member merely named ("my dad
  /// was in the hospital") is no tie: family counts where they live (``familyMembers`` beside
  /// ``livesNearby``).
  static let geographic: Phrases = [
    "family lives", "family is in", "family in", "grew up", "parents live", "hometown",
    "home town", "i am from", "im from", "lived in", "i live in", "home state",
    "went to college in", "went to school in", "born and raised", "where my family",
    "where my parents", "near my family", "close to my family", "near family", "close to family",
    "near my parents", "close to my parents", "where i went to college", "where i went to school",
    "where i grew up", "where i was born", "where i live",
  ]
  /// Where the user studies ("i go to a DO school in ohio"): a tie when the connections
  /// question asks (it names school), and otherwise only what the applicant type reads.
  static let geographicWhenAsked: Phrases = [
    "school in", "school is in", "college in", "university in", "school was in",
  ]

  /// "No connections beyond that": nothing more than what is known.
  static let beyondKnown: Phrases = [
    "beyond that", "besides that", "other than that", "apart from that", "no other",
    "no more", "nothing else", "anything else", "otherwise",
  ]

  /// "I do have some": connections, kind not said.
  static let vagueYes: Phrases = [
    "i do have some", "i have some", "i have a few", "a few", "yes some",
  ]

  static let alumni: Phrases = [
    "graduated from their", "their med school", "their medical school", "went to their school",
    "went to med school there", "graduated from there",
    "alumni", "alum", "alums", "graduates from my school", "grads from my school",
    "people from my school", "my school has grads", "my school has graduates",
    "former students", "graduates of my school",
  ]

  static let none: Phrases = [
    "no real connections", "no real ties",
    "nope none", "nah none", "or anything",
    "no connections", "no connection", "no ties", "no tie", "no contacts", "do not know anyone",
    "dont know anyone", "nobody", "no one", "none", "not really", "no mentor", "no network",
    "zero connections", "no links", "i have none", "not have any connections",
    "not have connections", "not have any ties", "not have ties", "not know anybody",
  ]

  /// Words that name a rotation when the connections question is pending.
  static let rotationWhenAsked: Phrases = [
    "rotation", "rotations", "elective", "electives", "sub i", "away", "externship",
    "externships",
  ]

  /// A letter alone is not advocacy...
  static let letterOnly: Phrases = [
    "write a letter", "write me a letter", "letter of rec", "write my", "wrote me a",
    "wrote a letter", "wrote a strong letter", "wrote strong letter", "wrote my letter",
    "wrote me strong", "letter for me",
  ]
  /// ...unless the writer will also speak up.
  static let speaksUp: Phrases = ["call", "vouch", "reach out", "put in a", "contact", "advocate"]
  /// What a faculty member does for the user that makes them an advocate.
  static let willContact: Phrases = [
    "offered", "call", "vouch", "reach", "advocate", "contact", "send an email",
    "send them an email", "write to the pd", "write to the program", "talk to the pd",
    "talk to the program director", "speak to the pd", "speak to the program director",
    "email the", "promised", "will email", "email program", "email programs", "email two",
    "email a few", "email a couple", "email some",
  ]
  static let refusesToCall: Phrases = [
    "will not call", "would not call", "cannot call", "can not call", "can not really call",
    "not willing", "not vouch", "not really vouch", "cannot vouch", "can not vouch",
    "can not really vouch", "nobody would call", "no one would call", "nobody will call",
    "no one will call", "nobody is going to call", "no one is going to call", "nobody to call",
    "no one to call", "nobody would vouch", "no one would vouch", "nobody to vouch",
    "nobody to advocate", "no one to advocate", "nobody would advocate", "no one would advocate",
    "nobody will advocate", "no one will advocate", "nobody who would advocate",
    "no one who would advocate", "nobody to speak", "no one to speak", "nobody would speak",
    "no one would speak", "nobody has offered", "no one has offered", "nobody offered",
    "no one offered", "not offered to", "never offered to",
  ]

  /// Doubt that someone would speak up ("not sure she would call anyone", "i don't know if he
  /// would advocate"): no advocate is kept, and one on record is taken back.
  static let doubtsAdvocate =
    Phrases(
      doubtLeads.flatMap { lead in
        ["she", "he", "they", "anyone", "anybody"].flatMap { who in
          ["would", "will"].map { "\(lead) \(who) \($0)" }
        }
      }
        + [
          "no to the faculty", "might not call", "may not call", "if anyone would call",
          "if anyone would vouch",
        ]) + tentativeHelp
  /// "she is not faculty", "shes just a pgy2": the advocate on record was not faculty after all.
  static let notFacultyAfterAll: Phrases = [
    "not faculty", "isnt faculty", "not an attending", "isnt an attending", "just a resident",
    "only a resident", "just a pgy", "only a pgy", "just an intern", "not a faculty member",
  ]
  /// What opens a doubt about someone speaking up ("not sure she would").
  private static let doubtLeads = [
    "idk if", "not sure", "not sure if", "do not know if", "doubt", "unsure if",
  ]
  /// Help never promised ("she never said she'd call anyone", "it's just a maybe"): no
  /// advocate, unless the line says someone will speak up ("... but she said she will call the
  /// pd"), and no taking back of anything else the line says.
  static let unpromised: Phrases = [
    "not promised", "never promised", "just a maybe", "only a maybe", "not said he would",
    "not said she would", "not said they would", "never said he would", "never said she would",
    "never said they would", "not actually said", "nobody said they would",
    "nobody said he would", "nobody said she would", "no one said they would",
    "no one said he would", "no one said she would", "nobody said anything about calling",
    "not promise to", "did not promise", "never promise", "not promise to call anyone",
    "not promise to call", "not promise to email", "not promise to reach out",
  ]
  /// Faculty who know the user, the family or the program director, with no word that they
  /// will speak up ("the program director knows my dad", "my mentor knows the pd"): whether
  /// they will is asked, not assumed (email article, "Hooks that actually matter": an
  /// advocate is one willing to speak up).
  static let acquaintedOnly: Phrases = [
    "knows the pd", "knows the program director", "friends with the pd", "knows the director",
    "knows me", "know me", "knows my", "know my", "friends with my",
  ]
  /// Help offered, but only "might" ("he said he might email a program he knows"): whether
  /// they will is asked, when faculty are named.
  static let tentativeHelp: Phrases = [
    "might email", "may email", "might reach out", "may reach out", "might call", "may call",
    "maybe she can", "maybe he can", "maybe they can", "perhaps she can", "perhaps he can",
    "maybe she could", "maybe he could", "maybe she will", "maybe he will",
    "might vouch", "may vouch", "might put in", "may put in", "maybe email", "maybe call",
    "might make a call", "may make a call", "might make calls", "might reach", "may reach",
    "could maybe", "can maybe", "would maybe", "will maybe", "maybe put in", "maybe reach",
    "might be able to", "may be able to", "could possibly", "might possibly",
    // A likely offer is still no promise ("she can possibly call", "he would probably call").
    "can possibly", "would possibly", "will possibly", "possibly can", "possibly could",
    "can probably", "could probably", "would probably", "will probably", "probably would",
    "probably will", "probably can", "might be willing", "may be willing",
    // Help offered only when a program asks: a reference, not someone who will reach out.
    "as a reference", "be a reference", "be my reference", "reference for me",
    "if any program asks", "if a program asks", "if programs ask", "if they ask", "if asked",
    "if anyone asks", "if a program calls", "if programs call",
  ]

  /// Faculty reported as saying or thinking something ("my mentor said pa is fine", "my pd
  /// said hed help"): what they said is no promise to speak up, even as the answer to the
  /// connections question, unless the words say they will (``willContact``, ``advocate``).
  static let reportedOpinion: Phrases = [
    "said", "says", "told me", "thinks", "think", "suggested", "suggests", "recommended",
    "recommends", "advised", "advises", "feels", "agreed", "agrees",
  ]

  /// Family, whose home near a program is a geographic tie.
  static let familyMembers: Phrases = [
    "family", "parents", "brother", "sister", "wife", "husband", "partner", "spouse",
    "relatives", "mom", "dad", "grandparents", "cousins", "cousin", "in laws", "aunt", "uncle",
    "fiance", "fiancee", "girlfriend", "boyfriend", "gf", "bf", "kids", "children", "son",
    "daughter",
    "grandmother", "grandfather", "grandma", "grandpa", "mother", "father",
  ]
  static let livesNearby: Phrases = [
    "lives", "live", "living", "nearby", "near", "close", "is there", "are there", "staying",
    "stays", "in that city", "in the city", "in the area", "in town", "minutes", "min from",
    "works there", "works nearby", "has a job there", "job there",
  ]

  /// The last words of tie phrases that name where: the place must follow them.
  static let placeLeads: Set<String> = ["in", "from", "near", "to"]
  /// Words that stand for a place after such a phrase ("grew up there", "i am from the area").
  static let placeWords: Set<String> = ["there", "here", "area", "nearby", "town", "city"]

  /// Work that ties family to a place only when the place is named ("my husband works in
  /// Boston", not "my father works in cardiology").
  static let worksIn: Phrases = [
    "works in", "working in", "job in", "works at", "job at", "a resident", "resident at",
    "resident in", "pgy1", "pgy2", "pgy3", "pgy4", "intern at", "interning at", "works as",
    "nurse in", "nurse at", "doctor in", "doctor at", "physician in", "physician at",
    "residency in", "residency at", "training in", "training at",
  ]

  /// Where the user only observed or shadowed: a place named with it is no tie to ask about.
  static let observedOnly: Phrases = [
    "observership", "observerships", "observed", "shadowed", "shadowing",
    // "obs", as IMGs shorten it, only where it cannot be obstetrics ("a 4 wk obs in houston").
    "an obs", "a obs", "wk obs", "week obs", "weeks obs", "the obs was", "did obs",
  ]

  /// "My aunt is in NJ": a family member placed, word for word.
  static let familyLocated = Phrases(
    familyMembers.flatMap { member in
      [
        "\(member) is in", "\(member) are in", "\(member) is near", "\(member) is close to",
        "\(member) in", "\(member) moved to",
      ]
    })

  /// A first word that answers the connections question with none ("none. nobody to
  /// advocate for me"), whatever the rest denies.
  static let noneHeads: Set<String> = ["none", "zero"]

  /// "No connections" said outright, whatever the pending question.
  static let explicitNone: Phrases = [
    "no real connections", "no real ties", "not really any connections",
    "no connections", "no connection", "no ties", "no contacts", "do not know anyone",
    "dont know anyone", "not have any connections", "not have connections",
    "not have any ties", "not have ties",
  ]

  /// How a noun (the `%`) is denied: "no rotation", "did not do an away".
  static let negatedForms = [
    "no %", "not %", "never %", "no %s", "without a %", "do not have a %", "have no %",
    "did not do an %", "did not do a %", "not have an %", "not have a %", "do not know %",
    "not a %", "not an %", "not done any %s", "not done any %", "not done a %", "not done an %",
    "not had any %s", "not had a %", "not had an %", "never done a %", "never done an %",
    "never did a %", "never did an %", "zero %s",
  ]
  /// "Not really" said of a noun (the `%`): "not really rotations in CA".
  static let notReallyForms = ["not really %", "not really %s", "not really any %s"]

  /// "There", "nearby": a place referred to, as good as a named one for family's work.
  static let thereCues: Phrases = ["there", "in the area", "nearby", "close by", "near"]
  /// The nouns ``negatedForms`` deny, per tie.
  static let rotationNouns = ["rotation", "rotated", "elective", "away"]
  static let advocateNouns = ["mentor", "faculty", "advocate", "attending", "anyone"]
  static let alumniNouns = ["alumni", "alum"]
  static let tieNouns = [
    "geographic tie", "geographic ties", "tie to", "ties to", "family there", "family in",
    "family ties", "family tie", "family near", "family nearby", "relatives in",
  ]
  /// Each tie's nouns in every ``negatedForms`` ("no rotation", "did not do an away"), filled
  /// in once.
  static let deniedRotation = Phrases(
    rotationNouns.flatMap { (negatedForms + notReallyForms).filled(with: $0) })
  static let deniedAdvocate = Phrases(advocateNouns.flatMap { negatedForms.filled(with: $0) })
  static let deniedTie = Phrases(tieNouns.flatMap { negatedForms.filled(with: $0) })
  static let deniedAlumni = Phrases(alumniNouns.flatMap { negatedForms.filled(with: $0) })
  /// "Not a rotation": the denial said outright, the part of ``negatedForms`` that takes a
  /// rotation back on its own.
  static let deniedOutright = Phrases(
    rotationNouns.flatMap { ["not a %", "not an %"].filled(with: $0) })
  /// "Not really" said of one tie ("not really rotations in CA"), which is no "none".
  static let notReallyATie = Phrases(
    (rotationNouns + alumniNouns).flatMap { notReallyForms.filled(with: $0) })
  /// Where a rotation was that no US program saw ("back home", "in my country").
  static let rotationAbroad: Phrases = [
    "back home", "home country", "in my country", "abroad", "overseas", "in my med school",
  ]
  /// Each tie by the nouns that name it, for "remove the faculty advocate and the alumni".
  static let tiesByNoun: [(Connection, Phrases)] = [
    (.rotation, Phrases(rotationNouns)),
    (.facultyAdvocate, Phrases(advocateNouns.filter { $0 != "anyone" })),
    (.alumni, Phrases(alumniNouns)), (.geographicTie, ["geographic tie", "tie", "ties"]),
  ]
  /// What, in a place's own clause, says the place is where that connection is: "an away in
  /// houston", "my aunt in tulsa", "a mentor in seattle" (not "EM in Texas, did an away at
  /// UTSW", where Texas is where to train).
  static let placeCues: [Connection: Phrases] = [
    .rotation: rotation + Phrases(rotationNouns + ["sub i", "subi", "externship", "aways"]),
    .facultyAdvocate: advocatePeople, .geographicTie: familyMembers + geographic,
    .alumni: alumni,
  ]
  /// ``placeCues`` when the connections question asks: where the user studies places a tie.
  static let placeCuesWhenAsked = placeCues.merging([
    .geographicTie: familyMembers + geographic + geographicWhenAsked
  ]) { $1 }
  /// Words by which a clause points back to what the clause before it speaks of ("..., and it
  /// was in paterson").
  static let pointingBack: Set<String> = ["it", "that", "this", "there", "which", "she", "he"]
  /// Words that give a rotation's details ("4 wk hands on at a worcester hospital"): a clause
  /// of them right after one about a rotation speaks of it.
  static let rotationDetails: [[String]] =
    [["hands", "on"]]
    + ["wk", "wks", "week", "weeks"].flatMap { unit in (1...12).map { ["\($0)", unit] } }
  /// What may open a clause before "it was in ..." restates a place ("no, sorry, actually").
  static let restatementOpeners: Set<String> = [
    "no", "nope", "sorry", "actually", "wait", "oh", "oops", "ah", "well", "but",
  ]
  /// What such a clause opens on to say where the connection just placed is.
  static let restatementHeads: [[String]] = [["it", "was"], ["that", "was"], ["it", "is"]]
  /// Titles that make someone faculty even beside a resident ("the attending and the residents").
  static let facultyTitles: Phrases = ["attending", "faculty"]
}
