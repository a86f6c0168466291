import AdvisorCore

/// The words of answers to the follow-up questions (``PendingAnswer``).
extension PendingAnswer {
  /// "Which attempt?": a first sitting, said without a number.
  static let firstTime: Phrases = [
    "no prior", "no previous", "no other", "no earlier", "never taken", "never took",
    "never sat", "never failed", "no retake", "no retakes", "first time", "only time",
    "only attempt", "only once", "just once", "one and done", "not a retake",
    "first", "1st", "once",
  ]
  static let thirdTime: Phrases = ["third", "three"]
  static let secondTime: Phrases = ["second", "two", "twice", "retake", "retook"]
  /// A bare "no" to "was that your first attempt?" is a retake; these are not.
  static let noneAnswers: Set<String> = ["none", "no none"]

  /// "Which exam was that score?"
  static let step1Words: Phrases = ["1", "one", "first", "step one"]
  static let step2Words: Phrases = ["2", "two", "second", "ck"]

  /// "Are you a US citizen or permanent resident?"
  static let citizenWords: Phrases = ["citizen", "green card", "permanent resident", "us passport"]
  static let visaWords: Phrases = ["visa", "j1", "j 1", "h1b", "sponsorship"]

  /// "Prelim medicine or prelim surgery?"
  static let medicineWords: Phrases = ["medicine", "med", "im", "internal"]
  static let surgeryWords: Phrases = ["surgery", "surg", "surgical", "gs"]
}
