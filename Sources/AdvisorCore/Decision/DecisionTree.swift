/// The email decision as a tree: the article's flowchart, refined by its snapshot table.
///
/// The flowchart asks: did you fail? → clear improvement? → faculty advocate? on one side, and
/// above many cutoffs? → strong hook? on the other. The snapshot table adds the rows the
/// flowchart leaves implicit: a big mismatch with specialty norms (email some, refocus the list),
/// a stated cutoff you miss (email only with a hook), existing connections (a mentor signals,
/// also when the gap to the specialty is too wide for an email of yours),
/// and the "when to email" list adds a concrete, resolved event.
indirect enum DecisionNode: Sendable {
  case ask(Condition, yes: DecisionNode, no: DecisionNode)
  case conclude(DecisionRule)

  static let root: DecisionNode = .ask(
    .anyFailure,
    yes: .ask(
      .clearImprovement,
      yes: .ask(
        .bigMismatch,
        yes: .ask(
          .facultyAdvocate, yes: .conclude(.mismatchFaculty),
          no: .conclude(.failReboundMismatch)),
        no: .ask(
          .facultyAdvocate,
          yes: .conclude(.failReboundFaculty),
          no: .conclude(.failReboundEmail))),
      no: .conclude(.failNoRebound)),
    no: .ask(
      .scoreOnRecord,
      yes: .ask(
        .bigMismatch,
        yes: .ask(
          .facultyAdvocate, yes: .conclude(.mismatchFaculty),
          no: .conclude(.specialtyMismatch)),
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
                  yes: .conclude(.resolvedEvent),
                  no: .conclude(.belowCutoffsSilent))))))),
      no: .conclude(.noScoreYet)))
}
