/// Whether to contact programs about the score, and how (the contract's five ids).
package enum EmailDecision: String, Sendable, Hashable, CaseIterable, Codable {
  /// Say nothing about the score to programs; let the application's strengths lead.
  case staySilent = "stay-silent"
  /// A brief, targeted email to a few select programs.
  case targetedEmail = "targeted-email"
  /// A faculty advocate, or a mentor where the applicant has ties, contacts the program
  /// director instead of the applicant.
  case facultyContact = "faculty-contact"
  /// Email a few programs, and rebuild the program list around realistic targets.
  case emailSomeRefocusList = "email-some-refocus-list"
  /// Email only where there is a strong, program-specific hook.
  case hookOnly = "hook-only"

  /// A short phrase for "what changed" lines ("stay silent", "brief targeted email").
  package var phrase: String {
    switch self {
    case .staySilent: "stay silent about the score"
    case .targetedEmail: "brief targeted email to a few programs"
    case .facultyContact: "a faculty advocate or mentor contacts the program director"
    case .emailSomeRefocusList: "email a few programs and refocus the list"
    case .hookOnly: "email only where you have a strong program-specific hook"
    }
  }

  /// Whether the applicant writes to programs themselves under this decision.
  package var involvesApplicantEmail: Bool {
    switch self {
    case .targetedEmail, .emailSomeRefocusList, .hookOnly: true
    case .staySilent, .facultyContact: false
    }
  }
}
