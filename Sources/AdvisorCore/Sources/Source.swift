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
  public static let opening = Source(.emailOrSilence, "Opening: the blunt answer")
  public static let snapshot = Source(.emailOrSilence, "Decision snapshot table")
  public static let programsRead = Source(.emailOrSilence, "How programs read a low score")
  public static let whenNotToEmail = Source(.emailOrSilence, "When not to email")
  public static let whenToEmail = Source(.emailOrSilence, "When to consider emailing")
  public static let channel = Source(.emailOrSilence, "Choosing the channel")
  public static let goodEmail = Source(.emailOrSilence, "Anatomy of a good email")
  public static let addressing = Source(
    .emailOrSilence, "Addressing the score inside the application")
  public static let realityCheck = Source(.emailOrSilence, "Specialty reality check")
  public static let flowchart = Source(.emailOrSilence, "Decision flowchart")
  public static let mistakes = Source(.emailOrSilence, "Common mistakes")
  public static let faqInterview = Source(.emailOrSilence, "FAQ: mentioning the score at interview")
  public static let faqStatementOrEmail = Source(
    .emailOrSilence, "FAQ: personal statement or email")
  public static let faqHowManyEmails = Source(.emailOrSilence, "FAQ: how many programs to email")
  public static let faqPassFail = Source(.emailOrSilence, "FAQ: Step 1 pass/fail")
  public static let faqIMG = Source(.emailOrSilence, "FAQ: IMGs and emailing")
  public static let faqBadEmail = Source(.emailOrSilence, "FAQ: after a bad email")
  public static let closingExercise = Source(.emailOrSilence, "Closing exercise")

  // MARK: boston-us-img
  public static let situation = Source(.bostonUSIMG, "Your situation")
  public static let bostonScreens = Source(.bostonUSIMG, "Boston programs and score screens")
  public static let usIMGAdvantages = Source(.bostonUSIMG, "US-citizen IMG: advantages and limits")
  public static let massachusettsFirst = Source(.bostonUSIMG, "Massachusetts first, Boston later")
  public static let redemptionExam = Source(.bostonUSIMG, "Step 2 CK as the redemption exam")
  public static let clerkships = Source(.bostonUSIMG, "Clerkships and the MSPE")
  public static let extraCredentials = Source(.bostonUSIMG, "Extra exams and credentials")
  public static let tiers = Source(.bostonUSIMG, "Tiered application strategy")
  public static let imgFriendly = Source(.bostonUSIMG, "Finding IMG-friendly programs")
  public static let bostonSpecialty = Source(.bostonUSIMG, "Specialty choice in Boston")
  public static let usce = Source(.bostonUSIMG, "US clinical experience")
  public static let letters = Source(.bostonUSIMG, "Letters of recommendation")
  public static let research = Source(.bostonUSIMG, "Research and quality improvement")
  public static let personalStatement = Source(.bostonUSIMG, "Personal statement")
  public static let interviewPrep = Source(.bostonUSIMG, "Preparing for interviews")
  public static let imgIdentity = Source(.bostonUSIMG, "US-citizen IMG identity as a strength")
  public static let afterInterview = Source(.bostonUSIMG, "After the interview")
  public static let faqBostonMatch = Source(
    .bostonUSIMG, "FAQ: matching in Boston with a low score")
  public static let faqWhatIsLow = Source(.bostonUSIMG, "FAQ: what counts as low")
  public static let faqHowManyPrograms = Source(.bostonUSIMG, "FAQ: how many programs to apply to")
  public static let faqObservership = Source(.bostonUSIMG, "FAQ: observerships and externships")
  public static let closing = Source(.bostonUSIMG, "Closing")

  // MARK: public-figures
  public static let matchRates = Source(.publicFigures, "Match rates by applicant type")
  public static let matchedStep2 = Source(.publicFigures, "Step 2 CK of matched applicants")
  public static let screening = Source(.publicFigures, "Screening and applications")
  public static let tools = Source(.publicFigures, "Tools applicants use")

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
