import Foundation
import PackagePlugin

/// Compiles the target's `entries/*.md` into a generated Swift file holding the knowledge pack,
/// with the `knowledge-pack` tool. SwiftPM reruns it when an entry file or the tool changes; a
/// lint problem in an entry fails the build with `FILE:LINE: message`.
@main
struct KnowledgePackPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    guard let target = target as? SourceModuleTarget else { return [] }
    let folder = target.directoryURL.appending(path: "entries")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    let inputs = names.filter { $0.hasSuffix(".md") && $0 != "README.md" && !$0.hasPrefix(".") }
      .sorted().map { folder.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPack.swift")
    return [
      .buildCommand(
        displayName: "Compiling the knowledge pack from \(inputs.count) entries",
        executable: try context.tool(named: "knowledge-pack").url,
        arguments: [folder.path, output.path],
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
