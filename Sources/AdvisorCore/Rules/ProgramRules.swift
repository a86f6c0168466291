extension AdviceRule {
  /// The core specialties the application count is given for.
  static let coreSpecialties: [Specialty] = [.internalMedicine, .familyMedicine, .pediatrics]

  /// The recommended application count, where the sources give one: 60-120+ for US-citizen IMGs
  /// whose scores are low (a failure, or below the specialty's average) in a core specialty.
  static func applications(_ context: AdviceContext) -> ApplicationRange? {
    guard context.isUSIMG, let specialty = context.specialty,
      coreSpecialties.contains(specialty), context.scoresMayBeLow
    else { return nil }
    let range = ScoreThresholds.usIMGApplications
    return ApplicationRange(
      min: range.lowerBound, max: range.upperBound, openEnded: true,
      basis: ScoreThresholds.usIMGApplicationsBasis)
  }

  /// Building the program list.
  static let programRules: [AdviceRule] = [
    // The Boston guide speaks to US citizens and permanent residents studying abroad: an
    // applicant who needs a visa is told so before any of its advice is read as theirs.
    AdviceRule(
      "programs.guide-audience", .programs, .note, .usIMGAdvantages,
      when: { $0.profile.applicant == .nonUSIMG },
      "The advice marked B comes from a guide written for US-citizen IMGs: the advantage it "
        + "sees in citizenship (no visa to sponsor) is not yours, so whether a program sponsors "
        + "visas is the first thing to check."),
    AdviceRule(
      "programs.count", .programs, .action(.programs, rank: 0), .faqHowManyPrograms,
      when: { applications($0) != nil }
    ) { _ in
      let range = ScoreThresholds.usIMGApplications
      return "Apply to \(range.lowerBound)-\(range.upperBound) programs, or more if your scores "
        + "are very low or the rest of the file is thin: the usual range for US-citizen IMGs with "
        + "low scores in core specialties."
    },
    AdviceRule(
      "programs.count-unsourced", .programs, .action(.programs, rank: 0), .faqHowManyPrograms,
      when: { applications($0) == nil && $0.specialty != nil && $0.profile.applicant != nil },
      "The sources give no program count for your profile. Apply broadly, and settle the number "
        + "with your dean's office or an advisor who knows outcomes like yours."),
    AdviceRule(
      "programs.tiers", .programs, .action(.programs, rank: 1), .tiers,
      when: { $0.specialty != nil }
    ) { context in
      if context.isMassachusetts {
        return "Build the list in tiers. Reach: Boston's academic centers (Harvard-affiliated "
          + "and other large university hospitals); apply to several but do not count on them. "
          + "Target: Massachusetts university-affiliated and strong community programs beyond "
          + "central Boston, or the smaller hospitals tied to Boston systems. Safety: community "
          + (context.isIMG
            ? "programs in other, more IMG-friendly states." : "programs in other states.")
          + " Matching somewhere comes first."
      }
      return "Build the list in tiers. Reach: large academic centers; apply to several but do "
        + "not count on them. Target: university-affiliated and strong community programs. "
        + "Safety: community programs friendlier to applicants like you, including in other "
        + "states. Matching somewhere comes first."
    },
    AdviceRule(
      "programs.massachusetts-first", .programs, .action(.programs, rank: 2), .massachusettsFirst,
      when: { $0.isMassachusetts && $0.isIMG },
      "Massachusetts first, Boston later: include community and university-affiliated programs "
        + "in Worcester, Springfield, Lowell and Brockton, build regional ties there, and move "
        + "into Boston's academic world at fellowship or job time."),
    AdviceRule(
      "programs.spread-states", .programs, .action(.programs, rank: 3), .faqHowManyPrograms,
      when: { $0.isMassachusetts },
      "Even with Boston as the goal, apply across several states, so one competitive region "
        + "does not carry all of your risk."),
    AdviceRule(
      "programs.boston-im-screen", .programs, .note, .bostonScreens,
      when: { $0.isMassachusetts && $0.specialty == .internalMedicine }
    ) { context in
      let band = ScoreThresholds.bostonIMScreen
      let bandText = "\(band.lowerBound)-\(band.upperBound)"
      guard case .score(let score, let exam) = context.facts.relevantScore else {
        return "Internal medicine at Boston's major academic centers may screen around Step 2 CK "
          + "\(bandText) (it varies by program and year)."
      }
      let standing =
        score < band.lowerBound
        ? "below that band: those programs are reaches at best"
        : score > band.upperBound
          ? "above that band, though the rest of the file still decides"
          : "inside that band: expect some of them to filter you out"
      return "Internal medicine at Boston's major academic centers may screen around Step 2 CK "
        + "\(bandText) (it varies by program and year); your \(exam.displayName) \(score) is "
        + "\(standing)."
    },
    AdviceRule(
      "programs.boston-screens-higher", .programs, .note, .bostonScreens,
      when: { $0.isMassachusetts && $0.sensitivity == .extremelyHigh },
      "Competitive specialties such as dermatology, orthopedics and ENT may screen even higher "
        + "than internal medicine at Boston's academic centers."),
    AdviceRule(
      "programs.holistic-review", .programs, .note, .bostonScreens,
      when: { $0.isMassachusetts && $0.hasScoreConcern },
      "Some community and university-affiliated Massachusetts programs review applications more "
        + "holistically: those are where your strengths get read."),
    AdviceRule(
      "programs.img-friendly", .programs, .action(.programs, rank: 4), .imgFriendly,
      when: { $0.isIMG },
      "Find the programs open to IMGs: check program sites and FREIDA for statements that they "
        + "accept IMGs, required US clinical experience, minimum scores and visa sponsorship; "
        + "look at current residents (IMGs? Caribbean graduates? which schools and regions?); "
        + "ask coordinators briefly about minimums and IMG eligibility, without explaining or "
        + "apologizing; and ask current or former residents, through LinkedIn or alumni groups, "
        + "how their program views applicants like you."),
    AdviceRule(
      "programs.visa", .programs, .action(.programs, rank: 5), .imgFriendly,
      when: { $0.profile.applicant == .nonUSIMG },
      "Programs that sponsor J-1 or H-1B visas tend to be more open to IMGs in general: filter "
        + "for them first."),
    AdviceRule(
      "programs.us-img-position", .programs, .note, .usIMGAdvantages,
      when: { $0.isUSIMG }
    ) { context in
      "As a US citizen or permanent resident you need no visa, which some programs value, and "
        + "some say outright that they are more open to US-citizen IMGs. But many "
        + "\(context.isMassachusetts ? "Boston " : "")programs still prefer US MD and DO "
        + "graduates, and score filters act before citizenship is even looked at."
    },
    AdviceRule(
      "programs.match-rates", .programs, .note, .matchRates,
      when: { $0.profile.applicant != nil }
    ) { context in
      guard let applicant = context.profile.applicant else { return "" }
      return matchRate(of: applicant)
    },
    AdviceRule(
      "programs.signals", .programs, .action(.programs, rank: 6), .screening,
      when: { [.dermatology, .generalSurgery, .internalMedicine].contains($0.specialty) }
    ) { context in
      let targets =
        context.profile.connections?.isEmpty == false
        ? "realistic programs where you have ties" : "realistic programs that fit your file"
      return "Spend program signals on \(targets): in 2022 ERAS data, signaling raised the chance "
        + "of an interview in dermatology, general surgery and internal medicine (AAMC)."
    },
    AdviceRule(
      "programs.tools", .programs, .note, .tools,
      when: { $0.isIMG || $0.hasScoreConcern },
      "Tools for the list: FREIDA (filters include the share of IMGs and visas), AAMC Residency "
        + "Explorer (compare yourself with past matched applicants), Texas STAR (reported "
        + "outcomes) and Doximity Residency Navigator."),
  ]
}

extension AdviceRule {
  /// The match rate of the applicant's own group, from the public figures with publisher and
  /// year. For US MD and DO applicants the figures describe seniors only, which is said, since
  /// the profile does not tell a senior from a graduate.
  static func matchRate(of applicant: ApplicantType) -> String {
    rate(of: applicant)
      // A rate for a whole group is not this applicant's (public figures, "Match rates by
      // applicant type"): said beside it, whatever the scores on record.
      + " It counts the whole group, whatever their scores or specialty: background, not your "
      + "own odds."
  }

  private static func rate(of applicant: ApplicantType) -> String {
    let nrmp = "In the NRMP's Main Residency Match"
    switch applicant {
    case .usMD, .usDO:
      let (group, latest, earlier) =
        applicant == .usMD ? ("US MD", "93.5", "93.5") : ("US DO", "92.6", "92.3")
      return "\(nrmp), \(latest)% of \(group) seniors matched in 2025 (\(earlier)% in 2024). "
        + "That figure is for seniors; the public figures give none for \(group) graduates who "
        + "apply after leaving school."
    case .usIMG:
      return "\(nrmp), 67.8% of US-citizen IMGs matched in 2025 (67.0% in 2024)."
    case .nonUSIMG:
      return "\(nrmp), 58.0% of non-US-citizen IMGs matched in 2025 (58.5% in 2024)."
    }
  }
}

extension AdviceContext {
  /// Scores count as low for the application figure: a failure, a score below the specialty's
  /// average (the Boston guide's working definition), or no score on record to say otherwise.
  var scoresMayBeLow: Bool {
    if isYes(.anyFailure) { return true }
    guard case .score(let score, _) = facts.relevantScore else { return true }
    let average = facts.benchmarks?.matchedMean?.value ?? ScoreThresholds.nationalMean.value
    return score < average
  }
}
