/// A conclusion of the decision tree: the email decision and why, with its source.
package struct DecisionRule: Sendable, Hashable, Identifiable {
  /// A stable id such as `email.fail-rebound-email`.
  package let id: String
  package let decision: EmailDecision
  package let source: Source
  /// What the rule concludes and why, in the project's words.
  package let text: String
}

extension DecisionRule {
  static let failReboundMismatch = DecisionRule(
    id: "email.fail-rebound-mismatch", decision: .emailSomeRefocusList, source: .snapshot,
    text: "The rebound helps, but the big gap to this specialty's norms is more than an email can "
      + "close: write only to the few programs your hook or your ties are about, and rebuild the "
      + "list around "
      + "realistic targets and a backup.")
  static let failReboundFaculty = DecisionRule(
    id: "email.fail-rebound-faculty", decision: .facultyContact, source: .flowchart,
    text: "A failure followed by a clear rebound is worth putting in context, and someone who "
      + "knows you calling or writing to the program director, your faculty advocate, carries far "
      + "more weight than any email of yours. Ask them to reach out, and hand them a short "
      + "summary of your Step story.")
  static let failReboundEmail = DecisionRule(
    id: "email.fail-rebound-email", decision: .targetedEmail, source: .snapshot,
    text: "Programs will see both the red flag and the recovery. A short, controlled email to a "
      + "few select programs shows maturity and gives context.")
  static let failNoRebound = DecisionRule(
    id: "email.fail-no-rebound", decision: .staySilent, source: .flowchart,
    text: "Without a clear rebound, an email only draws attention to the failure. Do not email; "
      + "work on the overall strategy: clinical performance, letters and a broad, realistic list.")
  /// The decisions that rest on a big gap from the specialty's norms, each of which calls for
  /// a backup plan.
  package static var bigGapRules: Set<String> {
    [mismatchFaculty.id, specialtyMismatch.id, mismatchNoTies.id]
  }
  static let mismatchFaculty = DecisionRule(
    id: "email.mismatch-faculty", decision: .facultyContact, source: .snapshot,
    text: "The big gap to this specialty's norms is more than any email of yours can close, but a "
      + "faculty member who knows you will speak for you: let them signal for you where they have "
      + "standing, rather than explaining the score yourself, and refocus the list around "
      + "realistic targets and a backup.")
  static let specialtyMismatch = DecisionRule(
    id: "email.specialty-mismatch", decision: .emailSomeRefocusList, source: .snapshot,
    text: "With the score in a big gap below the specialty's norms, clever emails are no fix. "
      + "Email only the few programs your hook or your ties are about, and refocus the list: "
      + "apply broadly and "
      + "build a realistic backup plan.")
  static let mismatchNoTies = DecisionRule(
    id: "email.mismatch-no-ties", decision: .staySilent, source: .snapshot,
    text: "With the score in a big gap below the specialty's norms, clever emails do not close it, "
      + "and with no advocate or hook on record there is no program an email would move. Stay "
      + "silent about the score and refocus the list: apply broadly and build a realistic backup "
      + "plan. If a faculty member who knows you offers to speak for you later, that program is "
      + "worth a word then.")
  static let imgNoTies = DecisionRule(
    id: "email.img-no-ties", decision: .staySilent, source: .faqIMG,
    text: "As an IMG, emails help only at the few programs where you have a real connection, and "
      + "none is on record: do not write about the score. Put the effort into IMG-friendly "
      + "programs, hands-on US clinical experience and strong letters; if a rotation or a mentor "
      + "gives you a tie, a short email to that program can help then.")
  static let cutoffUnmetFaculty = DecisionRule(
    id: "email.cutoff-unmet-faculty", decision: .facultyContact, source: .snapshot,
    text: "Where a program's stated cutoff excludes you, only a strong hook can help, and an "
      + "influential advocate is the strongest one: let your faculty advocate make the contact.")
  static let cutoffUnmetHook = DecisionRule(
    id: "email.cutoff-unmet-hook", decision: .hookOnly, source: .snapshot,
    text: "A program that states a cutoff you miss is worth an email only because of your "
      + "specific hook: write to those programs alone, in one or two sentences on why you are "
      + "still worth a look.")
  static let cutoffUnmetNoHook = DecisionRule(
    id: "email.cutoff-unmet-no-hook", decision: .staySilent, source: .snapshot,
    text: "A stated cutoff you miss is usually an automatic screen, and without a strong hook an "
      + "email will not move it. Stay silent there and spend the effort on realistic targets.")
  static let noScoreYet = DecisionRule(
    id: "email.no-score-yet", decision: .staySilent, source: .faqPassFail,
    text: "There is no number to explain yet: a pass-only Step 1 needs no email, and the Step 2 "
      + "CK result is still to come. Do not write about scores now; look again once the Step 2 "
      + "CK score is out.")
  static let aboveCutoffs = DecisionRule(
    id: "email.above-cutoffs", decision: .staySilent, source: .flowchart,
    text: "Do not email about the score: it clears many programs' screens, and above the floor "
      + "the exact number matters less. Let letters, clerkship comments, continuity and fit lead.")
  static let belowCutoffsFaculty = DecisionRule(
    id: "email.below-cutoffs-faculty", decision: .facultyContact, source: .snapshot,
    text: "A faculty member who knows you will speak for you: ask your faculty advocate to signal "
      + "your strengths to the program director rather than explaining the score yourself.")
  static let belowCutoffsHook = DecisionRule(
    id: "email.below-cutoffs-hook", decision: .hookOnly, source: .flowchart,
    text: "Below a program's usual range, a strong hook earns a short, targeted email to that "
      + "program, and only that program: why you are still worth a look, in one or two "
      + "sentences.")
  static let resolvedEvent = DecisionRule(
    id: "email.resolved-event", decision: .targetedEmail, source: .whenToEmail,
    text: "A concrete, non-chronic event behind the score is context worth giving briefly to a "
      + "few programs, stated factually and showing that it is over, never as an excuse.")
  static let belowCutoffsSilent = DecisionRule(
    id: "email.below-cutoffs-silent", decision: .staySilent, source: .flowchart,
    text: "With no hook and no advocate, an email would only highlight the number. Stay silent "
      + "about the score and apply broadly and smartly.")

  /// Every conclusion of the tree.
  package static let all: [DecisionRule] = [
    failReboundMismatch, mismatchFaculty, failReboundFaculty, failReboundEmail, failNoRebound,
    specialtyMismatch, mismatchNoTies, imgNoTies,
    cutoffUnmetFaculty, cutoffUnmetHook, cutoffUnmetNoHook, noScoreYet, aboveCutoffs,
    belowCutoffsFaculty,
    belowCutoffsHook, resolvedEvent, belowCutoffsSilent,
  ]
}
