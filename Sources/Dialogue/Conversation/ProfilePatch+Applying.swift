import AdvisorCore

/// The state update's one rule book: how the changes a line makes are written over the
/// profile (the understanding only says what changed; what that does to a result already
/// on record is decided here).
extension ProfilePatch {
  /// `profile` with this patch written over it.
  func applied(to profile: Profile) -> Profile {
    var result = profile
    for slot in unset { result = result.clearing(slot) }
    for exam in clearScores { result[exam].score = nil }
    for exam in clearOutcomes { result[exam].outcome = nil }
    for exam in Exam.allCases {
      let change = self[exam]
      guard !change.isEmpty else { continue }
      var current = result[exam]
      if clearOutcomes.contains(exam) { current.outcome = nil }
      // A different outcome is a new result: the old score and attempts do not carry over,
      // except when a pending result comes in (the same sitting).
      if let outcome = change.outcome, outcome != current.outcome {
        // A result still open (pending, or a score whose pass mark was unclear) is completed,
        // keeping what was said of that sitting.
        let sameSitting =
          (current.outcome == .pending || current.outcome == nil) && outcome != .notTaken
        current = StepResult(
          outcome: outcome, score: sameSitting && current.outcome == nil ? current.score : nil,
          attempts: sameSitting ? current.attempts : nil)
      }
      if let score = change.score { current.score = score }
      if let attempts = change.attempts { current.attempts = attempts }
      result[exam] = current
    }
    if let specialty {
      // "Programs state a minimum I miss" was said of the old specialty's programs: for the
      // new one's it is not known until asked again.
      if let old = result.specialty, old != specialty, cutoffUnmet == nil {
        result.cutoffUnmet = nil
      }
      result.specialty = specialty
    }
    for backup in addBackups where !result.backupSpecialties.contains(backup) {
      result.backupSpecialties.append(backup)
    }
    // The main specialty is never its own backup.
    result.backupSpecialties.removeAll { $0 == result.specialty || removeBackups.contains($0) }
    if let applicant { result.applicant = applicant }
    if let region { result.region = region }
    if noConnections {
      result.connections = []
    }
    // Taking a tie back from connections never given leaves them unknown, not "none".
    if !addConnections.isEmpty || !removeConnections.isEmpty && result.connections != nil {
      let kept = (result.connections ?? []).union(addConnections).subtracting(removeConnections)
      // The last tie taken back leaves connections unknown, not "none": that was not said.
      result.connections = kept.isEmpty && !noConnections && addConnections.isEmpty ? nil : kept
    }
    // A place is kept for a connection on record, and goes with it. A new one is added to
    // those on record (parents in Columbus, then a cousin in Dayton), unless it replaces the
    // latest.
    for (connection, places) in unplaced {
      result.connectionPlaces[connection]?.removeAll(where: places.contains)
    }
    for (connection, places) in connectionPlaces {
      if replacesPlaces.contains(connection) { _ = result.connectionPlaces[connection]?.popLast() }
      for place in places where result.connectionPlaces[connection]?.contains(place) != true {
        result.connectionPlaces[connection, default: []].append(place)
      }
    }
    result.connectionPlaces = result.connectionPlaces.filter {
      result.has($0.key) == true && !$0.value.isEmpty
    }
    if let hook { result.hook = hook }
    if let cutoffUnmet { result.cutoffUnmet = cutoffUnmet }
    if let hardship { result.hardship = hardship }
    if let clinicalEvidence { result.clinicalEvidence = clinicalEvidence }
    return result
  }
}
