/// Where a rule, figure or answer comes from: an article and a section of it.
package struct Source: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The article id (``Article`` raw values for the built-in sources).
  package var article: String
  /// The section name within the article.
  package var section: String

  package init(article: String, section: String) {
    self.article = article
    self.section = section
  }

  package init(_ article: Article, _ section: String) {
    self.init(article: article.rawValue, section: section)
  }

  /// The article's short title when it is a built-in source, else its id.
  package var articleTitle: String {
    Article(rawValue: article)?.title ?? article
  }

  /// "article id § section".
  package var description: String { "\(article) § \(section)" }
}

extension Source {
  /// The article id of the advisor's own estimates; their section is the built-in one the
  /// estimate is derived from.
  package static let estimateArticle = "advisor-estimate"

  /// The advisor's own estimate, derived from the figures of `source`: tagged as an estimate,
  /// never as the section itself, which does not state the estimated number.
  package static func estimate(from source: Source) -> Source {
    Source(article: estimateArticle, section: source.section)
  }

  /// Whether this is one of the advisor's estimates.
  package var isEstimate: Bool { article == Self.estimateArticle }

  /// For an estimate, the built-in section it is derived from.
  package var derivedFrom: Source? {
    isEstimate ? Self.builtIn.first { $0.section == section } : nil
  }
}

extension Source {
  // MARK: email-or-silence
  package static let opening = Source(.emailOrSilence, "Opening: the blunt answer")
  package static let snapshot = Source(.emailOrSilence, "Decision snapshot table")
  package static let programsRead = Source(.emailOrSilence, "How programs read a low score")
  package static let whenNotToEmail = Source(.emailOrSilence, "When not to email")
  package static let whenToEmail = Source(.emailOrSilence, "When to consider emailing")
  package static let channel = Source(.emailOrSilence, "Choosing the channel")
  package static let goodEmail = Source(.emailOrSilence, "Anatomy of a good email")
  package static let addressing = Source(
    .emailOrSilence, "Addressing the score inside the application")
  package static let realityCheck = Source(.emailOrSilence, "Specialty reality check")
  package static let flowchart = Source(.emailOrSilence, "Decision flowchart")
  package static let mistakes = Source(.emailOrSilence, "Common mistakes")
  package static let faqInterview = Source(
    .emailOrSilence, "FAQ: mentioning the score at interview")
  package static let faqStatementOrEmail = Source(
    .emailOrSilence, "FAQ: personal statement or email")
  package static let faqHowManyEmails = Source(.emailOrSilence, "FAQ: how many programs to email")
  package static let faqPassFail = Source(.emailOrSilence, "FAQ: Step 1 pass/fail")
  package static let faqIMG = Source(.emailOrSilence, "FAQ: IMGs and emailing")
  package static let faqBadEmail = Source(.emailOrSilence, "FAQ: after a bad email")
  package static let closingExercise = Source(.emailOrSilence, "Closing exercise")

  // MARK: boston-us-img
  package static let situation = Source(.bostonUSIMG, "Your situation")
  package static let bostonScreens = Source(.bostonUSIMG, "Boston programs and score screens")
  package static let usIMGAdvantages = Source(.bostonUSIMG, "US-citizen IMG: advantages and limits")
  package static let massachusettsFirst = Source(.bostonUSIMG, "Massachusetts first, Boston later")
  package static let redemptionExam = Source(.bostonUSIMG, "Step 2 CK as the redemption exam")
  package static let clerkships = Source(.bostonUSIMG, "Clerkships and the MSPE")
  package static let extraCredentials = Source(.bostonUSIMG, "Extra exams and credentials")
  package static let tiers = Source(.bostonUSIMG, "Tiered application strategy")
  package static let imgFriendly = Source(.bostonUSIMG, "Finding IMG-friendly programs")
  package static let bostonSpecialty = Source(.bostonUSIMG, "Specialty choice in Boston")
  package static let usce = Source(.bostonUSIMG, "US clinical experience")
  package static let letters = Source(.bostonUSIMG, "Letters of recommendation")
  package static let research = Source(.bostonUSIMG, "Research and quality improvement")
  package static let personalStatement = Source(.bostonUSIMG, "Personal statement")
  package static let interviewPrep = Source(.bostonUSIMG, "Preparing for interviews")
  package static let imgIdentity = Source(.bostonUSIMG, "US-citizen IMG identity as a strength")
  package static let afterInterview = Source(.bostonUSIMG, "After the interview")
  package static let faqBostonMatch = Source(
    .bostonUSIMG, "FAQ: matching in Boston with a low score")
  package static let faqWhatIsLow = Source(.bostonUSIMG, "FAQ: what counts as low")
  package static let faqHowManyPrograms = Source(.bostonUSIMG, "FAQ: how many programs to apply to")
  package static let faqObservership = Source(.bostonUSIMG, "FAQ: observerships and externships")
  package static let closing = Source(.bostonUSIMG, "Closing")

  // MARK: public-figures
  package static let matchRates = Source(.publicFigures, "Match rates by applicant type")
  package static let matchedStep2 = Source(.publicFigures, "Step 2 CK of matched applicants")
  package static let screening = Source(.publicFigures, "Screening and applications")
  package static let tools = Source(.publicFigures, "Tools applicants use")

  /// Every built-in section, in article order: the names knowledge entries must use.
  package static let builtIn: [Source] = [
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
