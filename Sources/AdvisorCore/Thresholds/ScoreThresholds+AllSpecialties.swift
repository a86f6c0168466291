extension ScoreThresholds {
  /// The mean Step 2 CK of matched US MD applicants across all specialties: about 250
  /// (verified: AMA, 2025, citing NRMP Charting Outcomes 2024).
  package static let matchedMeanAllSpecialties = Figure(
    250,
    Basis(
      .verified, .matchedStep2,
      "mean Step 2 CK of matched US MD applicants across all specialties, NRMP Charting Outcomes "
        + "2024 as reported by the AMA in 2025"))

  /// Where the per-specialty matched means come from, said beside each one shown.
  package static let matchedMeanSource =
    "NRMP Charting Outcomes 2024 as quoted by a secondary source"
}
