extension AdviceRule {
  /// Strengthening everything that is not a test score.
  static let strengtheningRules: [AdviceRule] = [
    AdviceRule(
      "strengthen.usce", .strengthening, .action(.strengthening, rank: 0), .usce,
      when: { $0.isIMG || $0.hasScoreConcern }
    ) { context in
      let place = context.isMassachusetts ? ", ideally in Boston or nearby Massachusetts" : ""
      // A US MD or DO graduate has US clinical work from school: observerships and the lack of
      // US experience are an international graduate's concern.
      let usGraduate = context.profile.applicant.map { !$0.isIMG } == true
      if context.profile.has(.rotation) == true {
        // A rotation at a target program is the hands-on experience; ask for what follows it.
        return "Build on the rotation you have: keep in touch with the team, ask for feedback, "
          + "and if it has not happened yet, ask whether they can write you a strong letter. "
          + "Another hands-on elective or sub-internship in \(context.specialtyName)\(place) "
          + (usGraduate ? "adds to it." : "adds to it; observerships count for less.")
      }
      if usGraduate {
        return "Make your sub-internships and away rotations in \(context.specialtyName)\(place) "
          + "count: treat every day as an interview, ask for feedback mid-rotation, and ask at "
          + "the end whether they can write you a strong letter."
      }
      // The profile does not record US experience: the item says what to do if it is missing,
      // never that the applicant lacks it.
      return "If you have no hands-on US clinical experience yet, get some (electives, "
        + "sub-internships, acting internships in \(context.specialtyName)\(place)) rather than "
        + "observerships; if you have it, build on it. Treat "
        + "every day as an interview, ask for feedback mid-rotation, and ask at the end whether "
        + "they can write you a strong letter."
    },
    AdviceRule(
      "strengthen.observerships", .strengthening, .note, .faqObservership,
      when: { $0.isIMG },
      "Observerships count for less than hands-on work, but one can still teach you the local "
        + "system, build contacts and lead to a letter if you stay closely involved."),
    AdviceRule(
      "strengthen.letters", .strengthening, .action(.strengthening, rank: 1), .letters,
      when: { $0.hasScoreConcern || $0.isIMG }
    ) { context in
      let known =
        context.isMassachusetts
        ? ", one from a writer whose name carries weight in Boston or Massachusetts if you can" : ""
      if context.hasFacultyAdvocate {
        return "Letters count for more when numbers are weak: your faculty advocate is the "
          + "natural writer of one; ask them, and any other writer, to be concrete about your "
          + "clinical reasoning, work ethic, communication, teamwork and reliability\(known)."
      }
      let us = context.profile.applicant.map { !$0.isIMG } == true ? "" : "US "
      return "Letters count for more when numbers are weak: if you have no \(us)letter in "
        + "\(context.specialtyName) yet, get at least one\(known), and ask writers to be concrete "
        + "about your "
        + "clinical reasoning, work ethic, communication, teamwork and reliability, and to speak "
        + "to your clinical strength directly."
    },
    AdviceRule(
      "strengthen.regional-fit", .strengthening, .action(.strengthening, rank: 2), .letters,
      when: { $0.isMassachusetts }
    ) { context in
      // A mentor there is asked for by name only when one is on record.
      let writer =
        context.hasFacultyAdvocate
        ? "your faculty advocate"
        : "a letter writer, ideally one who works in Boston or Massachusetts,"
      return "Ask \(writer) to say in the letter that you want to train in Massachusetts and "
        + "that you understand its patients and health system: it shows you are a regional fit, "
        + "not applying everywhere."
    },
    AdviceRule(
      "strengthen.research", .strengthening, .action(.strengthening, rank: 3), .research,
      when: { $0.hasScoreConcern && ($0.isMassachusetts || $0.sensitivity != .flexible) }
    ) { context in
      let place = context.isMassachusetts ? " with faculty at Boston-area institutions" : ""
      return "Join a research or quality-improvement project\(place); even data collection or "
        + "chart review can lead to posters, case reports and stronger letters. State outcomes "
        + "plainly in ERAS (an accepted poster, a publication)."
    },
    AdviceRule(
      "strengthen.personal-statement", .strengthening, .action(.strengthening, rank: 4),
      .personalStatement,
      // How the statement treats the score is one rule, address.personal-statement; this item
      // adds only what the Boston guide adds to it, so the plan never gives two rules for it.
      when: { $0.hasScoreConcern && $0.isMassachusetts },
      "In the personal statement, also say why you want to train in Massachusetts in "
        + "particular, with the reasons that are yours: its patients, its academic culture, "
        + "family there or time you have spent there."),
  ]
}
