/// The Boston guide's feasibility lists for applicants with low scores.
package enum BostonFeasibility {
  /// More feasible with a low score in Boston, with the guide's qualifier where it gives one.
  package static let moreFeasible: [(Specialty, qualifier: String?)] = [
    (.internalMedicine, "academic and community programs"),
    (.familyMedicine, nil),
    (.pediatrics, "at selected programs"),
    (.psychiatry, "though it is getting more competitive"),
    (.transitionalYear, "as a stepping stone"),
    (.preliminaryMedicine, "as a stepping stone"),
    (.preliminarySurgery, "as a stepping stone"),
  ]

  /// High risk with a low score, especially in Boston.
  package static let highRisk: [Specialty] = [
    .dermatology, .orthopedicSurgery, .plasticSurgery, .neurosurgery, .otolaryngology,
    .emergencyMedicine,
  ]

  /// The basis of both lists.
  package static let source = Source.bostonSpecialty

  /// The qualifier for a feasible specialty, or nil when it is not on the list.
  static func feasibility(of specialty: Specialty) -> (onList: Bool, qualifier: String?) {
    guard let entry = moreFeasible.first(where: { $0.0 == specialty }) else { return (false, nil) }
    return (true, entry.qualifier)
  }
}

extension AdviceRule {
  /// The specialty reality check: sensitivity, backup plans and Boston feasibility.
  static let specialtyRules: [AdviceRule] = [
    {
      var rule = AdviceRule(
        "specialty.sensitivity", .specialty, .note, .realityCheck,
        when: { $0.sensitivity != nil }
      ) { context in
        guard let benchmarks = context.facts.benchmarks else { return "" }
        return "\(benchmarks.specialty.displayName): sensitivity to low scores is "
          + "\(benchmarks.sensitivityDescription)."
      }
      // An estimated sensitivity is tagged as the estimate it is, not as the article's table.
      rule.citing = { context in context.facts.benchmarks?.sensitivitySource ?? .realityCheck }
      return rule
    }(),
    AdviceRule(
      "specialty.matched-mean", .specialty, .note, .matchedStep2,
      when: { $0.facts.benchmarks?.matchedMean != nil }
    ) { context in
      guard let benchmarks = context.facts.benchmarks, let mean = benchmarks.matchedMean else {
        return ""
      }
      return "Matched US MD seniors in \(benchmarks.specialty.displayName) averaged about "
        + "\(mean.value) on Step 2 CK (NRMP Charting Outcomes 2024, as quoted by a secondary "
        + "source)."
    },
    AdviceRule(
      "specialty.workable-score", .specialty, .note, .whenNotToEmail,
      when: { $0.facts.benchmarks?.screeningFloor.basis.kind == .article }
    ) { context in
      guard let benchmarks = context.facts.benchmarks else { return "" }
      // The article's 220 is its example, not the applicant's score: it is said as the
      // article's line, and the applicant's own score is placed against it.
      let floor = benchmarks.screeningFloor.value
      let line =
        "The email article treats a first-attempt Step 2 CK of \(floor) as not strong but "
        + "workable for many \(benchmarks.specialty.displayName) programs, community and mid-tier "
        + "ones especially"
      guard case .score(let score, .step2ck) = context.facts.relevantScore else {
        return line + "."
      }
      // A failed score is no standing to judge: the retake's score is (tester Jake).
      if context.facts.judgedScoreIsAFail {
        return line + "; your \(score) was a fail, so where you stand turns on the retake's score, "
          + "and the failure weighs on its own beside it."
      }
      let place = score >= floor ? "at or above" : "below"
      // The example is a first-attempt pass: a record with a failure is not that case.
      guard context.profile.hasFailedAttempt else {
        return line + "; your \(score) is \(place) that line."
      }
      let failed = Exam.allCases.filter { context.profile[$0].hasFailure == true }
        .map(\.displayName).joinedAsList()
      let weighs =
        context.profile.failedSittings > 1
        ? "failures weigh on their own" : "failure weighs on its own"
      return line + "; your \(score) is \(place) that figure, but the article's example has no "
        + "failed attempt, and your \(failed) \(weighs)."
    },
    {
      var rule = AdviceRule(
        "specialty.estimated-floor", .specialty, .note, .estimate(from: .matchedStep2),
        when: { $0.facts.benchmarks.map { $0.screeningFloor.basis.kind != .article } == true }
      ) { context in
        guard let benchmarks = context.facts.benchmarks else { return "" }
        let floor = benchmarks.screeningFloor
        let name = benchmarks.specialty.displayName
        guard benchmarks.matchedMean != nil else {
          // No figure of its own: said to be unknown, and what stands in is named as such.
          return "Where \(name) programs' floors sit is unknown: for want of a figure, the "
            + "advisor's estimate judges a score against \(floor.value) (\(floor.basis.note))."
        }
        let estimate =
          "The advisor's estimate, not a figure from the articles: a Step 2 CK of about "
          + "\(floor.value) clears many \(name) programs' floors (\(floor.basis.note))"
        guard case .score(let score, .step2ck) = context.facts.relevantScore else {
          return estimate + "."
        }
        if context.facts.judgedScoreIsAFail {
          return estimate + "; your \(score) was a fail, so where you stand turns on the retake's "
            + "score, and the failure weighs on its own beside it."
        }
        // Clearing the floors is not matching the norms: said together, so that the two never
        // read as a contradiction of the decision.
        // The distance decides the words, as in the decision's own reason ("just under").
        if score >= floor.value, let mismatch = benchmarks.mismatchBelow, score < mismatch.value {
          let below = Condition.belowTheNorms(score, line: mismatch.value)
          return estimate + "; your \(score) is at or above it, but \(below) the specialty's "
            + "norms (under \(mismatch.value), \(mismatch.basis.note)), which the email decision goes by."
        }
        return estimate + "; your \(score) is \(score >= floor.value ? "at or above" : "below") it."
      }
      // The estimate is tagged with the section it is derived from.
      rule.citing = { context in
        .estimate(from: context.facts.benchmarks?.screeningFloor.basis.source ?? .matchedStep2)
      }
      return rule
    }(),
    AdviceRule(
      "specialty.backup-plan", .specialty, .action(.specialty, rank: 0), .realityCheck,
      when: { $0.sensitivity == .extremelyHigh && $0.hasScoreConcern }
    ) { context in
      // Only a backup the same judgement does not rule out is named as the one to apply to.
      let assessed = BackupAssessment.assess(context.profile)
      let viable = BackupAssessment.viable(context.profile)
      let usual = "a backup specialty (internal medicine or family medicine are the usual choices)."
      let names = { (list: [BackupAssessment]) in
        list.map(\.specialty.displayName).joinedAsList(conjunction: "or")
      }
      return "In \(context.specialtyName), a low score calls for a hard-headed backup plan, not "
        + "persuasive emails: apply in parallel to "
        + (assessed.isEmpty
          ? usual
          : viable.isEmpty
            ? usual + " Your score is a reach in \(names(assessed)) too."
            : "your backup, \(names(viable)).")
    },
    AdviceRule(
      "specialty.boston-backup", .specialty, .action(.specialty, rank: 1), .bostonSpecialty,
      when: { ($0.sensitivity?.isScoreDriven ?? false) && $0.hasScoreConcern && $0.isMassachusetts }
    ) { context in
      // The applicant's own backups the same judgement leaves open, as in the backup plan:
      // one of theirs judged a reach is not offered as the way to stay in the region.
      let names = { (list: [BackupAssessment]) in
        list.map(\.specialty.displayName).joinedAsList(conjunction: "or")
      }
      let assessed = BackupAssessment.assess(context.profile)
      let viable = BackupAssessment.viable(context.profile)
      let backup =
        !viable.isEmpty
        ? "your backup, \(names(viable))"
        : !assessed.isEmpty
          ? "a backup specialty where your score is workable (it is a reach in "
            + "\(names(assessed)) too)"
          : "a backup specialty such as internal medicine or family medicine"
      return "If you are set on \(context.specialtyName), apply to it broadly outside Boston, and "
        + "apply realistically inside Boston and Massachusetts in \(backup), so that you stay in "
        + "the region you want."
    },
    AdviceRule(
      "specialty.some-flexible-programs", .specialty, .note, .realityCheck,
      when: { $0.sensitivity == .high }
    ) { context in
      "\(context.specialtyName) weighs scores heavily, but some programs are flexible: find those "
        + "and aim there."
    },
    AdviceRule(
      "specialty.em-competitive", .specialty, .note, .bostonSpecialty,
      when: { $0.specialty == .emergencyMedicine }
    ) { context in
      "Emergency medicine keeps getting more competitive and is hard with weak boards"
        + (context.isMassachusetts ? ", especially in Boston." : ".")
    },
    AdviceRule(
      "specialty.region-and-tier", .specialty, .note, .realityCheck,
      when: { $0.specialty == .internalMedicine || $0.specialty == .generalSurgery }
    ) { context in
      "In \(context.specialtyName), how far a low score holds you back depends heavily on the "
        + "region and the tier of program."
    },
    AdviceRule(
      "specialty.context-matters", .specialty, .note, .realityCheck,
      when: { $0.specialty == .neurology || $0.specialty == .obstetricsGynecology }
    ) { context in
      "In \(context.specialtyName) the score is weighed in context: the rest of the file can "
        + "carry real weight."
    },
    AdviceRule(
      "specialty.apply-broadly", .specialty, .action(.specialty, rank: 5), .realityCheck,
      when: { context in
        context.decision == .staySilent
          && [.familyMedicine, .pediatrics, .psychiatry, .pathology].contains(context.specialty)
      }
    ) { context in
      // The article's row holds for strong clinical work; it is not claimed for anyone else,
      // nor is strong work assumed where the applicant said there was none.
      switch context.profile.clinicalEvidence {
      case true?:
        "With strong clinical work like yours, staying quiet about the score is often fine in "
          + "\(context.specialtyName): apply broadly and smartly, community programs included."
      case false?:
        "\(context.specialtyName) is among the more forgiving specialties, community programs "
          + "above all: apply broadly and smartly. Staying quiet about the score works best "
          + "there with strong clinical work behind you: if rotations are still ahead of you, "
          + "build it there and make it visible."
      case nil:
        "\(context.specialtyName) is among the more forgiving specialties, community programs "
          + "above all: apply broadly and smartly. Staying quiet about the score works best "
          + "there once strong clinical work backs you, so make yours visible."
      }
    },
    AdviceRule(
      "specialty.boston-feasible", .specialty, .note, .bostonSpecialty,
      when: { context in
        context.isMassachusetts
          && context.specialty.map { BostonFeasibility.feasibility(of: $0).onList } == true
      }
    ) { context in
      guard let specialty = context.specialty else { return "" }
      let qualifier = BostonFeasibility.feasibility(of: specialty).qualifier.map { " (\($0))" }
      return "For Boston, \(specialty.displayName) is among the more feasible choices with a low "
        + "score\(qualifier ?? "")."
    },
    AdviceRule(
      "specialty.boston-high-risk", .specialty, .note, .bostonSpecialty,
      when: { context in
        context.isMassachusetts
          && context.specialty.map(BostonFeasibility.highRisk.contains) == true
      }
    ) { context in
      "For Boston, \(context.specialtyName) is high risk with a low score."
    },
    AdviceRule(
      "specialty.stepping-stone", .specialty, .action(.specialty, rank: 6), .bostonSpecialty,
      when: { context in
        [.transitionalYear, .preliminaryMedicine, .preliminarySurgery].contains(context.specialty)
      },
      "A transitional or preliminary year is a stepping stone: plan now for the categorical or "
        + "advanced position that should follow it."),
  ]
}
