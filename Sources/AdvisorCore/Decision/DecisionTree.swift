/// The email decision as a tree: the article's flowchart, refined by its snapshot table.
///
/// The flowchart asks: did you fail? → clear improvement? → faculty advocate? on one side, and
/// above many cutoffs? → strong hook? on the other. The snapshot table adds the rows the
/// flowchart leaves implicit: a big mismatch with specialty norms (email some, refocus the list),
/// a stated cutoff you miss (email only with a hook), existing connections of any kind (a mentor
/// signals, also when the gap to the specialty is too wide for an email of yours), and the
/// "when to email" list adds a concrete, resolved event. The IMG FAQ limits an IMG's own emails
/// to programs with a real connection.
indirect enum DecisionNode: Sendable {
  case ask(Condition, yes: DecisionNode, no: DecisionNode)
  case conclude(DecisionRule)

  static let root: DecisionNode = .ask(
    .anyFailure,
    yes: .ask(
      .clearImprovement,
      yes: .ask(
        .bigMismatch,
        yes: mismatch(hook: .failReboundMismatch),
        no: .ask(
          .facultyAdvocate,
          yes: .conclude(.failReboundFaculty),
          no: .ask(
            .imgWithoutTies, yes: .conclude(.imgNoTies), no: .conclude(.failReboundEmail)))),
      no: .conclude(.failNoRebound)),
    no: .ask(
      .scoreOnRecord,
      yes: .ask(
        .bigMismatch,
        yes: mismatch(hook: .specialtyMismatch),
        no: .ask(
          .cutoffUnmet,
          yes: .ask(
            .facultyAdvocate,
            yes: .conclude(.cutoffUnmetFaculty),
            no: .ask(.hook, yes: .conclude(.cutoffUnmetHook), no: .conclude(.cutoffUnmetNoHook))),
          no: .ask(
            .aboveCutoffs,
            yes: .conclude(.aboveCutoffs),
            no: .ask(
              .facultyAdvocate,
              yes: .conclude(.belowCutoffsFaculty),
              no: .ask(
                .hook,
                yes: .conclude(.belowCutoffsHook),
                no: .ask(
                  .resolvedHardship,
                  yes: .ask(
                    .imgWithoutTies, yes: .conclude(.imgNoTies), no: .conclude(.resolvedEvent)),
                  no: .conclude(.belowCutoffsSilent))))))),
      no: .conclude(.noScoreYet)))

  /// A big mismatch with the specialty: a tie lets a mentor signal; a hook alone earns a few
  /// emails to the hook's programs; with neither there is no one to write to.
  private static func mismatch(hook: DecisionRule) -> DecisionNode {
    .ask(
      .facultyAdvocate, yes: .conclude(.mismatchFaculty),
      no: .ask(.hook, yes: .conclude(hook), no: .conclude(.mismatchNoTies)))
  }
}
