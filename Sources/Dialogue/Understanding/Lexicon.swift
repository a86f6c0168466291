/// Word lists the extractors share.
enum Lexicon {
  static let negations: Set<String> = [
    "not", "no", "never", "none", "without", "nope", "nah", "neither", "nor",
  ]

  static let yes: Set<String> = [
    "yes", "yeah", "yep", "yup", "y", "ya", "yea", "sure", "correct", "right", "absolutely",
    "affirmative", "definitely", "indeed", "true", "ok", "okay", "i do", "i have", "yes i do",
    "yes i have", "of course", "yes please", "yess", "yas",
  ]

  static let no: Set<String> = [
    "no", "nope", "nah", "n", "not really", "i do not", "i have not", "negative", "none",
    "no i do not", "no i have not", "false", "nothing", "not at all", "nop", "no not really",
    "no none", "nobody", "no one",
  ]

  static let skip: Set<String> = [
    "skip", "skip it", "skip this", "skip that", "next", "rather not say", "i would rather not say",
    "prefer not to say", "i prefer not to say", "no comment", "later", "pass on that",
    "move on", "next question", "skip for now",
  ]

  static let unsure: Set<String> = [
    "not sure", "i am not sure", "unsure", "do not know", "i do not know", "dunno", "idk",
    "no idea", "maybe", "not certain", "i am not certain", "hard to say", "unclear",
    "no clue", "not sure yet",
  ]

  static let greetings: Set<String> = [
    "hi", "hello", "hey", "hi there", "hello there", "good morning", "good afternoon",
    "good evening", "howdy", "yo", "hiya", "hey there",
  ]

  static let thanks: Set<String> = [
    "thanks", "thank you", "thx", "thanks a lot", "thank you so much", "cheers",
    "much appreciated", "great thanks", "ok thanks", "okay thanks", "thanks so much",
  ]

  static let farewells: Set<String> = [
    "bye", "goodbye", "good bye", "quit", "exit", "q", "see you", "see ya", "bye bye",
    "that is all", "i am done", "done", "ciao", "later bye", "thanks bye", "ok bye",
    "quit please", "exit please",
  ]

  static let whyAsk: [String] = [
    "why do you ask", "why are you asking", "why does that matter", "why does it matter",
    "why is that important", "why do you need", "why do you want to know", "why that",
    "what does that matter", "what for", "why would that matter", "how does that matter",
    "why ask", "why is this important", "why does this matter", "why",
  ]

  static let questionStarters: Set<String> = [
    "what", "how", "should", "can", "could", "do", "does", "did", "is", "are", "will", "would",
    "when", "where", "which", "who", "whom", "whose", "am", "was", "were", "any", "tips",
    "advice", "explain", "tell",
  ]

  static let correctionCues: [String] = [
    "actually", "i meant", "i mean", "sorry", "correction", "wait", "oops", "my bad", "typo",
    "not", "instead", "scratch that", "rather", "change", "changed", "update", "no it was",
    "no its", "no it is",
  ]
}
