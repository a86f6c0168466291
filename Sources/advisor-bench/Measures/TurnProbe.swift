import BuiltInKnowledge
import Dialogue
import KnowledgeBase
import Platform
import Storage

/// The child side of ``HostileInputBench``: drives a fresh conversation through the lines of a
/// file and prints each turn's time in microseconds, one per line.
///
/// It runs in its own process under a time and an address-space limit, so an input that makes
/// a turn superlinear ends that process, never the benchmark or the machine.
enum TurnProbe {
  /// Sets the limits, times the file's turns, and prints them.
  ///
  /// - Throws: ``BenchError`` when the file or the knowledge base cannot be read.
  static func run(file: String, seconds: Int, memoryMiB: Int) throws(BenchError) {
    var limit = rlimit(rlim_cur: rlim_t(memoryMiB) << 20, rlim_max: rlim_t(memoryMiB) << 20)
    setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
    alarm(UInt32(seconds))
    let lines = try TextFile.read(file).split(separator: "\n", omittingEmptySubsequences: false)
    let knowledgeBase = try BuiltIn.load()
    var conversation = Conversation(knowledge: knowledgeBase, files: NoFileAccess())
    _ = conversation.opening()
    var output = ""
    for line in lines.dropLast(lines.last == "" ? 1 : 0) {
      let (_, elapsed) = Stopwatch.time { conversation.respond(to: String(line)).replyText.count }
      output += "\(elapsed.microseconds)\n"
    }
    print(output, terminator: "")
  }
}
