import AdvisorCore
import AdvisorText
import ArgumentParser
import LocatedJSON
import Outreach

/// `advisor advise`: one-shot advice for a profile.
struct Advise: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "advise",
    abstract: "Advice for a profile in one shot: email or stay silent, and the plan.",
    discussion: """
      Give what you know as flags, a JSON profile with --profile, or both (flags win). \
      A bare score is a pass (a Step 2 CK under 214 reads as a fail); a result given without \
      --*-attempts counts as the first attempt. Unknown slots are listed at the end, with what \
      they could change.

      Examples:
        advisor advise --step1 fail --step1-attempts 1 --step2ck not-taken \\
          --specialty IM
        advisor advise --step1 pass --step1-attempts 2 --step2ck 238 \\
          --specialty peds --json
        advisor advise --profile me.json --region Boston --connection faculty-advocate
      """)

  @OptionGroup var profile: ProfileOptions

  @Flag(help: "Print the whole plan as a Markdown document (with a draft where one applies).")
  var markdown = false

  @OptionGroup var output: OutputOptions
  @OptionGroup var pager: PagerOptions

  func run() throws {
    let resolved = try profile.resolve()
    let advice = Advisor.advise(resolved)
    if markdown {
      // Data in the plan (a region, a program) may hold control characters; shown escaped.
      let plan = PlanDocument.markdown(
        for: advice, draft: Drafter.draft(DraftRequest(profile: resolved), advice: advice))
      StandardOutput.print(plan, terminator: "")
    } else if output.json {
      StandardOutput.print(json: advice.json)
    } else {
      Pager.print(TerminalText(AdviceCard.document(for: advice)), disabled: pager.noPager)
    }
  }
}
