import AdvisorCore

/// A passed exam, first attempt unless said otherwise.
func passed(_ score: Int? = nil, attempts: Int = 1) -> StepResult {
  StepResult(outcome: .pass, score: score, attempts: attempts)
}

/// A failed exam whose latest result is the fail.
func failed(_ score: Int? = nil, attempts: Int = 1) -> StepResult {
  StepResult(outcome: .fail, score: score, attempts: attempts)
}

let notTaken = StepResult(outcome: .notTaken)
let pending = StepResult(outcome: .pending, attempts: 1)

/// A profile where every circumstantial slot is answered "none", so that only the named
/// differences decide.
func answered(
  step1: StepResult = passed(), step2ck: StepResult, specialty: Specialty = .internalMedicine,
  applicant: ApplicantType = .usMD, region: String = "anywhere", connections: Set<Connection> = [],
  hook: Bool = false, cutoffUnmet: Bool = false, hardship: Hardship = .none,
  clinicalEvidence: Bool? = nil
) -> Profile {
  Profile(
    step1: step1, step2ck: step2ck, specialty: specialty, applicant: applicant, region: region,
    connections: connections, hook: hook, cutoffUnmet: cutoffUnmet, hardship: hardship,
    clinicalEvidence: clinicalEvidence)
}

extension Advice {
  var decision: EmailDecision? { email.decision }
  var ruleSet: Set<String> { Set(ruleIDs) }
}
