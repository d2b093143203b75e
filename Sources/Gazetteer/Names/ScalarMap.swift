/// A map from Unicode scalars to values, read by array index for the scalars place names are made of.
///
/// A check over half a million names looks up several tables for every character of every name; hashing a scalar
/// for each look-up was a tenth of the run. Scalars below U+A000 (ASCII, the CJK punctuation, extension A and the
/// basic CJK block, where almost every character of a Chinese name lies) are found by their value in a slot table;
/// the rest (extensions B–H, compatibility ideographs) in a dictionary. The slot table is only allocated when a
/// value is stored, so an empty map costs nothing.
struct ScalarMap<Value: Sendable>: Sendable {
    /// Scalars below this value are looked up by index.
    private static var denseLimit: Int { 0xA000 }
    /// `slots[v]` is the position in `values` of scalar `v`'s value, or -1.
    private var slots: [Int32] = []
    private var values: [Value] = []
    private var sparse: [Unicode.Scalar: Int32] = [:]

    /// An empty map.
    init() {}

    /// The map of `dictionary`.
    init(_ dictionary: [Unicode.Scalar: Value]) {
        for (scalar, value) in dictionary { self[scalar] = value }
    }

    /// Whether no scalar has a value.
    var isEmpty: Bool { values.isEmpty }

    /// The value of `scalar`, `nil` when it has none; setting `nil` is not supported (the tables are only built up).
    subscript(scalar: Unicode.Scalar) -> Value? {
        get {
            let key = Int(scalar.value)
            if key < Self.denseLimit {
                guard key < slots.count else { return nil }
                let slot = slots[key]
                return slot < 0 ? nil : values[Int(slot)]
            }
            return sparse[scalar].map { values[Int($0)] }
        }
        set {
            guard let newValue else { return }
            let key = Int(scalar.value)
            let existing: Int32? = key < Self.denseLimit ? (key < slots.count && slots[key] >= 0 ? slots[key] : nil) : sparse[scalar]
            if let existing {
                values[Int(existing)] = newValue
                return
            }
            let slot = Int32(values.count)
            values.append(newValue)
            if key < Self.denseLimit {
                if slots.isEmpty { slots = [Int32](repeating: -1, count: Self.denseLimit) }
                slots[key] = slot
            } else {
                sparse[scalar] = slot
            }
        }
    }

    /// Whether `scalar` has a value.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let key = Int(scalar.value)
        if key < Self.denseLimit { return key < slots.count && slots[key] >= 0 }
        return sparse[scalar] != nil
    }
}
