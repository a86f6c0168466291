/// The stop words the FTS5 peer's second configuration drops from questions: the Snowball
/// English stop list, with the pieces its contractions leave once the tokenizer splits them at
/// the apostrophe ("don't" → "don", "t").
///
/// The advisor's own list (Snowball minus the words that carry meaning in this domain, plus
/// chat filler) is internal to its analyzer, and does no better for FTS5 here.
enum FTS5StopWords {
  static func contains(_ word: String) -> Bool { words.contains(word) }

  static let words: Set<String> = [
    "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours",
    "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it",
    "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which", "who",
    "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been",
    "being", "have", "has", "had", "having", "do", "does", "did", "doing", "would", "should",
    "could", "ought", "a", "an", "the", "and", "but", "if", "or", "because", "as", "until",
    "while", "of", "at", "by", "for", "with", "about", "against", "between", "into", "through",
    "during", "before", "after", "above", "below", "to", "from", "up", "down", "in", "out", "on",
    "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where",
    "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such",
    "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very", "cannot",
    // What the contractions leave: i'm, you're, it's, we've, i'd, we'll, don't, let's, ...
    "m", "re", "s", "ve", "d", "ll", "t", "isn", "aren", "wasn", "weren", "hasn", "haven",
    "hadn", "doesn", "don", "didn", "won", "wouldn", "shan", "shouldn", "can", "couldn",
    "mustn", "let",
  ]
}
