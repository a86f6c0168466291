/// The figures the advice uses for one specialty, each with its basis.
///
/// The three judgements the articles leave abstract are made concrete here:
/// - **above many program cutoffs**: the score is at or above ``screeningFloor``;
/// - **big mismatch with specialty norms**: for score-driven specialties (extremely high or high
///   sensitivity), the score is below ``mismatchBelow``;
/// - **clear improvement**: see ``ScoreThresholds/clearRebound``.
package struct SpecialtyBenchmarks: Sendable, Hashable {
  package var specialty: Specialty
  package var sensitivity: Sensitivity
  /// Why the specialty has its sensitivity.
  package var sensitivityBasis: Basis
  /// Mean Step 2 CK of matched US MD seniors, where a public figure exists.
  package var matchedMean: Figure?
  /// The Step 2 CK at or above which a score clears many programs' screens.
  package var screeningFloor: Figure
  /// For score-driven specialties, the Step 2 CK below which the score is a big mismatch.
  package var mismatchBelow: Figure?

  /// Where the sensitivity is cited from: the article's table, or the advisor's estimate from
  /// the figures its note names. Every surface that states the sensitivity tags it with this.
  package var sensitivitySource: Source {
    sensitivityBasis.kind == .estimate
      ? .estimate(from: sensitivityBasis.source) : sensitivityBasis.source
  }

  /// "moderate (context matters)" where the article's table rates the specialty; otherwise
  /// the level and why it was chosen ("moderate (the advisor's estimate: …)").
  package var sensitivityDescription: String {
    sensitivityBasis.kind == .article
      ? sensitivity.displayName
      : "\(sensitivity.levelName) (the advisor's estimate: \(sensitivityBasis.note))"
  }
}

/// Figures that do not depend on the specialty.
package enum ScoreThresholds {
  /// The national Step 2 CK mean around 2023-24 (secondary).
  package static let nationalMean = Figure(
    249, Basis(.secondary, .matchedStep2, "national Step 2 CK mean around 2023-24, approximately"))
  /// One standard deviation of Step 2 CK (secondary).
  package static let standardDeviation = Figure(
    15, Basis(.secondary, .matchedStep2, "Step 2 CK standard deviation, approximately 15"))

  /// The Step 2 CK the email article calls workable for many IM, FM, pediatrics, pathology and
  /// neurology programs after a first-attempt pass ("When not to email"). Not a screen: the
  /// article says workable, not that programs filter there.
  package static let workableScore = 220
  /// The specialties the article gives ``workableScore`` for, as its sentences name them.
  package static let workableSpecialties = "IM, FM, pediatrics, pathology and neurology"

  /// The advisor's estimate of a Step 2 CK that shows a clear rebound after a failure, on the
  /// score alone.
  ///
  /// One standard deviation below the national mean (249 − 15). The article's example of a clear
  /// rebound is a 238 that comes with strong clerkship comments, so the score is only half of the
  /// judgement: inside ``reboundBand`` the clinical evidence decides, and the decision waits
  /// for it. This estimate only tells, without a failure, whether Step 2 CK answers a low scored
  /// Step 1 well enough for the plan to make the turnaround visible.
  package static let clearRebound = Figure(
    nationalMean.value - standardDeviation.value,
    Basis(
      .estimate, .matchedStep2,
      "the national Step 2 CK mean (about \(nationalMean.value)) minus one standard deviation "
        + "(about \(standardDeviation.value))"))

  /// Where a Step 2 CK after a failure is a judgement the articles leave open: from the score
  /// the email article calls workable up to the national mean. Below it the score does not read
  /// as a rebound; at or above the national mean it does on its own; in between, clerkship honors
  /// and comments and shelf results (the evidence the article names) decide.
  package static let reboundBand = workableScore..<nationalMean.value

  /// The lower edge of ``reboundBand`` as the figure it is: the article's "workable" score, read
  /// by the advisor as the lowest Step 2 CK that can show a rebound (the article does not say so).
  package static let reboundFloor = Figure(
    workableScore,
    Basis(
      .estimate, .whenNotToEmail,
      "the score the email article calls workable for \(workableSpecialties), read as the lowest "
        + "that can show a rebound"))
  /// The upper edge of ``reboundBand``: the national mean, read by the advisor as the score that
  /// shows a rebound on its own.
  package static let reboundOnItsOwn = Figure(
    nationalMean.value,
    Basis(
      .estimate, .matchedStep2,
      "the national Step 2 CK mean (about \(nationalMean.value)), read as a rebound on its own"))

  /// The Step 2 CK pass mark: 214, raised to 218 in July 2025 (secondary).
  package static let step2PassMark = Figure(
    218, Basis(.secondary, .matchedStep2, "Step 2 CK passing score, raised from 214 in July 2025"))
  /// When the pass mark rose from 214 to 218: a sitting from this month on was under 218.
  package static let step2PassMarkRaised = (year: 2025, month: 7)
  /// The pass mark before July 2025.
  package static let step2FormerPassMark = Figure(
    214, Basis(.secondary, .matchedStep2, "Step 2 CK passing score before July 2025"))

  /// What a Step 2 CK score given without a pass or fail says about the outcome: under the
  /// former pass mark a fail, at or above the current one a pass, and in between (214-217)
  /// nothing until the applicant says which mark applied when they sat it.
  package static func step2Outcome(ofBareScore score: Int) -> StepOutcome? {
    if score < step2FormerPassMark.value { return .fail }
    if score < step2PassMark.value { return nil }
    return .pass
  }

  /// The Step 2 CK range around which major Boston academic IM programs screen.
  package static let bostonIMScreen = 220...230
  /// The basis of ``bostonIMScreen``.
  package static let bostonIMScreenBasis = Basis(
    .article, .bostonScreens,
    "internal medicine at major Boston academic centers may filter around Step 2 CK 220-230")

  /// How many programs to email at most, where an email is advised (5-15, not 50).
  package static let emailTargets = 5...15
  /// The basis of ``emailTargets``.
  package static let emailTargetsBasis = Basis(
    .article, .faqHowManyEmails, "very few: think 5 to 15 programs at most, never 50")

  /// The application range for US-citizen IMGs with low scores in core specialties.
  package static let usIMGApplications = 60...120
  /// The basis of ``usIMGApplications``.
  package static let usIMGApplicationsBasis = Basis(
    .article, .faqHowManyPrograms,
    "60-120 programs, sometimes more, for US-citizen IMGs with low scores in core specialties")

  /// The benchmarks of `specialty`.
  package static func benchmarks(for specialty: Specialty) -> SpecialtyBenchmarks {
    table[specialty] ?? fallback(specialty)
  }

  /// The lowest and highest screening floors over all specialties.
  package static let floorRange: ClosedRange<Int> = {
    let floors = Specialty.allCases.map { benchmarks(for: $0).screeningFloor.value }
    return (floors.min() ?? 0)...(floors.max() ?? 0)
  }()

  /// The lowest and highest mismatch thresholds over the score-driven specialties.
  package static let mismatchRange: ClosedRange<Int> = {
    let values = Specialty.allCases.compactMap { benchmarks(for: $0).mismatchBelow?.value }
    return (values.min() ?? 0)...(values.max() ?? 0)
  }()

  private static func fallback(_ specialty: Specialty) -> SpecialtyBenchmarks {
    SpecialtyBenchmarks(
      specialty: specialty, sensitivity: .moderate,
      sensitivityBasis: Basis(.estimate, .realityCheck, "not rated in the sources"),
      matchedMean: nil, screeningFloor: Figure(workableScore, workableFloorBasis),
      mismatchBelow: nil)
  }
}

// MARK: - The table

extension ScoreThresholds {
  private static let workableFloorBasis = Basis(
    .article, .whenNotToEmail,
    "a first-attempt Step 2 CK of 220 is workable for many \(workableSpecialties) programs, "
      + "especially community and mid-tier ones")

  private static func sensitivityFromTable(_ row: String) -> Basis {
    Basis(.article, .realityCheck, "the article's sensitivity table: \(row)")
  }

  private static func mean(_ value: Int, _ name: String) -> Figure {
    Figure(
      value,
      Basis(
        .secondary, .matchedStep2,
        "mean Step 2 CK of matched US MD seniors in \(name), Charting Outcomes 2024, approximately")
    )
  }

  /// Where the sources give no figure: the specialty's own matched mean minus two standard
  /// deviations, never below the Step 2 CK pass mark (no score under it passes). Another
  /// specialty's figure (internal medicine's 220) never stands in: an estimate for a specialty
  /// comes from that specialty's figures.
  private static func estimatedFloor(_ mean: Figure) -> Figure {
    let sds = 2
    let derived = mean.value - sds * standardDeviation.value
    let passMark = step2PassMark.value
    let how =
      "the specialty's own mean for matched US MD seniors (\(mean.value)) minus two of the "
      + "national standard deviation (2 × \(standardDeviation.value); no figure gives the "
      + "specialty's own spread)"
    return Figure(
      max(derived, passMark),
      Basis(
        .estimate, .matchedStep2,
        derived >= passMark
          ? how
          : how + ", which is \(derived), under the Step 2 CK pass mark, so the pass mark "
            + "(\(passMark)) stands"))
  }

  /// For score-driven specialties: the matched mean minus one standard deviation.
  /// The article's example of a big mismatch, 205 for dermatology, sits far below it.
  private static func estimatedMismatch(_ mean: Figure) -> Figure {
    Figure(
      mean.value - standardDeviation.value,
      Basis(
        .estimate, .matchedStep2,
        "the mean for matched US MD seniors (\(mean.value)) minus one national standard deviation "
          + "(\(standardDeviation.value)): below it the score sits outside most matched "
          + "applicants' range"))
  }

  private static func scoreDriven(
    _ specialty: Specialty, _ sensitivity: Sensitivity, _ basis: Basis, mean: Figure
  ) -> SpecialtyBenchmarks {
    SpecialtyBenchmarks(
      specialty: specialty, sensitivity: sensitivity, sensitivityBasis: basis, matchedMean: mean,
      screeningFloor: estimatedFloor(mean), mismatchBelow: estimatedMismatch(mean))
  }

  private static func contextDriven(
    _ specialty: Specialty, _ sensitivity: Sensitivity, _ basis: Basis, mean: Figure?,
    floor: Figure
  ) -> SpecialtyBenchmarks {
    SpecialtyBenchmarks(
      specialty: specialty, sensitivity: sensitivity, sensitivityBasis: basis, matchedMean: mean,
      screeningFloor: floor, mismatchBelow: nil)
  }

  /// One row per specialty: sensitivity, matched mean, screening floor, mismatch threshold.
  static let table: [Specialty: SpecialtyBenchmarks] = {
    let extremely = sensitivityFromTable("dermatology, plastics and ortho: extremely high")
    let bostonHighRisk = Basis(
      .estimate, .bostonSpecialty,
      "not in the sensitivity table; the Boston guide lists it with dermatology, ortho and "
        + "plastics as high risk with low scores, so it takes their level")
    let high = sensitivityFromTable("radiology, anesthesia and EM: high, flexible at some programs")
    let moderate = sensitivityFromTable("IM, general surgery and neurology: moderate")
    let flexible = sensitivityFromTable("FM, pediatrics, psychiatry and pathology: more flexible")
    let steppingStone = Basis(
      .estimate, .bostonSpecialty,
      "not in the sensitivity table; the Boston guide lists transitional and preliminary years "
        + "among the more feasible choices with low scores")
    let workable = Figure(workableScore, workableFloorBasis)

    let rows: [SpecialtyBenchmarks] = [
      scoreDriven(.dermatology, .extremelyHigh, extremely, mean: mean(257, "dermatology")),
      scoreDriven(.plasticSurgery, .extremelyHigh, extremely, mean: mean(255, "plastic surgery")),
      scoreDriven(
        .orthopedicSurgery, .extremelyHigh, extremely, mean: mean(257, "orthopaedic surgery")),
      scoreDriven(.otolaryngology, .extremelyHigh, bostonHighRisk, mean: mean(255, "ENT")),
      scoreDriven(.neurosurgery, .extremelyHigh, bostonHighRisk, mean: mean(254, "neurosurgery")),
      scoreDriven(.radiology, .high, high, mean: mean(256, "diagnostic radiology")),
      scoreDriven(.anesthesiology, .high, high, mean: mean(250, "anesthesiology")),
      scoreDriven(.emergencyMedicine, .high, high, mean: mean(249, "emergency medicine")),
      contextDriven(
        .internalMedicine, .moderate, moderate, mean: mean(250, "internal medicine"),
        floor: workable),
      contextDriven(
        .generalSurgery, .moderate, moderate, mean: mean(252, "general surgery"),
        floor: estimatedFloor(mean(252, "general surgery"))),
      contextDriven(.neurology, .moderate, moderate, mean: mean(249, "neurology"), floor: workable),
      contextDriven(
        .familyMedicine, .flexible, flexible,
        mean: Figure(
          244,
          Basis(
            .secondary, .matchedStep2,
            "mean Step 2 CK of matched US MD seniors in family medicine, about 244 "
              + "(second copy only)")),
        floor: workable),
      contextDriven(
        .pediatrics, .flexible, flexible, mean: mean(247, "pediatrics"), floor: workable),
      contextDriven(
        .psychiatry, .flexible, flexible, mean: mean(246, "psychiatry"),
        floor: estimatedFloor(mean(246, "psychiatry"))),
      contextDriven(.pathology, .flexible, flexible, mean: mean(248, "pathology"), floor: workable),
      contextDriven(
        .transitionalYear, .flexible, steppingStone, mean: nil,
        floor: Figure(
          workableScore,
          Basis(
            .estimate, .bostonSpecialty,
            "no figure in the sources; internal medicine's \(workableScore) stands in, as "
              + "transitional and preliminary years sit with the medicine options in the Boston "
              + "guide"))),
      contextDriven(
        .preliminaryMedicine, .flexible, steppingStone, mean: nil,
        floor: Figure(
          workableScore,
          // Tagged with where the number comes from, not with the section that names the year.
          Basis(
            .estimate, .whenNotToEmail,
            "no figure in the sources; internal medicine's \(workableScore) stands in for a "
              + "preliminary medicine year"))),
      contextDriven(
        .preliminarySurgery, .flexible, steppingStone, mean: nil,
        floor: Figure(
          estimatedFloor(mean(252, "general surgery")).value,
          Basis(
            .estimate, .matchedStep2,
            "no figure in the sources; general surgery's estimate stands in for a preliminary "
              + "surgery year"))),
      contextDriven(
        .obstetricsGynecology, .moderate,
        Basis(
          .estimate, .matchedStep2,
          "not rated in either article; by the public figures its matched mean sits with "
            + "neurology's and internal medicine's, which the article rates moderate"),
        mean: mean(249, "obstetrics and gynecology"),
        floor: estimatedFloor(mean(249, "obstetrics and gynecology"))),
    ]
    return Dictionary(uniqueKeysWithValues: rows.map { ($0.specialty, $0) })
  }()
}
