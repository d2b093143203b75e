import CGeos
#if canImport(Glibc)
import Glibc
#endif

/// One GEOS context handle with its error buffer.
///
/// GEOS's reentrant API takes a context in every call; a context must never be used by two threads at once.
/// The class is deliberately not `Sendable`, so Swift 6 refuses to share an instance across tasks, and
/// ``current`` gives each thread its own, created on first use and finished when the thread exits.
final class GEOSContext {
    let handle: GEOSContextHandle_t
    /// The last error GEOS reported through the message handler; cleared before each call that checks it.
    private(set) var lastError: String?

    init() {
        guard let handle = GEOS_init_r() else {
            // Only an out-of-memory condition makes GEOS_init_r fail; nothing sensible can continue.
            preconditionFailure("GEOS_init_r returned NULL (out of memory)")
        }
        self.handle = handle
        GEOSContext_setErrorMessageHandler_r(handle, { message, userdata in
            guard let userdata else { return }
            let context = Unmanaged<GEOSContext>.fromOpaque(userdata).takeUnretainedValue()
            context.lastError = message.map { String(cString: $0) } ?? "unknown GEOS error"
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// Forgets the previous error; call before a GEOS function whose failure you will check.
    func clearError() { lastError = nil }

    /// The error to throw after `operation` signalled failure, carrying GEOS's message.
    func error(_ operation: String) -> GeometryError {
        .library(operation: operation, message: lastError ?? "GEOS signalled an error without a message")
    }

    /// The calling thread's context.
    static var current: GEOSContext {
        if let existing = pthread_getspecific(threadKey) {
            return Unmanaged<GEOSContext>.fromOpaque(existing).takeUnretainedValue()
        }
        let context = GEOSContext()
        pthread_setspecific(threadKey, Unmanaged.passRetained(context).toOpaque())
        return context
    }
}

/// The thread-local slot holding each thread's context; its destructor releases the context when the thread ends.
private let threadKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { pointer in
        Unmanaged<GEOSContext>.fromOpaque(pointer!).release()
    }
    return key
}()

/// The linked GEOS library's version.
enum GEOSVersion {
    static var string: String { String(cString: GEOSversion()) }
}
