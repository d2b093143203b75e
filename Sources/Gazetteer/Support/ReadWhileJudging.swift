import Foundation
import Synchronization

/// Reads elements on the calling thread and judges them on a second thread at the same time.
///
/// `next()` is called until it returns `nil`. Each element is stored in order, and a follower thread runs the
/// judge on it soon after, while the reading goes on. A list whose reading and judging cost about the same then
/// keeps both cores busy for the whole run. Reading first and judging after left one core idle while the file was
/// read, and that was half of a national names check.
///
/// The elements are stored straight into the returned array, which is never copied: `capacity(first)` gives the
/// room to reserve once the first element is read (a reader's estimate of the file's records). Elements beyond that
/// room are kept apart and judged on the calling thread at the end.
/// - Parameters:
///   - next: The reader; an error it throws stops the follower and is rethrown, and nothing read is returned.
///   - capacity: The room to reserve, asked once after the first element.
///   - makeJudge: Called once on the follower thread (and once more on the calling thread if there is overflow).
///     The judge it returns may keep state of its own (a cache), since only one thread calls it.
/// - Returns: The elements, and the judge's two results for each, in the order read.
func readWhileJudging<Element, First, Second>(
    next: () throws -> Element?,
    capacity: () -> Int,
    makeJudge: @escaping @Sendable () -> (borrowing Element) -> (First, Second)
) throws -> (elements: [Element], first: [First], second: [Second]) {
    guard let head = try next() else { return ([], [], []) }
    let room = max(1, capacity())
    var stored = 0, judged = 0
    var overflow: [Element] = []
    var firsts: [First] = [], seconds: [Second] = []
    var elements = try [Element](unsafeUninitializedCapacity: room) { elementSlots, elementsInitialized in
        defer { elementsInitialized = stored }
        firsts = try [First](unsafeUninitializedCapacity: room) { firstSlots, firstsInitialized in
            defer { firstsInitialized = judged }
            seconds = try [Second](unsafeUninitializedCapacity: room) { secondSlots, secondsInitialized in
                defer { secondsInitialized = judged }
                let pipeline = JudgingPipeline(elements: elementSlots.baseAddress!, firsts: firstSlots.baseAddress!,
                                               seconds: secondSlots.baseAddress!)
                elementSlots.baseAddress!.initialize(to: head)
                stored = 1
                let follower = Thread { pipeline.follow(makeJudge()) }
                follower.start()
                // Wakes the follower every few thousand elements: often enough to keep it busy, seldom enough that
                // signalling costs nothing.
                let batch = 4_096
                do {
                    while let element = try next() {
                        if stored < room {
                            (elementSlots.baseAddress! + stored).initialize(to: element)
                            stored += 1
                            if stored % batch == 0 { pipeline.publish(stored) }
                        } else {
                            overflow.append(element)
                        }
                    }
                } catch {
                    judged = pipeline.finish(stored, cancelled: true)
                    throw error
                }
                judged = pipeline.finish(stored, cancelled: false)
            }
        }
    }
    if !overflow.isEmpty {
        let judge = makeJudge()
        for index in overflow.indices {
            let (first, second) = judge(overflow[index])
            firsts.append(first)
            seconds.append(second)
        }
        elements += overflow
    }
    return (elements, firsts, seconds)
}

/// What the reading thread and the follower of ``readWhileJudging(next:capacity:makeJudge:)`` share: the slots,
/// how many elements are stored (published with release ordering, so the follower sees them whole), and whether
/// the reading has ended.
///
/// The follower writes only the result slots below the published count and the reader only element slots at or
/// above it, which is what makes the shared buffers safe.
private final class JudgingPipeline<Element, First, Second>: @unchecked Sendable {
    let elements: UnsafeMutablePointer<Element>
    let firsts: UnsafeMutablePointer<First>
    let seconds: UnsafeMutablePointer<Second>
    private let published = Atomic<Int>(0)
    private let ended = Atomic<Bool>(false)
    private let cancelled = Atomic<Bool>(false)
    private let wake = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    /// The elements the follower judged; read only after `done`.
    private var judged = 0

    init(elements: UnsafeMutablePointer<Element>, firsts: UnsafeMutablePointer<First>, seconds: UnsafeMutablePointer<Second>) {
        self.elements = elements
        self.firsts = firsts
        self.seconds = seconds
    }

    /// Makes the first `count` elements visible to the follower and wakes it.
    func publish(_ count: Int) {
        published.store(count, ordering: .releasing)
        wake.signal()
    }

    /// Publishes the last `count`, waits for the follower to judge them (or to stop, when `cancelled`) and returns
    /// how many it judged.
    func finish(_ count: Int, cancelled isCancelled: Bool) -> Int {
        if isCancelled { cancelled.store(true, ordering: .releasing) }
        published.store(count, ordering: .releasing)
        ended.store(true, ordering: .releasing)
        wake.signal()
        done.wait()
        return judged
    }

    /// The follower's loop: judge what is published, sleep until more is, stop when the reading has ended and
    /// everything is judged.
    func follow(_ judge: (borrowing Element) -> (First, Second)) {
        var next = 0
        while true {
            wake.wait()
            // `ended` is read before the count, so a count read after an end seen is the final one.
            let isEnded = ended.load(ordering: .acquiring)
            let end = published.load(ordering: .acquiring)
            while next < end, !cancelled.load(ordering: .relaxed) {
                let (first, second) = judge(elements[next])
                (firsts + next).initialize(to: first)
                (seconds + next).initialize(to: second)
                next += 1
            }
            if isEnded || cancelled.load(ordering: .acquiring) { break }
        }
        judged = next
        done.signal()
    }
}
