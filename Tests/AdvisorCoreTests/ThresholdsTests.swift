import AdvisorCore
import Testing

@Suite("Score thresholds and their basis")
struct ThresholdsTests {
  @Test("The article's 220 is the floor for IM, FM, pediatrics, pathology and neurology")
  func workableFloor() {
    for specialty in [
      Specialty.internalMedicine, .familyMedicine, .pediatrics, .pathology, .neurology,
    ] {
      let floor = ScoreThresholds.benchmarks(for: specialty).screeningFloor
      #expect(floor.value == 220)
      #expect(floor.basis.kind == .article)
    }
  }

  @Test(
    "Estimated floors come from the specialty's own figures: matched mean minus 30, never below the pass mark"
  )
  func estimatedFloors() {
    for specialty in Specialty.allCases {
      let benchmarks = ScoreThresholds.benchmarks(for: specialty)
      guard benchmarks.screeningFloor.basis.kind == .estimate, let mean = benchmarks.matchedMean
      else { continue }
      let floor = benchmarks.screeningFloor
      #expect(floor.value == max(mean.value - 30, 218), "\(specialty)")
      // Another specialty's figure never stands in (a tester found general surgery's estimate
      // leaning on internal medicine's 220).
      #expect(!floor.basis.note.contains("220"), "\(specialty): \(floor.basis.note)")
      #expect(!floor.basis.note.contains("internal medicine"), "\(specialty)")
      #expect(floor.basis.note.contains("(\(mean.value))"), "\(specialty)")
    }
  }

  @Test("General surgery's estimate says how it is derived, from its own matched mean")
  func generalSurgeryEstimate() {
    let advice = Advisor.advise(answered(step2ck: passed(224), specialty: .generalSurgery))
    let estimate = advice.items.first { $0.rule == "specialty.estimated-floor" }?.text ?? ""
    #expect(estimate.contains("The advisor's estimate"))
    #expect(estimate.contains("about 222"))
    #expect(estimate.contains("(252) minus two of the national standard deviation"))
    #expect(estimate.contains("your 224 is at or above it."))
    #expect(!estimate.contains("220"))
  }

  @Test("No specialty's floor sits under the Step 2 CK pass mark")
  func floorsAreOrdered() {
    for specialty in Specialty.allCases {
      let floor = ScoreThresholds.benchmarks(for: specialty).screeningFloor.value
      #expect(floor >= ScoreThresholds.step2PassMark.value, "\(specialty)")
    }
  }

  @Test(
    "A score within five points of the floor is said to be close to the line, and what tips it",
    arguments: [(216, true), (219, true), (220, true), (224, true), (225, false), (212, false)])
  func closeToTheLine(score: Int, close: Bool) {
    let advice = Advisor.advise(answered(step2ck: passed(score)))
    let step = advice.email.steps.first { $0.rule == "check.above-cutoffs" }
    #expect(step?.explanation.contains("Close to the line") == close)
  }

  @Test("A score near the estimated mismatch line says so (EM: matched mean 249, line 234)")
  func mismatchCloseToTheLine() {
    for (score, close) in [(230, true), (237, true), (240, false), (228, false)] {
      let advice = Advisor.advise(answered(step2ck: passed(score), specialty: .emergencyMedicine))
      let step = advice.email.steps.first { $0.rule == "check.specialty-mismatch" }
      #expect(step?.explanation.contains("Close to the line") == close, "\(score)")
    }
  }

  @Test(
    "After a failure the rebound is a judgement in the band: the evidence decides, and the decision waits for it",
    arguments: [
      (219, nil, false), (219, true, false), (225, true, true), (225, false, false),
      (225, nil, nil), (238, nil, nil), (238, false, false), (248, nil, nil), (249, nil, true),
      (249, false, true),
    ] as [(Int, Bool?, Bool?)])
  func reboundBand(score: Int, evidence: Bool?, clear: Bool?) {
    let profile = answered(
      step1: passed(attempts: 2), step2ck: passed(score), clinicalEvidence: evidence)
    let advice = Advisor.advise(profile)
    let step = advice.email.steps.first { $0.rule == "check.clear-improvement" }
    #expect(step?.answer == clear)
    #expect(advice.missing.contains(.clinicalEvidence) == (clear == nil))
    #expect(step?.assumed != true)
    if clear == nil {
      #expect(advice.decision == nil && advice.email.needed == [.clinicalEvidence])
      let pending = advice.email.reasons.last { $0.rule == EmailAdvice.undecidedRule }
      #expect(pending?.text.hasPrefix("Pending: Step 2 CK \(score) after a failure") == true)
      // Nothing in the plan presupposes the rebound while it is pending.
      #expect(!advice.ruleSet.contains("recovery.document-turnaround"))
      #expect(!advice.ruleSet.contains("email.trajectory"))
    } else {
      #expect(advice.decision != nil)
    }
  }

  @Test("Every figure has a basis with a note and a built-in source")
  func everyFigureHasABasis() {
    for specialty in Specialty.allCases {
      let benchmarks = ScoreThresholds.benchmarks(for: specialty)
      let figures = [benchmarks.screeningFloor, benchmarks.matchedMean, benchmarks.mismatchBelow]
        .compactMap { $0 }
      for figure in figures {
        #expect(!figure.basis.note.isEmpty)
        #expect(Source.builtIn.contains(figure.basis.source))
      }
      #expect(Source.builtIn.contains(benchmarks.sensitivityBasis.source))
    }
  }

  @Test("The article's examples land where it says: 205 is far below derm, 238 is a rebound")
  func articleExamples() {
    #expect(205 < (ScoreThresholds.benchmarks(for: .dermatology).mismatchBelow?.value ?? 0))
    #expect(238 >= ScoreThresholds.clearRebound.value)
    #expect(239 >= ScoreThresholds.clearRebound.value)
    #expect(ScoreThresholds.bostonIMScreen == 220...230)
  }

  @Test("Only score-driven specialties have a mismatch threshold")
  func mismatchOnlyWhereScoreDriven() {
    for specialty in Specialty.allCases {
      let benchmarks = ScoreThresholds.benchmarks(for: specialty)
      #expect((benchmarks.mismatchBelow != nil) == benchmarks.sensitivity.isScoreDriven)
    }
  }
}

@Suite("Where a program is: one classifier")
struct ProgramLocationTests {
  @Test(
    "City and state give the same answer everywhere",
    arguments: [
      ("Boston", "MA", RegionFocus.boston), ("Cambridge", "MA", .boston),
      ("Worcester", "MA", .massachusetts), ("Springfield", "MA", .massachusetts),
      ("Springfield", "IL", .elsewhere), ("Cambridge", "", .boston),
      ("Houston", "TX", .elsewhere), ("Boston", "Massachusetts", .boston),
    ])
  func location(city: String, state: String, expected: RegionFocus) {
    #expect(RegionFocus(city: city, state: state) == expected)
  }
}
