import AdvisorCore
import Synchronization

/// The advice for the latest profile, kept so a turn that asks for it several times (to
/// compare before and after, to make the turn, to check assertions) works it out once.
final class AdviceCache: Sendable {
  private let latest = Mutex<(profile: Profile, advice: Advice)?>(nil)

  func advice(for profile: Profile) -> Advice {
    if let cached = latest.withLock({ $0 }), cached.profile == profile { return cached.advice }
    let advice = Advisor.advise(profile)
    latest.withLock { $0 = (profile, advice) }
    return advice
  }
}
