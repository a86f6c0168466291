/// One rung of the channel hierarchy, with the article's relative impact figure (0-100).
package struct Channel: Sendable, Hashable {
  package let id: String
  package let name: String
  /// Relative impact from the article's chart; nil for rungs the chart does not score.
  package let impact: Int?

  /// The options in order of power, with the chart's figures where it gives one.
  package static let hierarchy: [Channel] = [
    Channel(
      id: "faculty-call", name: "trusted faculty calls or emails the program director", impact: 95),
    Channel(
      id: "faculty-email", name: "a known faculty advocate emails the APD or program contact",
      impact: 80),
    Channel(
      id: "targeted-email", name: "your own concise email with a clear hook, to a few programs",
      impact: 40),
    Channel(
      id: "eras-only", name: "a short explanation in ERAS only (personal statement, experiences)",
      impact: nil),
    Channel(id: "generic-email", name: "a generic or mass email explaining the score", impact: 5),
  ]

  /// The basis of the impact figures.
  package static let impactBasis = Basis(
    .article, .channel,
    "the article's communication impact chart: faculty call 95, faculty email 80, targeted "
      + "applicant email 40, generic applicant email 5 (relative values)")
}

extension AdviceRule {
  /// Who should reach out, and how.
  static let channelRules: [AdviceRule] = [
    AdviceRule(
      "channel.hierarchy", .channel, .note, .channel,
      when: { $0.decision != nil },
      "Who speaks for you matters more than what is said. The article's chart gives each "
        + "channel a relative impact value, with no unit: trusted faculty calling the program "
        + "director 95, a known faculty advocate's personal email 80, your own targeted email "
        + "with a clear hook 40, a generic email explaining the score 5."),
    AdviceRule(
      "channel.faculty", .channel, .action(.outreach, rank: 0), .channel,
      when: { $0.decision == .facultyContact }
    ) { _ in
      "Ask your faculty advocate to call or email, for you, the program director (or the APD or "
        + "program contact) at the programs where they have real influence. Hand them 2-3 honest "
        + "sentences on your Step history: what happened, what you changed, and what your "
        + "results show now."
    },
    AdviceRule(
      "channel.own-email", .channel, .action(.outreach, rank: 1), .goodEmail,
      when: { $0.isEmailing }
    ) { context in
      let limit =
        switch context.decision {
        case .hookOnly?: "only to the programs your hook is about"
        // As the decision says it, and as the triage picks them: a hook, or a tie there.
        case .emailSomeRefocusList?: "only to the programs your hook or your ties are about"
        default: "to a few select programs"
        }
      return "Write the email yourself, \(limit): real interest with a specific reason, the "
        + "score acknowledged once without drama, then the evidence that answers the concern "
        + "it raises. No apology, no relitigating the exam."
    },
    AdviceRule(
      "channel.eras-only", .channel, .note, .channel,
      when: { $0.decision == .staySilent }
    ) { context in
      // With someone at a program on record, the note says who may still speak, and of what,
      // so it does not read as "no one reaches out" beside the plan's step that says so.
      let someone =
        hasSomeoneAtAProgram(context)
        ? " Someone who knows you at a program may still speak up for your strengths (see the "
          + "plan), never to explain the score." : ""
      // Beside "nothing here needs explaining", no line about the score is offered (tester
      // Grace read the two as contradicting).
      guard context.hasScoreConcern || context.showsTurnaround else {
        return "Your channel is the application itself, with no email from you about the score."
          + someone
      }
      return "Your channel is the application itself: where the score needs a word, a short, "
        + "controlled line in the personal statement or ERAS experiences, with no email from "
        + "you about it." + someone
    },
    AdviceRule(
      "channel.advocate-support", .channel, .action(.outreach, rank: 8), .channel,
      when: { $0.decision == .staySilent && hasSomeoneAtAProgram($0) }
    ) { context in
      // Only the people on record are named: an advocate is not a tie to a program.
      let connections = context.profile.connections ?? []
      let who = [
        (Connection.facultyAdvocate, "your faculty advocate"),
        (.rotation, "the team where you rotated"), (.alumni, "alumni of your school there"),
      ].filter { connections.contains($0.0) }.map(\.1)
      return
        "Someone who knows you and has standing at a program (\(who.joinedAsList(conjunction: "or"))) "
        + "can still speak up for your strengths to its program director; that is support for "
        + "the application, not an explanation of the score."
    },
    AdviceRule(
      "channel.no-mass-email", .channel, .note, .channel,
      when: { $0.isReachingOut },
      "Generic mass emails sit at the bottom of the hierarchy: they mostly annoy the people you "
        + "want on your side."),
  ]

  /// A faculty advocate, a rotation or alumni on record: someone at a program who could speak
  /// up. Family in the area is a tie to a place, not such a person. (The email article's answer
  /// after a bad email: a mentor who knows the PD can reach out with a positive framing.)
  private static func hasSomeoneAtAProgram(_ context: AdviceContext) -> Bool {
    context.profile.connections?.contains {
      $0 == .rotation || $0 == .alumni || $0 == .facultyAdvocate
    } == true
  }
}
