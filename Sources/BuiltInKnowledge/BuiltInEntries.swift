/// The built-in knowledge, compiled into the executable.
///
/// The build lints `entries/*.md` and packs them (``KnowledgePack``) into a generated source
/// file, so the advisor is one self-contained binary that starts without reading or indexing
/// anything. A pack is valid UTF-8 by design, so it is embedded as a string literal, which
/// compiles in a fraction of a second (an array literal of the same bytes would take minutes)
/// and is read in place.
package enum BuiltInEntries {
  /// Where the entry files live in the repository: named in messages about built-in entries.
  package static let folder = "Sources/BuiltInKnowledge/entries"
}
