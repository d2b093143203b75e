#if canImport(Glibc)
import Glibc
#endif

// MARK: - Encodings

/// A text encoding that exchange files arrive in: UTF-8, or GB18030 (which contains GBK and GB2312).
///
/// Excel on Chinese Windows saves "CSV" in the system code page, GBK (code page 936); GB18030 is its superset
/// and the national standard, so GBK files are read as GB18030. GB18030 also encodes every Unicode character,
/// including the Mongolian script and CJK Extension B (as 4-byte sequences), so nothing is lost either way.
///
/// The raw values are the names users type (`--encoding utf-8`); see ``TextEncodingOption`` for the choice
/// that also offers automatic detection.
public enum TextEncoding: String, Sendable, CaseIterable, CustomStringConvertible {
    /// UTF-8, with or without a byte-order mark (EF BB BF).
    case utf8 = "utf-8"
    /// GB18030-2005, read through glibc's iconv; GBK and GB2312 files are subsets of it.
    case gb18030 = "gb18030"

    /// The encoding named `name`, ignoring case and punctuation: `utf-8`, `UTF8`, `gb18030`, `GBK`, `cp936`, `gb2312`.
    public init?(name: String) {
        switch TextEncodingOption(name: name) {
        case .utf8?: self = .utf8
        case .gb18030?, .gbk?: self = .gb18030
        case .auto?, nil: return nil
        }
    }

    /// The name as users write it: `UTF-8` or `GB18030`.
    public var description: String {
        switch self {
        case .utf8: return "UTF-8"
        case .gb18030: return "GB18030"
        }
    }

    /// The name glibc's iconv knows the encoding by.
    var iconvName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .gb18030: return "GB18030"
        }
    }
}

/// How to choose the encoding of an input file: a named encoding, or automatic detection.
///
/// Its raw values are the `--encoding` values, so the CLI can adopt `ExpressibleByArgument` with an empty
/// extension: `auto`, `utf-8`, `gb18030`, `gbk` (`gbk` reads as GB18030, its superset).
public enum TextEncodingOption: String, Sendable, CaseIterable {
    /// Detect: a UTF-8 byte-order mark means UTF-8; bytes that are valid UTF-8 are UTF-8; otherwise GB18030.
    /// When neither fits, the error is the one from the encoding that read further.
    case auto
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// GB18030.
    case gb18030
    /// GBK (code page 936), read as GB18030.
    case gbk

    /// The option named `name`, ignoring case, `-` and `_`: also accepts `utf8`, `cp936`, `gb2312`, `GB-18030`.
    public init?(name: String) {
        let key = String(name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
        switch key {
        case "auto", "detect": self = .auto
        case "utf8": self = .utf8
        case "gb18030": self = .gb18030
        case "gbk", "cp936", "936", "gb2312", "euccn": self = .gbk
        default: return nil
        }
    }

    /// The encoding this option forces, or `nil` for ``auto``.
    public var encoding: TextEncoding? {
        switch self {
        case .auto: return nil
        case .utf8: return .utf8
        case .gb18030, .gbk: return .gb18030
        }
    }
}

// MARK: - Errors

/// Bytes that are not valid text in the encoding being read, with the position of the first bad byte.
public struct TextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The encoding that failed (for automatic detection, the one that read further before failing).
    public var encoding: TextEncoding
    /// 0-based byte offset of the first byte that could not be decoded.
    public var offset: Int
    /// 1-based line of that byte (lines end at LF, CRLF or a lone CR).
    public var line: Int
    /// 1-based column of that byte, counted in bytes from the start of its line.
    public var column: Int
    /// Up to four bytes starting at ``offset``, for the message.
    public var bytes: [UInt8]
    /// What went wrong, in a sentence.
    public var reason: String

    /// The error at `offset` in `input`, with line, column and the bytes found there.
    init(encoding: TextEncoding, offset: Int, in input: UnsafeBufferPointer<UInt8>, reason: String) {
        var counter = LineCounter()
        counter.advance(over: UnsafeBufferPointer(rebasing: input[0..<min(offset, input.count)]))
        self.init(encoding: encoding, offset: offset, line: counter.line,
                  column: offset - counter.lineStart + 1,
                  bytes: Array(input[min(offset, input.count)..<min(offset + 4, input.count)]), reason: reason)
    }

    /// An error at a known position (used when reading in chunks, where the line is counted on the way).
    init(encoding: TextEncoding, offset: Int, line: Int, column: Int, bytes: [UInt8], reason: String) {
        self.encoding = encoding
        self.offset = offset
        self.line = line
        self.column = column
        self.bytes = bytes
        self.reason = reason
    }

    /// "line 3, column 9 (byte offset 41, bytes FF FE): …".
    public var description: String {
        let hex = bytes.map { byte -> String in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }.joined(separator: " ")
        let found = hex.isEmpty ? "" : ", bytes \(hex)"
        return "line \(line), column \(column) (byte offset \(offset)\(found)): \(reason)"
    }
}

// MARK: - Decoding

extension TextEncoding {
    /// Decodes a whole file's bytes to text, choosing the encoding as `option` says.
    ///
    /// With ``TextEncodingOption/auto``: a UTF-8 byte-order mark means UTF-8; bytes that are entirely valid
    /// UTF-8 are UTF-8 (an all-ASCII file is both, and reads the same); otherwise GB18030 is tried. A file that is
    /// valid UTF-8 almost everywhere (at least 20 valid multi-byte characters for each bad byte) is taken as damaged UTF-8 and reported
    /// at its first bad byte, rather than read as GB18030 mojibake. A leading byte-order mark (in either
    /// encoding) is not part of the text.
    ///
    /// Short files with a few non-ASCII bytes can be valid in both encodings (GBK `说` is CB B5, also UTF-8 `˵`);
    /// detection then says UTF-8. Force the encoding when that matters.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - option: a forced encoding or `.auto`.
    /// - Returns: the text and the encoding it was read in.
    /// - Throws: ``TextDecodingError`` at the first byte that cannot be decoded.
    public static func decode(_ bytes: [UInt8], as option: TextEncodingOption = .auto) throws(TextDecodingError) -> (text: String, encoding: TextEncoding) {
        let (utf8, encoding) = try decodedUTF8(bytes, as: option)
        return (String(decoding: utf8, as: UTF8.self), encoding)
    }

    /// Decodes `bytes` in this encoding (a leading byte-order mark is dropped).
    /// - Throws: ``TextDecodingError`` at the first byte that cannot be decoded.
    public func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> String {
        try Self.decode(bytes, as: self == .utf8 ? .utf8 : .gb18030).text
    }

    /// The encoding automatic detection would choose for `bytes`, or `nil` when they are neither valid UTF-8 nor
    /// valid GB18030 (or look like damaged UTF-8).
    public static func detect(_ bytes: [UInt8]) -> TextEncoding? {
        try? decodedUTF8(bytes, as: .auto).encoding
    }

    /// Encodes `text` in this encoding, without a byte-order mark.
    ///
    /// Every Unicode character has a GB18030 form, so encoding fails only if iconv itself is unavailable.
    /// - Throws: ``TextDecodingError`` (with offset 0) when iconv cannot convert to this encoding.
    public func encode(_ text: String) throws(TextDecodingError) -> [UInt8] {
        let utf8 = Array(text.utf8)
        switch self {
        case .utf8:
            return utf8
        case .gb18030:
            return try utf8.withUnsafeBufferPointer { input throws(TextDecodingError) in
                try Self.iconvConvert(input, from: "UTF-8", to: iconvName, reportingAs: self)
            }
        }
    }

    /// The text of `bytes` as UTF-8 bytes (a slice of `bytes` itself when they are UTF-8, so nothing is copied),
    /// without a byte-order mark, and the encoding chosen.
    static func decodedUTF8(_ bytes: [UInt8], as option: TextEncodingOption) throws(TextDecodingError) -> (utf8: ArraySlice<UInt8>, encoding: TextEncoding) {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        switch option.encoding {
        case .utf8?:
            let start = bytes.starts(with: bom) ? 3 : 0
            let scan = bytes.withUnsafeBufferPointer { UTF8Scan(UnsafeBufferPointer(rebasing: $0[start...]), isFinal: true) }
            if let invalid = scan.firstInvalid {
                throw bytes.withUnsafeBufferPointer {
                    TextDecodingError(encoding: .utf8, offset: start + invalid, in: $0,
                                      reason: "not valid UTF-8 (if the file was saved by Excel on Chinese Windows, read it as GB18030)")
                }
            }
            return (bytes[start...], .utf8)
        case .gb18030?:
            return (try decodeGB18030(bytes)[...], .gb18030)
        case nil:
            if bytes.starts(with: bom) { return try decodedUTF8(bytes, as: .utf8) }
            let scan = bytes.withUnsafeBufferPointer { UTF8Scan($0, isFinal: true) }
            guard let invalid = scan.firstInvalid else { return (bytes[...], .utf8) }
            if scan.validMultibyte >= 20 * scan.invalidCount {
                throw bytes.withUnsafeBufferPointer {
                    TextDecodingError(encoding: .utf8, offset: invalid, in: $0,
                                      reason: "not valid UTF-8, although \(scan.validMultibyte) other non-ASCII characters are: the file looks like damaged UTF-8, so it was not read as GB18030 (force an encoding with --encoding)")
                }
            }
            do {
                return (try decodeGB18030(bytes)[...], .gb18030)
            } catch {
                // Report the encoding that got further: it is the one the file was most likely meant to be in.
                if error.offset >= invalid {
                    var error = error
                    error.reason = "neither UTF-8 (bad byte at offset \(invalid)) nor GB18030/GBK: \(error.reason)"
                    throw error
                }
                throw bytes.withUnsafeBufferPointer {
                    TextDecodingError(encoding: .utf8, offset: invalid, in: $0,
                                      reason: "neither GB18030/GBK (bad byte at offset \(error.offset)) nor UTF-8: not valid UTF-8")
                }
            }
        }
    }

    /// GB18030 bytes to UTF-8 bytes through iconv, dropping a leading byte-order mark (GB18030 84 31 95 33).
    ///
    /// The one byte where Windows code page 936 and GB18030 differ, a lone 0x80 (€ in code page 936, unassigned
    /// in GB18030), is read as €, so files from old Excel versions with a euro sign still open.
    static func decodeGB18030(_ bytes: [UInt8]) throws(TextDecodingError) -> [UInt8] {
        var output = try bytes.withUnsafeBufferPointer { input throws(TextDecodingError) in
            try iconvConvert(input, from: "GB18030", to: "UTF-8", reportingAs: .gb18030)
        }
        if output.starts(with: [0xEF, 0xBB, 0xBF]) { output.removeFirst(3) }
        return output
    }

    /// Converts `input` with glibc's iconv.
    ///
    /// iconv's contract: it returns `(size_t)-1` and sets errno to EILSEQ (invalid sequence), EINVAL (incomplete
    /// sequence at the end of the input) or E2BIG (output full); on each, the input pointer stops at the first
    /// unconverted byte, which gives the error's offset. `iconv_open` returns `(iconv_t)-1` for an unknown
    /// conversion (gconv modules missing).
    static func iconvConvert(_ input: UnsafeBufferPointer<UInt8>, from source: String, to target: String,
                             reportingAs encoding: TextEncoding) throws(TextDecodingError) -> [UInt8] {
        guard let base = input.baseAddress, input.count > 0 else { return [] }
        let cd = iconv_open(target, source)
        guard let cd, cd != iconv_t(bitPattern: -1) else {
            throw TextDecodingError(encoding: encoding, offset: 0, line: 1, column: 1, bytes: [],
                                    reason: "this system's iconv cannot convert \(source) to \(target) (are glibc's gconv modules installed?)")
        }
        defer { iconv_close(cd) }
        // GB18030 → UTF-8 grows at most 3/2 (2 bytes → 3); UTF-8 → GB18030 never grows. E2BIG grows it anyway.
        var output = [UInt8](repeating: 0, count: input.count + input.count / 2 + 16)
        var used = 0
        var consumed = 0
        while consumed < input.count {
            var inLeft = input.count - consumed
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base + consumed)
                .assumingMemoryBound(to: CChar.self)
            let (result, code, outUsed) = output.withUnsafeMutableBytes { out -> (Int, Int32, Int) in
                var outPointer: UnsafeMutablePointer<CChar>? = (out.baseAddress! + used).assumingMemoryBound(to: CChar.self)
                var outLeft = out.count - used
                let result = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                return (result, result == -1 ? errno : 0, out.count - outLeft)
            }
            used = outUsed
            consumed = input.count - inLeft
            guard result == -1 else { break }
            switch code {
            case E2BIG:
                output.append(contentsOf: repeatElement(0, count: max(output.count / 2, 64)))
            case EILSEQ where encoding == .gb18030 && source == "GB18030" && base[consumed] == 0x80:
                // Code page 936's euro sign; GB18030's is A2 E3.
                if output.count - used < 3 { output.append(contentsOf: repeatElement(0, count: 64)) }
                output.replaceSubrange(used..<used + 3, with: [0xE2, 0x82, 0xAC])
                used += 3
                consumed += 1
            case EILSEQ:
                throw TextDecodingError(encoding: encoding, offset: consumed, in: input,
                                        reason: "not valid \(encoding) (if the file is UTF-8, read it as UTF-8)")
            case EINVAL:
                throw TextDecodingError(encoding: encoding, offset: consumed, in: input,
                                        reason: "the file ends inside a \(encoding) character (truncated?)")
            default:
                throw TextDecodingError(encoding: encoding, offset: consumed, in: input,
                                        reason: "iconv failed: \(String(cString: strerror(code)))")
            }
        }
        output.removeSubrange(used...)
        return output
    }
}
