#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON syntax error with the position where the parser stopped.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the parser expected or found.
    public var reason: String
    /// 1-based line of the offending character.
    public var line: Int
    /// 1-based column (in bytes) of the offending character.
    public var column: Int

    public var description: String { "line \(line), column \(column): \(reason)" }
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// Accepts a leading UTF-8 byte-order mark (files saved by Windows tools often have one), rejects
/// trailing garbage, and limits nesting depth so that a hostile file cannot overflow the stack.
public struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    private static let maximumDepth = 512

    /// Parses one complete JSON document.
    /// - Throws: ``JSONSyntaxError`` with line and column.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        try parse(bytes[...])
    }

    /// Parses one complete JSON document from text.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(text.utf8)
    }

    /// Parses one complete JSON document from UTF-8 bytes in any collection (a line of a GeoJSONSeq file, a
    /// buffer), copying them once.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < parser.end { throw parser.error("unexpected content after the JSON value") }
        return value
    }

    private init(bytes: some Collection<UInt8>) {
        // A trailing NUL lets number parsing hand the bytes to strtod, which stops at the first non-number byte.
        var copy: [UInt8] = []
        copy.reserveCapacity(bytes.count + 1)
        copy.append(contentsOf: bytes)
        copy.append(0)
        self.bytes = copy
    }

    private var end: Int { bytes.count - 1 }

    private func error(_ reason: String) -> JSONSyntaxError {
        var line = 1, lineStart = 0
        var i = 0
        while i < min(index, end) {
            if bytes[i] == UInt8(ascii: "\n") { line += 1; lineStart = i + 1 }
            i += 1
        }
        return JSONSyntaxError(reason: reason, line: line, column: index - lineStart + 1)
    }

    private mutating func skipWhitespace() {
        while index < end {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < end else { throw error("unexpected end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("unexpected character '\(Character(Unicode.Scalar(bytes[index])))'")
        }
    }

    private mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
        for byte in literal.utf8 {
            guard index < end, bytes[index] == byte else { throw error("invalid literal, expected '\(literal)'") }
            index += 1
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var object = JSONObject()
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
        while true {
            skipWhitespace()
            guard index < end, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a member name in quotes") }
            let key = try parseString()
            skipWhitespace()
            guard index < end, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after member name") }
            index += 1
            skipWhitespace()
            object[key] = try parseValue()
            skipWhitespace()
            guard index < end else { throw error("unexpected end of input inside an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
            throw error("expected ',' or '}' in an object")
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONValue] = []
        // Most arrays in GeoJSON are positions [x, y]: room for two saves growing each of them once.
        elements.reserveCapacity(2)
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < end else { throw error("unexpected end of input inside an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw error("expected ',' or ']' in an array")
        }
    }

    /// A number, correctly rounded.
    ///
    /// Coordinates are most of a GeoJSON file, and strtod was a fifth of an import's time (more for the 17 digits
    /// Python and shapely write, which take glibc's multiprecision path). Numbers with at most 19 significant
    /// digits go to ``DecimalParser/scaled(_:byPowerOfTen:)`` (Clinger's fast path, else Eisel-Lemire), which
    /// answers bit for bit as strtod does or not at all; longer numbers and the few it cannot decide go to strtod.
    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var mantissa: UInt64 = 0
        var significant = 0   // digits in `mantissa`, not counting leading zeros
        var exponent = 0      // the value is mantissa × 10^exponent
        var fastPath = true
        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        @inline(__always) func accumulate(_ byte: UInt8) {
            if significant == 0 && byte == UInt8(ascii: "0") { return }
            guard significant < 19 else { fastPath = false; return }
            mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
            significant += 1
        }
        let integerStart = index
        while isDigit(bytes[index]) { accumulate(bytes[index]); index += 1 }
        let integerDigits = index - integerStart
        guard integerDigits > 0 else { throw error("a number needs digits") }
        if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") { throw error("numbers may not have leading zeros") }
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while isDigit(bytes[index]) {
                accumulate(bytes[index])
                exponent -= 1
                index += 1
            }
            guard index > fractionStart else { throw error("a decimal point needs digits after it") }
        }
        if bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            let exponentStart = index
            var written = 0
            while isDigit(bytes[index]) {
                if written < 10_000 { written = written * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                index += 1
            }
            guard index > exponentStart else { throw error("an exponent needs digits") }
            exponent += exponentNegative ? -written : written
        }
        if fastPath {
            if mantissa == 0 { return negative ? -0.0 : 0.0 }
            if let magnitude = DecimalParser.scaled(mantissa, byPowerOfTen: exponent) { return negative ? -magnitude : magnitude }
        }
        let value = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.advanced(by: start).withMemoryRebound(to: CChar.self, capacity: index - start + 1) {
                strtod($0, nil)
            }
        }
        guard value.isFinite else { throw error("number out of range") }
        return value
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1 // opening quote
        let start = index
        // Fast path: no escapes.
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                guard let text = String(validating: bytes[start..<index], as: UTF8.self) else {
                    throw error("string is not valid UTF-8 (is the file in GBK? convert it to UTF-8)")
                }
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("control character inside a string") }
            index += 1
        }
        var scalars: [UInt8] = Array(bytes[start..<index])
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: scalars, as: UTF8.self) else {
                    throw error("string is not valid UTF-8 (is the file in GBK? convert it to UTF-8)")
                }
                return text
            case UInt8(ascii: "\\"):
                index += 1
                guard index < end else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append(0x22)
                case UInt8(ascii: "\\"): scalars.append(0x5C)
                case UInt8(ascii: "/"): scalars.append(0x2F)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try parseHex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error("unpaired UTF-16 surrogate in \\u escape")
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid UTF-16 surrogate pair") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw error("unpaired UTF-16 surrogate in \\u escape")
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
                    scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    index -= 1
                    throw error("invalid escape sequence")
                }
            default:
                if byte < 0x20 { throw error("control character inside a string") }
                scalars.append(byte)
                index += 1
            }
        }
        throw error("unterminated string")
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < end else { throw error("incomplete \\u escape") }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}
