import AdvisorCore
import BuiltInKnowledge
import Dialogue
import KnowledgeBase

/// The built-in knowledge base, loaded once.
enum Knowledge {
  static let base: KnowledgeBase = {
    do {
      return try KnowledgeBase.load()
    } catch {
      fatalError("the built-in knowledge base does not load: \(error)")
    }
  }()
}

/// A conversation driven line by line in a test.
struct Script {
  var conversation = Conversation(knowledge: Knowledge.base)
  private(set) var opening: Turn

  init() {
    opening = conversation.opening()
  }

  @discardableResult
  mutating func say(_ line: String) -> Turn {
    conversation.respond(to: line)
  }

  var profile: Profile { conversation.state.profile }
  var pending: Slot? { conversation.state.pending?.slot }
}
