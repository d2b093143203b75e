#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Removes the temporary files of unfinished outputs when the process is stopped by a signal (Ctrl-C, `kill`, a
/// closed terminal), so an interrupted export leaves no `.partial-*` file behind.
///
/// ``TextOutput`` records the path of each temporary file here for as long as the file exists. A program that wants
/// the cleanup calls ``removeOnSignals(_:)`` once at start (the `gazetteer` CLI does; a library user keeps its own
/// signal handling). The handler then unlinks every recorded file and re-raises the signal with its default action,
/// so the process ends exactly as the signal would have ended it (the shell reports 130 for SIGINT, 143 for SIGTERM).
///
/// The handler only does what is async-signal-safe: it reads a fixed, preallocated table of C strings through
/// lock-free atomics, calls `unlink(2)` and `raise(3)`. Recording a path copies it into the table before publishing
/// its slot, so the handler never sees half a path. At most ``capacity`` outputs are tracked at once; an output beyond
/// that still works, without the cleanup on a signal.
public enum PartialFileCleanup {
    /// How many temporary files can be tracked at once.
    public static let capacity = 16
    /// Bytes per path, including the terminating NUL (`PATH_MAX`).
    static let slotSize = Int(PATH_MAX)

    /// The paths, one NUL-terminated slot each; allocated once and never freed, so the handler can always read it.
    nonisolated(unsafe) static let table: UnsafeMutablePointer<CChar> = {
        let table = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * slotSize)
        table.initialize(repeating: 0, count: capacity * slotSize)
        return table
    }()
    /// Slots owned by an output (taken and given back by the outputs).
    static let claimed = Atomic<UInt64>(0)
    /// Slots whose path the handler removes: set after the path is copied in, cleared before the slot is given back.
    static let armed = Atomic<UInt64>(0)

    /// Records `path` for removal on a signal.
    /// - Returns: the slot to pass to ``forget(_:)``, or `nil` when the table is full or the path too long.
    static func track(_ path: String) -> Int? {
        let bytes = path.utf8CString
        guard bytes.count <= slotSize else { return nil }
        _ = table   // made before any handler can need it
        var current = claimed.load(ordering: .relaxed)
        var slot = 0
        while true {
            slot = (~current).trailingZeroBitCount
            guard slot < capacity else { return nil }
            let (exchanged, original) = claimed.compareExchange(
                expected: current, desired: current | (1 << slot), ordering: .acquiring)
            if exchanged { break }
            current = original
        }
        bytes.withUnsafeBufferPointer { source in
            (table + slot * slotSize).update(from: source.baseAddress!, count: source.count)
        }
        armed.bitwiseOr(1 << slot, ordering: .releasing)
        return slot
    }

    /// Stops tracking the path in `slot` (the file was published or removed).
    static func forget(_ slot: Int) {
        armed.bitwiseAnd(~(1 << slot), ordering: .sequentiallyConsistent)
        claimed.bitwiseAnd(~(1 << slot), ordering: .releasing)
    }

    /// The paths being tracked now (for tests and diagnostics).
    static var trackedPaths: [String] {
        let mask = armed.load(ordering: .acquiring)
        return (0..<capacity).filter { mask & (1 << $0) != 0 }.map { String(cString: table + $0 * slotSize) }
    }

    /// Installs the handler for `signals` (by default SIGINT, SIGTERM and SIGHUP) and unblocks them on the calling
    /// thread; call it from the main thread before starting others, which inherit its mask. A signal the process
    /// ignores (e.g. SIGHUP under `nohup`) stays ignored.
    public static func removeOnSignals(_ signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]) {
        _ = table
        _ = armed.load(ordering: .relaxed)
        for signalNumber in signals {
            var previous = sigaction()
            guard sigaction(signalNumber, nil, &previous) == 0 else { continue }
            if unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                continue
            }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = removeTrackedFilesAndReraise
            sigemptyset(&action.sa_mask)
            // SA_RESETHAND restores the default action on entry, so the raise below ends the process.
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            guard sigaction(signalNumber, &action, nil) == 0 else { continue }
            // A blocked mask survives exec: a parent that spawned us from a thread blocking these signals (Swift
            // test runners do) would keep them pending forever, and Ctrl-C or `kill` would do nothing.
            var set = sigset_t()
            sigemptyset(&set)
            sigaddset(&set, signalNumber)
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
        }
    }
}

/// The signal handler: async-signal-safe calls only.
private func removeTrackedFilesAndReraise(_ signalNumber: Int32) {
    let mask = PartialFileCleanup.armed.load(ordering: .acquiring)
    for slot in 0..<PartialFileCleanup.capacity where mask & (1 << slot) != 0 {
        unlink(PartialFileCleanup.table + slot * PartialFileCleanup.slotSize)
    }
    // Pending until the handler returns, then delivered with the default action.
    raise(signalNumber)
}
