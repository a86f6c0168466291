import AdvisorCore

/// The words IntentClassifier listens for: data, extended by adding lines.
extension IntentClassifier {
  /// Commands typed with a slash: the contract's, and the aliases people type.
  static let slashCommands: [String: Command] = [
    "help": .help, "h": .help, "profile": .profile, "advice": .advice, "plan": .advice,
    "why": .why, "undo": .undo, "reset": .reset, "quit": .quit, "exit": .quit, "q": .quit,
    "draft": .draft, "check": .check, "programs": .programs, "triage": .programs,
    "export": .export, "save": .export,
  ]

  /// Whole-line words that act as commands.
  static let wordCommands: [String: Command] = [
    "help": .help, "undo": .undo, "start over": .reset, "reset": .reset, "restart": .reset,
    "show my profile": .profile, "my profile": .profile, "show profile": .profile,
    "show me the plan": .advice, "full plan": .advice, "show the plan": .advice,
    "undo that": .undo, "undo that last thing": .undo, "undo the last thing": .undo,
    "undo last": .undo, "undo it": .undo, "undo the last answer": .undo,
    "lets start over": .reset, "let us start over": .reset, "can we start over": .reset,
    "start again": .reset, "start from scratch": .reset, "start over please": .reset,
  ]

  /// The verbs every ``draftRequests`` phrase holds: a line without one asks for no draft.
  static let draftVerbs: Phrases = ["draft", "write", "make"]
  /// Courtesies that may come before a request for a draft ("can you please ...").
  static let draftLeads: Set<String> = [
    "can", "could", "would", "will", "you", "please", "ok", "okay", "so", "hey", "now", "then",
    "just", "pls", "and", "also", "what", "about", "how",
  ]
  /// Words that make what a draft is "for" a program ("for the detroit program").
  static let draftProgramWords: Set<String> = [
    "program", "programs", "residency", "hospital", "pd", "department",
  ]
  /// A draft the applicant sends themselves, not the brief for an advocate.
  static let ownDraftPhrases: Phrases = [
    "i send myself", "i can send myself", "send myself", "my own email", "email myself",
    "i write myself", "not for my advocate", "not from my advocate", "without my advocate",
  ]
  /// The words a draft's program follows ("for the detroit program", "to the PD at uw").
  static let draftAddresseeLeads: Set<String> = ["for", "to", "send"]
  /// Words of a program's name that name no program in particular ("a program", "the PD").
  static let draftGeneralWords: Set<String> = [
    "a", "an", "the", "my", "one", "this", "that", "some",
  ]
  /// What an advocate does in "what should my mentor say when he calls".
  static let briefVerbs: Phrases = ["write", "say", "tell", "mention", "draft", "send"]
  /// How a request for what an advocate should say opens, after any courtesies ("can u").
  static let briefOpeners: [[String]] = [
    ["what", "should"], ["write", "what"], ["draft", "what"], ["write", "up", "what"],
    ["write", "me", "what"],
  ]
  /// People who speak for the applicant beside the faculty words ("what should the surgeon
  /// say when he calls").
  static let briefSpeakers: Phrases = ["surgeon", "doctor", "the dr", "my dr"]
  /// A draft an advocate sends, not the applicant ("for my mentor to send").
  static let advocateDraftPhrases: Phrases = [
    "for my mentor", "my mentor to send", "for my advocate", "my advocate to send",
    "for my attending", "for him to send", "for her to send", "mentor to send", "mentor can send",
    "for the attending", "for the mentor", "for my advisor to send", "what i send her",
    "what i send him", "i send to her", "i send to him", "email to my attending",
    "email to my mentor", "so she can put in a word", "so he can put in a word",
  ]
  /// A program's director named after the program ("the Spokane PD").
  static let draftDirectorWords: Set<String> = ["pd", "pds", "director"]
  /// Asking for a draft in words: what `/draft` does.
  static let draftRequests: Phrases = [
    "write me a draft", "write me an email", "draft an email", "draft me an email",
    "write me draft", "write me email", "write draft email", "a draft for", "a draft email for",
    "draft of the email", "draft of an email",
    "write the email for me", "write an email for me", "help me write the email",
    "help me write an email", "write me the email", "write a draft email", "write a draft",
    "write an email", "write a email", "draft a email", "write the email", "draft the email",
    // "can u make email for maimonides PD" (tester Arjun).
    "make email for", "make an email", "make me an email", "make a draft", "make me a draft",
    "make the email",
  ]

  /// Words that open a question when followed by a subject ("should I", "do programs", "how
  /// many"); "DO student" or "was going to" are statements.
  static let starters: Set<String> = [
    "am",
    "what", "how", "should", "can", "could", "do", "does", "did", "is", "are", "will", "would",
    "when", "where", "which", "who", "whom", "any", "must", "shall", "may", "might",
  ]

  static let subjects: Set<String> = [
    "i", "you", "it", "we", "they", "there", "my", "programs", "program", "a", "an", "the", "that",
    "this", "he", "she", "her", "his", "their", "pds", "pd", "people", "one", "many", "much",
    "long", "often", "soon",
    "important", "ok", "okay", "better", "worth", "possible", "true", "bad", "good", "normal",
    "email", "emailing", "mentioning", "being", "having", "to", "about", "if", "most", "residency",
    "faculty", "letters", "interviewers", "programs", "applicants", "img", "imgs", "do", "should",
    "can", "is", "are", "kind", "sort", "type", "types", "steps", "else", "exactly", "happens",
    "counts", "matters", "specialties", "specialty", "step1", "step2ck", "ck", "your", "me", "us",
    "score", "scores", "low", "the", "would", "could", "will", "does", "did", "was", "were",
    "graduating", "taking", "applying", "getting", "doing", "retaking", "failing", "dr",
    "doctor", "attending", "mentor", "advocate", "professor",
  ]

  /// Verbs a few words after a clause's opening "do" that make it a question whatever its
  /// subject ("do observerships count", "do research years help").
  static let auxiliaryQuestionVerbs: Set<String> = [
    "count", "matter", "help", "hurt", "affect", "look", "weigh",
  ]
  /// After "do"/"does"/"did", only a subject makes a question ("did I", "do programs");
  /// "did an away rotation" is a statement.
  static let auxiliarySubjects: Set<String> = [
    "i", "you", "we", "they", "it", "programs", "program", "pds", "pd", "people", "most",
    "residency", "faculty", "interviewers", "applicants", "imgs", "img", "my", "letters", "he",
    "she", "that", "this", "these", "those", "schools", "emails", "her", "his", "their",
    "your",
  ]

  /// Words at a question's start that point back to the statement before it ("does that
  /// count?", "is this a hook?").
  static let backReferences: Set<String> = ["that", "this", "those", "these"]
  /// The auxiliaries that open a second question after "and" ("... and is 231 good for
  /// psych"); not "do", which is as often the degree ("us md and do grads").
  static let joinedQuestionAuxiliaries: Set<String> = [
    "is", "are", "does", "can", "should", "will", "would", "could", "am",
  ]
  /// Titles before a person's name ("dr patel").
  static let personTitles: Set<String> = ["dr", "doctor", "prof", "professor"]
}
