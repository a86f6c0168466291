/// Where a rule, figure or answer comes from: an article and a section of it.
public struct Source: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The article id (``Article`` raw values for the built-in sources).
  public var article: String
  /// The section name within the article.
  public var section: String

  public init(article: String, section: String) {
    self.article = article
    self.section = section
  }

  public init(_ article: Article, _ section: String) {
    self.init(article: article.rawValue, section: section)
  }

  /// The article's short title when it is a built-in source, else its id.
  public var articleTitle: String {
    Article(rawValue: article)?.title ?? article
  }

  /// "article id § section".
  public var description: String { "\(article) § \(section)" }
}

extension Source {
  // MARK: email-or-silence
  static let opening = Source(.emailOrSilence, "Opening: the blunt answer")
  static let snapshot = Source(.emailOrSilence, "Decision snapshot table")
  static let programsRead = Source(.emailOrSilence, "How programs read a low score")
  static let whenNotToEmail = Source(.emailOrSilence, "When not to email")
  static let whenToEmail = Source(.emailOrSilence, "When to consider emailing")
  static let channel = Source(.emailOrSilence, "Choosing the channel")
  static let goodEmail = Source(.emailOrSilence, "Anatomy of a good email")
  static let addressing = Source(.emailOrSilence, "Addressing the score inside the application")
  static let realityCheck = Source(.emailOrSilence, "Specialty reality check")
  static let flowchart = Source(.emailOrSilence, "Decision flowchart")
  static let mistakes = Source(.emailOrSilence, "Common mistakes")
  static let faqInterview = Source(.emailOrSilence, "FAQ: mentioning the score at interview")
  static let faqStatementOrEmail = Source(.emailOrSilence, "FAQ: personal statement or email")
  static let faqHowManyEmails = Source(.emailOrSilence, "FAQ: how many programs to email")
  static let faqPassFail = Source(.emailOrSilence, "FAQ: Step 1 pass/fail")
  static let faqIMG = Source(.emailOrSilence, "FAQ: IMGs and emailing")
  static let faqBadEmail = Source(.emailOrSilence, "FAQ: after a bad email")
  static let closingExercise = Source(.emailOrSilence, "Closing exercise")

  // MARK: boston-us-img
  static let situation = Source(.bostonUSIMG, "Your situation")
  static let bostonScreens = Source(.bostonUSIMG, "Boston programs and score screens")
  static let usIMGAdvantages = Source(.bostonUSIMG, "US-citizen IMG: advantages and limits")
  static let massachusettsFirst = Source(.bostonUSIMG, "Massachusetts first, Boston later")
  static let redemptionExam = Source(.bostonUSIMG, "Step 2 CK as the redemption exam")
  static let clerkships = Source(.bostonUSIMG, "Clerkships and the MSPE")
  static let extraCredentials = Source(.bostonUSIMG, "Extra exams and credentials")
  static let tiers = Source(.bostonUSIMG, "Tiered application strategy")
  static let imgFriendly = Source(.bostonUSIMG, "Finding IMG-friendly programs")
  static let bostonSpecialty = Source(.bostonUSIMG, "Specialty choice in Boston")
  static let usce = Source(.bostonUSIMG, "US clinical experience")
  static let letters = Source(.bostonUSIMG, "Letters of recommendation")
  static let research = Source(.bostonUSIMG, "Research and quality improvement")
  static let personalStatement = Source(.bostonUSIMG, "Personal statement")
  static let interviewPrep = Source(.bostonUSIMG, "Preparing for interviews")
  static let imgIdentity = Source(.bostonUSIMG, "US-citizen IMG identity as a strength")
  static let afterInterview = Source(.bostonUSIMG, "After the interview")
  static let faqBostonMatch = Source(.bostonUSIMG, "FAQ: matching in Boston with a low score")
  static let faqWhatIsLow = Source(.bostonUSIMG, "FAQ: what counts as low")
  static let faqHowManyPrograms = Source(.bostonUSIMG, "FAQ: how many programs to apply to")
  static let faqObservership = Source(.bostonUSIMG, "FAQ: observerships and externships")
  static let closing = Source(.bostonUSIMG, "Closing")

  // MARK: public-figures
  static let matchRates = Source(.publicFigures, "Match rates by applicant type")
  static let matchedStep2 = Source(.publicFigures, "Step 2 CK of matched applicants")
  static let screening = Source(.publicFigures, "Screening and applications")
  static let tools = Source(.publicFigures, "Tools applicants use")

  /// Every built-in section, in article order: the names knowledge entries must use.
  public static let builtIn: [Source] = [
    opening, snapshot, programsRead, whenNotToEmail, whenToEmail, channel, goodEmail, addressing,
    realityCheck, flowchart, mistakes, faqInterview, faqStatementOrEmail, faqHowManyEmails,
    faqPassFail, faqIMG, faqBadEmail, closingExercise,
    situation, bostonScreens, usIMGAdvantages, massachusettsFirst, redemptionExam, clerkships,
    extraCredentials, tiers, imgFriendly, bostonSpecialty, usce, letters, research,
    personalStatement, interviewPrep, imgIdentity, afterInterview, faqBostonMatch, faqWhatIsLow,
    faqHowManyPrograms, faqObservership, closing,
    matchRates, matchedStep2, screening, tools,
  ]
}
