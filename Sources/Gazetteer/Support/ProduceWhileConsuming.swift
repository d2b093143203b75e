import Foundation

/// Runs `produce` on a second thread and hands the batches it sends to `consume` on the calling thread, in order,
/// while it goes on producing.
///
/// An import checks records (parsing, validation) and writes them (SQLite) at about the same cost. Checking every
/// record first and writing after left one core idle for each half; with the two at once the run takes about as
/// long as the slower half. At most `capacity` batches wait between the two, so memory stays bounded whatever the
/// input's size.
///
/// Both sides may stop the run. An error thrown by `consume` cancels the producer (its next `send` returns `false`,
/// and it should then return at once); an error thrown by `produce` ends the consuming. Either way the producer's
/// thread has ended before this function returns or throws, so nothing it uses is touched afterwards.
/// - Parameters:
///   - capacity: Batches that may wait for the consumer, at least 1.
///   - produce: Called once on the second thread with `send`, which blocks while `capacity` batches wait and
///     returns `false` once the consumer has stopped. What it returns is handed back here.
///   - consume: Called on the calling thread with each batch, in the order sent.
/// - Returns: What `produce` returned.
/// - Throws: `consume`'s error if it threw (the producer's is then dropped: it was cancelled); otherwise `produce`'s.
func produceWhileConsuming<Element, Product>(
    capacity: Int = 4,
    produce: @escaping @Sendable (_ send: ([Element]) -> Bool) throws -> Product,
    consume: ([Element]) throws -> Void
) throws -> Product {
    let handoff = BatchHandoff<Element, Product>(capacity: max(1, capacity))
    let producer = Thread {
        let outcome = Result { try produce(handoff.send) }
        handoff.close(with: outcome)
    }
    producer.start()
    do {
        while let batch = handoff.receive() { try consume(batch) }
    } catch {
        handoff.cancel()
        _ = handoff.waitForOutcome()
        throw error
    }
    return try handoff.waitForOutcome().get()
}

/// The queue between the two threads of ``produceWhileConsuming(capacity:produce:consume:)``, guarded by one
/// condition variable; and the producer's outcome, set once when it ends.
private final class BatchHandoff<Element, Product>: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var waiting: [[Element]] = []
    private var cancelled = false
    private var outcome: Result<Product, any Error>?

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Producer side: queues `batch`, waiting while the queue is full; `false` (the batch dropped) once cancelled.
    func send(_ batch: [Element]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        waiting.append(batch)
        condition.broadcast()
        return true
    }

    /// Producer side: the producer has ended with `result`.
    func close(with result: Result<Product, any Error>) {
        condition.lock()
        outcome = result
        condition.broadcast()
        condition.unlock()
    }

    /// Consumer side: the next batch; `nil` once the producer has ended and every batch it sent is taken, or at
    /// once when it ended with an error.
    func receive() -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && outcome == nil { condition.wait() }
        if case .failure? = outcome { return nil }
        guard !waiting.isEmpty else { return nil }
        condition.broadcast()
        return waiting.removeFirst()
    }

    /// Consumer side: stops the producer and drops what waits.
    func cancel() {
        condition.lock()
        cancelled = true
        waiting.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The producer's outcome, once its thread has set it.
    func waitForOutcome() -> Result<Product, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while outcome == nil { condition.wait() }
        return outcome!
    }
}
