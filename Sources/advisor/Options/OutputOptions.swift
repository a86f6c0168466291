import ArgumentParser

/// `--json`: machine-readable output, as the contract describes.
struct OutputOptions: ParsableArguments {
  @Flag(help: "Print the result as JSON.")
  var json = false
}
