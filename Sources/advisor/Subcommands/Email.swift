import AdvisorCore
import AdvisorText
import ArgumentParser
import Dialogue
import LocatedJSON
import Outreach

/// `advisor email`: draft an email in the articles' structure, or check a draft.
struct Email: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "email",
    abstract: "Draft an email to a program, or check a draft against the articles' rules.",
    subcommands: [Draft.self, Check.self])

  struct Draft: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "draft",
      abstract: "Draft what your email decision calls for.",
      discussion: """
        An email in the articles' structure (interest, the score once, evidence, thanks; 6-8 \
        sentences, at least half about strengths, a subject that does not name the score; \
        `email check` flags nothing in it but the [bracketed] slots left for you); for a \
        faculty-contact decision, the 2-3 sentences to hand your advocate; when the decision is \
        to stay silent, the personal-statement paragraph instead. Into a file or a pipe, only \
        the draft is printed, or nothing when there is none (the heading and hints go to \
        standard error), so the file can be edited and checked with `advisor email check FILE` \
        as it is.

        Example:
          advisor email draft --step1 fail --step1-attempts 1 \\
            --step1 pass --step1-attempts 2 --step2ck 238 --specialty IM \\
            --program "Baystate Internal Medicine" --director Rivera \\
            --feature "its primary-care track for western Massachusetts" > draft.txt
        """)

    @OptionGroup var profile: ProfileOptions
    @Option(help: ArgumentHelp("The program's name.", valueName: "NAME")) var program: String?
    @Option(help: ArgumentHelp("The program director's last name.", valueName: "NAME"))
    var director: String?
    @Option(help: ArgumentHelp("What draws you to the program, specifically.", valueName: "TEXT"))
    var feature: String?
    @Option(help: ArgumentHelp("Your name, for the subject and sign-off.", valueName: "NAME"))
    var name: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
      // Read as the chat reads it for this program: a connection elsewhere is not offered.
      var request = DraftRequest(program: program, reading: try profile.resolve())
      (request.director, request.feature, request.name) = (director, feature, name)
      let draft = Drafter.draft(request)
      if output.json {
        StandardOutput.print(json: OutreachJSON.draft(draft))
        return
      }
      let document = OutreachText.document(for: draft, in: .commandLine(name: Invocation.name))
      guard !Terminal.outputIsTerminal else {
        StandardOutput.print(document)
        return
      }
      // Into a file or a pipe, stdout holds only what is meant to be saved (the draft, or
      // nothing when there is none); the heading and notes go to stderr, a line at a time.
      if let text = OutreachText.draftText(of: draft) {
        StandardOutput.print(text)  // the draft alone, with data from flags shown escaped
      }
      let notes = TextDocument(
        document.blocks.filter {
          switch $0 {
          case .verbatim, .blank: false
          default: true
          }
        })
      let rendered = TextRenderer(width: nil, color: false).render(notes)
      for line in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
        StandardError.write(String(line))
      }
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Check a draft email (a file, or - for standard input).",
      discussion: """
        Checks: length (the body's sentences, without subject, greeting, sign-off, name and ID \
        lines), apology and excuse phrases, empty promises, health and family-crisis details \
        (judged in context: "my ICU rotation" is training; one neutral clause about a resolved \
        event is allowed), a subject line that names the score, template placeholders left in, \
        fewer than half of the sentences about strengths, desperation, signs of a mass email. \
        --json also lists each body sentence and what it was counted as (strength, score, \
        other). Exits 1 when a finding is an error.
        """)

    @Argument(help: "The draft: a text file, or - to read standard input.")
    var file: String

    @OptionGroup var output: OutputOptions

    func run() throws {
      let text = try InputFile.readText(file, what: "draft email")
      let review = DraftChecker.review(text)
      if output.json {
        StandardOutput.print(json: OutreachJSON.review(review, file: file))
      } else {
        StandardOutput.print(OutreachText.document(for: review))
      }
      if review.hasErrors { throw ExitCode(1) }
    }
  }
}

/// `advisor programs`: triage the user's own program list.
struct Programs: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "programs",
    abstract: "Work with your own program list.",
    subcommands: [Triage.self])

  struct Triage: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "triage",
      abstract: "Sort your program list (CSV) into reach, target and safety for your profile.",
      discussion: """
        Columns (a header row first; only name and state are required): name, city, state, \
        specialty, typical_step2, minimum_step2, accepts_imgs (yes/no/unknown), sponsors_visas \
        (yes/no/unknown), connection (none, rotation, faculty-advocate, geographic-tie, alumni). \
        See examples/programs.csv.

        Example:
          advisor programs triage examples/programs.csv --step2ck 226 --specialty IM \\
            --applicant us-img --region Boston
        """)

    @Argument(help: "Your program list, as CSV.")
    var file: String

    @OptionGroup var profile: ProfileOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var pager: PagerOptions

    func run() throws {
      let text = try InputFile.readText(file, what: "program list (CSV)")
      let programs: [ListedProgram]
      do {
        programs = try ProgramListParser.parse(text)
      } catch {
        throw UserError(file: file, line: error.line, error.message)
      }
      let result = ProgramTriage.triage(programs, profile: try profile.resolve())
      if output.json {
        StandardOutput.print(json: OutreachJSON.triage(result))
      } else {
        Pager.print(TerminalText(OutreachText.document(for: result)), disabled: pager.noPager)
      }
    }
  }
}
