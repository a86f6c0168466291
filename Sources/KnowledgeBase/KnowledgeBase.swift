// The knowledge base target; filled in by issue 3.
public enum KnowledgeBaseInfo {}
