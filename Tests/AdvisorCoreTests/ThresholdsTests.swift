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

  @Test("Estimated floors follow one stated rule: matched mean minus 30")
  func estimatedFloors() {
    for specialty in Specialty.allCases {
      let benchmarks = ScoreThresholds.benchmarks(for: specialty)
      guard benchmarks.screeningFloor.basis.kind == .estimate, let mean = benchmarks.matchedMean
      else { continue }
      #expect(benchmarks.screeningFloor.value == mean.value - 30, "\(specialty)")
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
