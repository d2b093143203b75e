import Foundation

/// Frees `value` on a background thread instead of the caller's.
///
/// Half a million records, each with a dozen strings and arrays, take a twentieth of a national names check to
/// free one by one. Freed here, that happens while the caller goes on to write its report. The caller must hold no
/// other reference to what `value` owns, or nothing is freed until that one goes too.
func releaseInBackground<Value>(_ value: consuming Value) {
    let held = HeldForRelease(value)
    DispatchQueue.global(qos: .utility).async { held.release() }
}

/// The one reference to a value being freed, so that the background thread, not the caller, drops it last.
private final class HeldForRelease<Value>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) { self.value = value }

    func release() { value = nil }
}
