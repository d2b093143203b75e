/// Counts lines the way error messages number them: a line ends at LF, CRLF or a lone CR.
struct LineCounter {
    /// 1-based line of the next byte.
    var line = 1
    /// Absolute offset of the first byte of the current line.
    var lineStart = 0
    /// Absolute offset of the next byte.
    var offset = 0
    private var previousWasCR = false

    mutating func advance(over bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            offset += 1
            if byte == 0x0A {
                if !previousWasCR { line += 1 }
                lineStart = offset
            } else if byte == 0x0D {
                line += 1
                lineStart = offset
            }
            previousWasCR = byte == 0x0D
        }
    }
}
