import CProj

/// One PROJ thread context, quiet (no log lines on stderr) and offline (no grid downloads).
///
/// A context, and every PJ object made with it, must stay on one thread; owners are non-`Sendable` classes.
final class ProjContext {
    let pointer: OpaquePointer

    init() {
        guard let pointer = proj_context_create() else { preconditionFailure("proj_context_create returned NULL (out of memory)") }
        self.pointer = pointer
        proj_log_level(pointer, PJ_LOG_NONE)
        proj_context_set_enable_network(pointer, 0)
    }

    deinit {
        proj_context_destroy(pointer)
    }

    /// PROJ's message for the context's last error, then resets it.
    func takeErrorMessage() -> String {
        let code = proj_context_errno(pointer)
        guard code != 0, let text = proj_context_errno_string(pointer, code) else { return "PROJ gave no reason" }
        return String(cString: text)
    }

    /// Creates a PJ object from a user definition; "EPSG:4490" and bare "4490" are both accepted.
    func create(_ definition: String) throws(GeodesyError) -> OpaquePointer {
        let normalized = CRS.normalizedDefinition(definition)
        guard let pj = proj_create(pointer, normalized) else {
            throw .unknownCRS(definition: definition, message: takeErrorMessage())
        }
        return pj
    }
}

/// The linked PROJ library's version.
enum ProjVersion {
    static var string: String { String(cString: proj_info().version) }
}
