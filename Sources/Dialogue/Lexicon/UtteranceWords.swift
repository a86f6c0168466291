/// The words the tokeniser folds: data, extended by adding lines.
extension Utterance {
  /// Marks that end a sentence.
  static let sentenceMarks: Set<String> = [".", "!", "?", ";"]

  /// Words that join clauses ("passed, but barely").
  static let linkingWords: Set<String> = [
    "and", "but", "then", "so", "while", "although", "though", "plus",
  ]

  /// What the part after the apostrophe stands for ("I'm" → "am", "it's" → "is").
  static let contractedWords: [String: String] = [
    "m": "am", "ve": "have", "re": "are", "ll": "will", "d": "would", "s": "is",
  ]

  /// Spelled-out numbers, for scores typed in words ("two hundred thirty one").
  static let spelledDigits: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
  ]
  static let spelledTens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
  ]

  /// Texting shorthand read as the word it stands for ("why do u ask").
  static let shorthand: [String: String] = [
    "u": "you", "ur": "your", "pls": "please", "plz": "please", "bc": "because", "cuz": "because",
    "abt": "about", "rn": "now", "shud": "should", "shld": "should", "wud": "would",
    "cud": "could", "shd": "should", "wat": "what", "enuf": "enough", "gud": "good",
  ]

  /// Contractions typed without the apostrophe ("havent", "dont").
  static let bareContractions: [String: String] = [
    "havent": "have", "hasnt": "has", "hadnt": "had", "didnt": "did", "dont": "do",
    "doesnt": "does", "wasnt": "was", "werent": "were", "isnt": "is", "arent": "are",
    "cant": "can", "couldnt": "could", "wouldnt": "would", "shouldnt": "should", "wont": "will",
  ]

  /// "thats", "whats": "is" contracted without the apostrophe.
  static let bareIsContractions: [String: String] = [
    "thats": "that", "whats": "what", "hows": "how", "wheres": "where", "theres": "there",
    "heres": "here", "whos": "who",
  ]

  /// "shed", "hed": "would" contracted without the apostrophe ("idk if shed call anyone").
  static let bareWouldContractions: [String: String] = [
    "shed": "she", "hed": "he", "theyd": "they", "youd": "you",
  ]

  /// Ordinals typed with digits ("2nd"), as words.
  static let ordinalWords: [Int: String] = [
    1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
  ]
}
