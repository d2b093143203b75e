import Foundation

/// Work done on a thread of its own, one batch behind its caller: the caller hands over a batch and goes on with the
/// next while this one runs, and waits only if the one before is still running. At most one batch waits, so memory
/// stays bounded. Bulk locate writes its output so, overlapping the writing with the locating.
final class BatchQueue: @unchecked Sendable {
    // `failure` is set on `queue` only and read by the caller once `group` has no batch in flight: that discipline,
    // not the compiler, is what makes the class safe to share with the queue.
    private var failure: (any Error)?
    private let queue: DispatchQueue
    private let group = DispatchGroup()

    /// A queue whose thread is named `label`.
    init(label: String) {
        queue = DispatchQueue(label: label)
    }

    /// Runs `work` on the queue's thread once the batch before it has run.
    /// - Throws: the error that stopped an earlier batch (then `work` does not run).
    func enqueue(_ work: @escaping @Sendable () throws -> Void) throws {
        try wait()
        group.enter()
        queue.async { [self] in
            defer { group.leave() }
            do { try work() } catch { failure = error }
        }
    }

    /// Waits for the batch in flight; throws the error that stopped it.
    func wait() throws {
        group.wait()
        if let failure { throw failure }
    }

    /// Waits for the batch in flight, whatever happened to it.
    func drain() { group.wait() }
}
