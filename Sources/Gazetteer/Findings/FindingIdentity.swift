/// A finding's identity across runs: the same fact found again gets the same id, so a reviewer's decision on it
/// (an accepted exception) still applies next time.
///
/// The id is made from the finding's code, its subjects (in sorted order), its field, and its location rounded to
/// ``locationTolerance`` degrees (about 1 m): the bounding box of the location, so a point, a line or an overlap
/// polygon that moved by less than that is the same finding, and one that moved further is a new one. Measured
/// values and messages are left out: they may change in the last digit between runs without the fact changing.
/// Written `F-` and 12 hexadecimal digits (a 48-bit FNV-1a hash), e.g. `F-3f9a0c1b77de`.
extension Finding {
    /// Locations are compared after rounding to this many degrees (1e-5°, about 1.1 m north–south).
    public static let locationTolerance = 1e-5

    /// The finding's stable id (see the extension's documentation).
    public var identity: String {
        var text = code.id + "|" + subjects.sorted().joined(separator: ",") + "|" + (field ?? "")
        if let location {
            let e = location.envelope
            if !e.isEmpty {
                for v in [e.minX, e.minY, e.maxX, e.maxY] {
                    text += "|" + String(Int64((v / Self.locationTolerance).rounded()))
                }
            }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash & 0xFFFF_FFFF_FFFF, radix: 16)
        return "F-" + String(repeating: "0", count: 12 - hex.count) + hex
    }
}
