/// A strict UTF-8 scan (Unicode Table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF) that also
/// counts, so that automatic detection can tell damaged UTF-8 from another encoding.
struct UTF8Scan {
    /// Offset of the first invalid byte, if any.
    var firstInvalid: Int?
    /// Number of invalid bytes (each starts a resynchronisation).
    var invalidCount = 0
    /// Number of valid sequences of two to four bytes.
    var validMultibyte = 0
    /// Length of a valid but incomplete sequence at the very end (only when not `isFinal`): bytes to carry over
    /// to the next chunk.
    var incompleteTail = 0

    /// Scans `bytes`; with `isFinal` false, an incomplete sequence at the end is not an error but an ``incompleteTail``.
    /// With `stopAtFirstError`, scanning stops at the first invalid byte (counts are then partial).
    init(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool, stopAtFirstError: Bool = false) {
        let count = bytes.count
        var i = 0
        while i < count {
            // Eight ASCII bytes at a time: most of a CSV file is ASCII, and a byte at a time was most of the scan.
            if let base = bytes.baseAddress {
                while i + 8 <= count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                if i == count { break }
            }
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: length = 0
            }
            var valid = length > 0
            var j = 1
            while valid && j < length {
                if i + j >= count {
                    // Ran off the end with every byte so far valid.
                    if !isFinal { incompleteTail = count - i; return }
                    valid = false
                    break
                }
                let byte = bytes[i + j]
                if byte < (j == 1 ? low : 0x80) || byte > (j == 1 ? high : 0xBF) { valid = false }
                j += 1
            }
            if valid {
                validMultibyte += 1
                i += length
            } else {
                if firstInvalid == nil { firstInvalid = i }
                invalidCount += 1
                if stopAtFirstError { return }
                i += 1
            }
        }
    }
}
