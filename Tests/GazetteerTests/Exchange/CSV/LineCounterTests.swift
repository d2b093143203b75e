import Testing
@testable import Gazetteer

/// ``LineCounter`` numbers lines as a byte-at-a-time count does, however the bytes are cut into calls.
@Suite("Line counter")
struct LineCounterTests {
    /// The plain definition: LF, CR and CRLF end a line.
    func reference(_ bytes: [UInt8]) -> (line: Int, lineStart: Int, offset: Int) {
        var line = 1, lineStart = 0, previousWasCR = false
        for (i, byte) in bytes.enumerated() {
            if byte == 0x0A { if !previousWasCR { line += 1 }; lineStart = i + 1 }
            if byte == 0x0D { line += 1; lineStart = i + 1 }
            previousWasCR = byte == 0x0D
        }
        return (line, lineStart, bytes.count)
    }

    @Test("random text with LF, CR and CRLF (rare and dense), cut into calls of 1 to 40 bytes, counts as the reference")
    func agreesWithReference() {
        var state: UInt64 = 12345
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        for density in [3, 17, 200] {
            for _ in 0..<200 {
                var bytes: [UInt8] = []
                for _ in 0..<Int(next() % 600) {
                    let r = next() % UInt64(density)
                    bytes.append(r == 0 ? 0x0A : r == 1 ? 0x0D : UInt8(truncatingIfNeeded: 0x20 + next() % 200))
                }
                var counter = LineCounter()
                var at = 0
                while at < bytes.count {
                    let end = min(bytes.count, at + 1 + Int(next() % 40))
                    bytes[at..<end].withUnsafeBufferPointer { counter.advance(over: $0) }
                    at = end
                }
                let expected = reference(bytes)
                #expect(counter.line == expected.line && counter.lineStart == expected.lineStart && counter.offset == expected.offset)
            }
        }
    }
}
