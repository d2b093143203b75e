import Foundation

/// `body(worker, i)` for every `i` in `0..<count`, the range cut into one contiguous slice per worker and the
/// slices run at once (`DispatchQueue.concurrentPerform`); the results in the order of `i`.
///
/// Each worker writes only the result slots of its own slice, which is what makes the shared buffer safe. `worker`
/// lets a caller keep per-thread state that is not thread safe (a GEOS probe) in an array indexed by it.
/// - Parameter workers: threads to use, at least 1 and at most `count` (default: the active processors).
func concurrentMap<T>(count: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                      _ body: @Sendable (_ worker: Int, _ index: Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    let workers = min(max(1, workers), count)
    let perWorker = (count + workers - 1) / workers
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        let slots = DisjointSlots(base: buffer.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for i in (worker * perWorker)..<min(count, (worker + 1) * perWorker) {
                (slots.base + i).initialize(to: body(worker, i))
            }
        }
        initialized = count
    }
}

/// The result slots of one ``concurrentMap(count:workers:_:)``, written by the workers at disjoint positions.
private struct DisjointSlots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}

/// An array's elements read in place by the workers of a ``concurrentMap(count:workers:_:)``.
///
/// Reading `array[i]` inside the workers' closure hands out a copy: for a record of a dozen strings that is a
/// dozen retains and releases per element, on both cores at once, on the same reference counts. `elements[i]`
/// here is a borrow of the element where it lies. Valid only inside ``withSharedElements(_:_:)``.
struct SharedElements<Element>: @unchecked Sendable {
    fileprivate let base: UnsafeBufferPointer<Element>

    /// The number of elements.
    var count: Int { base.count }

    /// The element at `index`, in place.
    subscript(index: Int) -> Element {
        unsafeAddress {
            precondition(index >= 0 && index < base.count, "SharedElements index out of range")
            return base.baseAddress! + index
        }
    }
}

/// `body` with the elements of `array` readable in place by concurrent workers (see ``SharedElements``); the
/// array must not be changed while `body` runs, which the borrow of `array` guarantees.
func withSharedElements<Element, Result>(_ array: [Element], _ body: (SharedElements<Element>) throws -> Result) rethrows -> Result {
    try array.withUnsafeBufferPointer { try body(SharedElements(base: $0)) }
}
