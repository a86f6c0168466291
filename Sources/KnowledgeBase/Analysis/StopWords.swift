/// Words too common to help a search: the Snowball English stop list, minus the words that
/// carry meaning here ("after" an interview, "below" a cutoff, "more" programs, "few", and
/// "myself": who writes, the applicant or an advocate).
enum StopWords {
  static func contains(_ word: String) -> Bool { words.contains(word) }

  static let words: Set<String> = [
    "i", "me", "my", "we", "our", "ours", "ourselves", "you", "your", "yours",
    "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it",
    "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which", "who",
    "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been",
    "being", "have", "has", "had", "having", "do", "does", "did", "doing", "would", "should",
    "could", "ought", "a", "an", "the", "and", "but", "if", "or", "because", "as", "until",
    "while", "of", "at", "by", "for", "with", "about", "between", "into", "through", "to", "from",
    "in", "on", "then", "once", "here", "there", "when", "where", "how", "all", "any",
    "both", "each", "other", "some", "such", "nor", "only", "own", "same", "so", "than", "too",
    "very", "can", "will", "just", "yes", "also", "get", "got", "ok", "okay", "hi", "hello",
    "please", "thanks",
    "really", "actually", "still", "even", "anyone", "someone", "something", "anything", "much",
    "like", "want", "need", "think", "tell", "let", "us", "might", "may", "must", "shall",
    "ive", "id", "youre", "whats",
  ]
}
