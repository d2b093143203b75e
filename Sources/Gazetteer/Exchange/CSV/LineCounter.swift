/// Counts lines the way error messages number them: a line ends at LF, CRLF or a lone CR.
struct LineCounter {
    /// 1-based line of the next byte.
    var line = 1
    /// Absolute offset of the first byte of the current line.
    var lineStart = 0
    /// Absolute offset of the next byte.
    var offset = 0
    private var previousWasCR = false

    /// Moves past `bytes`: LF, CR and CRLF each end a line (a CRLF cut between two calls counts once).
    mutating func advance(over bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let start = offset, count = bytes.count
        var i = 0
        while i < count {
            // Eight bytes at a time while none is a CR or an LF (the has-zero-byte test on the word XOR each):
            // a byte at a time, this was the whole cost of the scan that decides the bulk locate's fast path.
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let lf = word ^ 0x0A0A_0A0A_0A0A_0A0A, cr = word ^ 0x0D0D_0D0D_0D0D_0D0D
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                guard ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & highs == 0 else { break }
                i += 8
                previousWasCR = false
            }
            guard i < count else { break }
            let byte = base[i]
            i += 1
            if byte == 0x0A {
                if !previousWasCR { line += 1 }
                lineStart = start + i
            } else if byte == 0x0D {
                line += 1
                lineStart = start + i
            }
            previousWasCR = byte == 0x0D
        }
        offset = start + count
    }
}
