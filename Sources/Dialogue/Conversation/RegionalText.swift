import AdvisorCore
import KnowledgeBase

/// The Boston guide's region-bound topics, suggested to the applicants whose region it is.
///
/// The guide is written for Boston and Massachusetts, and some of its entries are about that
/// region alone ("Answering 'Why Boston?'"). Their titles are read with the one region
/// classifier (``RegionFocus``); such an entry is offered as a topic only to an applicant whose
/// region is Boston or Massachusetts or not known yet. Asked for by name, it is still answered.
enum RegionalText {
  /// Whether `entry`, as a topic to suggest, suits an applicant with this profile.
  static func suits(_ entry: KnowledgeEntry, _ profile: Profile) -> Bool {
    // The entry first: most are bound to no region, and reading the profile's region costs more.
    guard isRegional(entry), let focus = profile.regionFocus else { return true }
    return focus.isMassachusetts
  }

  /// An entry of the Boston guide whose title names the region. Only the guide's entries are
  /// read: the other sources are not bound to a region ("Mass copy-paste emails" is not about
  /// Massachusetts).
  static func isRegional(_ entry: KnowledgeEntry) -> Bool {
    entry.source.article == Article.bostonUSIMG.rawValue
      && (RegionFocus(describing: entry.title).isMassachusetts
        || boundWithoutSaying.contains(entry.id))
  }

  /// The guide's entries whose advice is Boston's though their titles do not say so
  /// ("favor projects with patient populations like Boston's, presented at New England
  /// conferences").
  static let boundWithoutSaying: Set<String> = ["research-choose-and-report"]
}
