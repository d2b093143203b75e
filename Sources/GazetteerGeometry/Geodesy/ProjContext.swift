import CProj

/// One PROJ thread context, quiet (no log lines on stderr) and offline (no grid downloads).
///
/// A context, and every PJ object made with it, must stay on one thread; owners are non-`Sendable` classes.
final class ProjContext {
    let pointer: OpaquePointer
    /// PROJ's last logged error message ("crs not found: EPSG:999999"), caught so it reaches the user in the thrown
    /// error rather than on stderr.
    fileprivate(set) var lastLogMessage: String?

    init() {
        guard let pointer = proj_context_create() else { preconditionFailure("proj_context_create returned NULL (out of memory)") }
        self.pointer = pointer
        proj_log_level(pointer, PJ_LOG_ERROR)
        proj_log_func(pointer, Unmanaged.passUnretained(self).toOpaque()) { userdata, level, message in
            guard let userdata, let message else { return }
            let context = Unmanaged<ProjContext>.fromOpaque(userdata).takeUnretainedValue()
            context.lastLogMessage = String(cString: message)
        }
        proj_context_set_enable_network(pointer, 0)
    }

    deinit {
        proj_context_destroy(pointer)
    }

    /// PROJ's message for the context's last error, then resets it.
    func takeErrorMessage() -> String {
        defer { lastLogMessage = nil }
        if let logged = lastLogMessage { return logged }
        let code = proj_context_errno(pointer)
        guard code != 0, let text = proj_context_errno_string(pointer, code) else { return "PROJ gave no reason" }
        return String(cString: text)
    }

    /// Creates a PJ object from a user definition; "EPSG:4490" and bare "4490" are both accepted.
    func create(_ definition: String) throws(GeodesyError) -> OpaquePointer {
        let normalized = CRS.normalizedDefinition(definition)
        guard let pj = proj_create(pointer, normalized) else {
            let message = takeErrorMessage()
            // proj_create resolves only CRS codes from "EPSG:n"; an ellipsoid or datum code is something else.
            if let kind = objectKind(normalized) { throw .notACRS(definition: definition, kind: kind) }
            throw .unknownCRS(definition: definition, message: message)
        }
        return pj
    }
}

extension ProjContext {
    /// What an "AUTHORITY:CODE" names when it is in PROJ's database but not a CRS ("ellipsoid", "datum"…).
    func objectKind(_ definition: String) -> String? {
        let parts = definition.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let categories: [(PJ_CATEGORY, String)] = [
            (PJ_CATEGORY_ELLIPSOID, "ellipsoid"), (PJ_CATEGORY_DATUM, "datum"), (PJ_CATEGORY_PRIME_MERIDIAN, "prime meridian"),
            (PJ_CATEGORY_COORDINATE_OPERATION, "coordinate operation"), (PJ_CATEGORY_DATUM_ENSEMBLE, "datum ensemble"),
        ]
        for (category, name) in categories {
            if let object = proj_create_from_database(pointer, parts[0], parts[1], category, 0, nil) {
                proj_destroy(object)
                lastLogMessage = nil
                return name
            }
        }
        lastLogMessage = nil
        return nil
    }

    /// The object's area of use in degrees, or nil when PROJ has none or it crosses the antimeridian (west > east).
    /// Wraps `proj_get_area_of_use` (returns 0 when there is none; -1000 marks an unknown bound).
    func areaOfUse(_ pj: OpaquePointer) -> Envelope? {
        var west = 0.0, south = 0.0, east = 0.0, north = 0.0
        guard proj_get_area_of_use(pointer, pj, &west, &south, &east, &north, nil) != 0,
              ![west, south, east, north].contains(-1000), west <= east, south <= north else { return nil }
        return Envelope(minX: west, minY: south, maxX: east, maxY: north)
    }

    /// A word for a PROJ object type, for messages.
    static func describe(_ type: PJ_TYPE) -> String {
        switch type {
        case PJ_TYPE_ELLIPSOID: return "ellipsoid"
        case PJ_TYPE_PRIME_MERIDIAN: return "prime meridian"
        case PJ_TYPE_GEODETIC_REFERENCE_FRAME, PJ_TYPE_DYNAMIC_GEODETIC_REFERENCE_FRAME: return "geodetic datum"
        case PJ_TYPE_VERTICAL_REFERENCE_FRAME, PJ_TYPE_DYNAMIC_VERTICAL_REFERENCE_FRAME: return "vertical datum"
        case PJ_TYPE_DATUM_ENSEMBLE: return "datum ensemble"
        case PJ_TYPE_CONVERSION, PJ_TYPE_TRANSFORMATION, PJ_TYPE_CONCATENATED_OPERATION, PJ_TYPE_OTHER_COORDINATE_OPERATION:
            return "coordinate operation"
        default: return "non-CRS object"
        }
    }
}

/// The linked PROJ library's version.
enum ProjVersion {
    static var string: String { String(cString: proj_info().version) }
}
