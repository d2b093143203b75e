/// Validates UTF-8 that arrives in chunks of any size, and hands on the valid bytes: the one validator of every
/// streaming reader (CSV records, GeoJSONSeq lines, the scan that detects a CSV file's encoding).
///
/// A character cut between two chunks is carried over to the next; a leading byte-order mark is dropped. The
/// first invalid byte stops validation with a ``TextDecodingError`` at its exact offset, line and column, showing
/// up to four bytes from it (a bad byte near a chunk's end waits for the next chunk, so that the bytes shown do not
/// depend on where a chunk happened to end).
///
/// ```swift
/// var validator = UTF8StreamValidator(reason: "not valid UTF-8")
/// while let chunk = read() {
///     if let error = validator.validate(chunk, isFinal: chunk.isEmpty, deliver: { valid in … }) { throw error }
/// }
/// ```
struct UTF8StreamValidator {
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The sentence the decoding error gives as its reason (what the user should do depends on the reader).
    let reason: String
    /// Position of the next byte to be delivered (offsets count a dropped byte-order mark).
    private(set) var counter = LineCounter()
    /// Whether the stream started with a UTF-8 byte-order mark.
    private(set) var hadByteOrderMark = false
    private var carry: [UInt8] = []
    private var atStart = true

    init(reason: String) {
        self.reason = reason
    }

    /// Validates the next `chunk` of the stream and calls `deliver` with its valid bytes, in order.
    ///
    /// - Parameters:
    ///   - chunk: the next bytes (may be empty, and must be at the end when `isFinal`).
    ///   - isFinal: whether the stream ends after `chunk`: an incomplete character is then an error.
    ///   - deliver: receives valid UTF-8, never cut inside a character; may be called with an empty buffer.
    /// - Returns: the error at the first invalid byte, after the valid bytes before it were delivered; `nil` when
    ///   everything so far is valid. After an error the validator must not be fed again.
    /// - Complexity: O(n) in the chunk's length (plus at most three carried bytes).
    mutating func validate(_ chunk: UnsafeBufferPointer<UInt8>, isFinal: Bool,
                           deliver: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows -> TextDecodingError? {
        if carry.isEmpty { return try process(chunk, isFinal: isFinal, deliver: deliver) }
        var joined = carry
        carry = []
        joined.append(contentsOf: chunk)
        return try joined.withUnsafeBufferPointer { try process($0, isFinal: isFinal, deliver: deliver) }
    }

    private mutating func process(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool,
                                  deliver: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows -> TextDecodingError? {
        var start = 0
        if atStart {
            if bytes.count < 3 && !isFinal && Self.byteOrderMark.starts(with: bytes) {
                carry = Array(bytes)
                return nil
            }
            if bytes.starts(with: Self.byteOrderMark) {
                start = 3
                hadByteOrderMark = true
                Self.byteOrderMark.withUnsafeBufferPointer { counter.advance(over: $0) }
            }
            atStart = false
        }
        let rest = UnsafeBufferPointer(rebasing: bytes[start...])
        let scan = UTF8Scan(rest, isFinal: isFinal, stopAtFirstError: true)
        let validEnd = scan.firstInvalid ?? (rest.count - scan.incompleteTail)
        let valid = UnsafeBufferPointer(rebasing: rest[..<validEnd])
        try deliver(valid)
        counter.advance(over: valid)
        if scan.firstInvalid != nil, isFinal || rest.count - validEnd >= 4 {
            return TextDecodingError(encoding: .utf8, offset: counter.offset, line: counter.line,
                                     column: counter.offset - counter.lineStart + 1,
                                     bytes: Array(rest[validEnd..<min(validEnd + 4, rest.count)]), reason: reason)
        }
        carry = Array(rest[validEnd...])
        return nil
    }
}
