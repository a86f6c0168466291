// swift-tools-version:6.1
import PackageDescription

/// Settings every target shares: Swift 6 mode plus the upcoming features the model codebases use.
let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "advisor",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "advisor", targets: ["advisor"]),
    .executable(name: "advisor-bench", targets: ["advisor-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    /// The platform's C library under one name, and its errno messages.
    .target(name: "Platform", swiftSettings: strictSettings),

    // MARK: - Pure libraries (no I/O, no printing, no clock)

    /// A strict JSON reader that remembers the line of every value, for `FILE:LINE` errors.
    .target(name: "LocatedJSON", swiftSettings: strictSettings),

    /// The one way files and standard input are read: regular files only, bounded, and decoded
    /// to one encoding and one newline (the I/O is the caller's edge; everything else is pure).
    .target(name: "TextInput", dependencies: ["Platform"], swiftSettings: strictSettings),

    /// The decision core: the profile, specialties, thresholds, rules and the advice.
    .target(
      name: "AdvisorCore",
      dependencies: ["LocatedJSON"],
      swiftSettings: strictSettings
    ),

    /// Text documents (blocks wrapped and styled at the edge) and the advice card.
    .target(
      name: "AdvisorText", dependencies: ["AdvisorCore", "KnowledgeBase"],
      swiftSettings: strictSettings),

    /// The knowledge base: entries, their linter, the analyzer, the BM25F index and its pack.
    .target(
      name: "KnowledgeBase", dependencies: ["AdvisorCore", "Platform", "TextInput"],
      swiftSettings: strictSettings),

    /// The built-in entries, compiled into the executable as a knowledge pack by the plugin.
    .target(
      name: "BuiltInKnowledge",
      dependencies: ["KnowledgeBase"],
      exclude: ["README.md", "entries"],
      swiftSettings: strictSettings,
      plugins: ["KnowledgePackPlugin"]
    ),

    /// Lints entry files and compiles them into a knowledge pack (run by the plugin below).
    .executableTarget(
      name: "knowledge-pack", dependencies: ["KnowledgeBase", "Platform", "TextInput"],
      swiftSettings: strictSettings),

    .plugin(
      name: "KnowledgePackPlugin", capability: .buildTool(), dependencies: ["knowledge-pack"]),

    /// Beyond the articles: email drafts and checks, program-list triage, the plan as Markdown.
    .target(
      name: "Outreach",
      dependencies: ["AdvisorCore", "AdvisorText"],
      swiftSettings: strictSettings),

    /// The conversation: understanding a line, the policy, turns, sessions and transcripts.
    .target(
      name: "Dialogue",
      dependencies: [
        "AdvisorCore", "AdvisorText", "KnowledgeBase", "LocatedJSON", "Outreach", "TextInput",
      ],
      swiftSettings: strictSettings),

    // MARK: - The terminal edge

    /// libedit, through a module map and a small shim header.
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),

    /// The advisor's files: the state folder, the one safe writer, the session database.
    .target(
      name: "Storage",
      dependencies: [
        "AdvisorCore", "CSQLiteLazy", "Dialogue", "KnowledgeBase", "LocatedJSON", "Platform",
        "TextInput",
      ],
      swiftSettings: strictSettings),

    /// The system's SQLite for the session store, loaded on first use (see its header).
    .target(name: "CSQLiteLazy", linkerSettings: [.linkedLibrary("dl")]),

    /// A Swift line editor over libedit, and the plain reader for pipes.
    .target(
      name: "LineEditor", dependencies: ["CEditLine", "Platform"], swiftSettings: strictSettings),

    // MARK: - The executable (thin)

    .executableTarget(
      name: "advisor",
      dependencies: [
        "AdvisorCore",
        "AdvisorText",
        "BuiltInKnowledge",
        "Dialogue",
        "KnowledgeBase",
        "LineEditor",
        "LocatedJSON",
        "Outreach",
        "Platform",
        "Storage",
        "TextInput",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings
    ),

    // MARK: - The benchmark (`make bench`; nothing of it is linked into `advisor`)

    /// The system's SQLite, linked: the benchmark's FTS5 peer.
    .systemLibrary(
      name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),

    /// Release benchmarks: search against SQLite FTS5, turns, replay, start-up and memory.
    .executableTarget(
      name: "advisor-bench",
      dependencies: [
        "BuiltInKnowledge",
        "CSQLite",
        "Dialogue",
        "KnowledgeBase",
        "LocatedJSON",
        "Platform",
        "Storage",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings
    ),

    // MARK: - Tests

    /// Helpers that several test targets share.
    .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strictSettings),
    .testTarget(
      name: "AdvisorBenchTests", dependencies: ["advisor-bench", "AdvisorCore", "KnowledgeBase"]),
    .testTarget(name: "LocatedJSONTests", dependencies: ["LocatedJSON"]),
    .testTarget(name: "TextInputTests", dependencies: ["Platform", "TextInput"]),
    .testTarget(name: "AdvisorCoreTests", dependencies: ["AdvisorCore", "LocatedJSON"]),
    .testTarget(
      name: "KnowledgeBaseTests",
      dependencies: ["KnowledgeBase", "BuiltInKnowledge", "AdvisorCore", "TestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "AdvisorTextTests", dependencies: ["AdvisorText", "AdvisorCore"]),
    .testTarget(
      name: "DialogueTests",
      dependencies: [
        "Dialogue", "AdvisorCore", "BuiltInKnowledge", "KnowledgeBase", "LocatedJSON", "Storage",
        "TestSupport",
      ],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "OutreachTests", dependencies: ["Outreach", "AdvisorCore"],
      resources: [.copy("Corpus")]),
    .testTarget(
      name: "StorageTests",
      dependencies: [
        "Storage", "Dialogue", "AdvisorCore", "BuiltInKnowledge", "KnowledgeBase", "TestSupport",
      ]),
    .testTarget(
      name: "AdvisorCLITests",
      dependencies: ["AdvisorCore", "LocatedJSON", "Platform", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)

// Warnings fail the build of the project's own Swift targets, tests included (dependencies are
// left alone), so it stays warning-free.
for target in package.targets where [.regular, .executable, .test].contains(target.type) {
  target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-warnings-as-errors"])]
}
