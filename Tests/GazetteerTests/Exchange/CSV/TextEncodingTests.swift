import Testing
@testable import Gazetteer

/// Decoding exchange files: UTF-8 with and without BOM, GBK/GB18030 through iconv, detection, error positions.
///
/// Expected bytes come from glibc's iconv program, outside the code:
/// `printf '海拉尔' | iconv -f UTF-8 -t GBK | xxd` → `baa3 c0ad b6fb`;
/// `printf '𠀀' | iconv -f UTF-8 -t GB18030 | xxd` → `9532 8236`;
/// `printf 'ᠮ' | iconv -f UTF-8 -t GB18030 | xxd` → `8134 d734` (U+182E MONGOLIAN LETTER MA).
@Suite("Exchange text encodings")
struct TextEncodingTests {
    static let hailarGBK: [UInt8] = [0xBA, 0xA3, 0xC0, 0xAD, 0xB6, 0xFB]
    static let cjkExtensionBGB18030: [UInt8] = [0x95, 0x32, 0x82, 0x36]   // 𠀀 U+20000
    static let mongolianMaGB18030: [UInt8] = [0x81, 0x34, 0xD7, 0x34]     // ᠮ U+182E

    /// The decoding error for `bytes`, or `nil` (recording an issue) when they decode.
    static func decodingError(_ bytes: [UInt8], as option: TextEncodingOption = .auto,
                              sourceLocation: SourceLocation = #_sourceLocation) -> TextDecodingError? {
        do {
            let (text, encoding) = try TextEncoding.decode(bytes, as: option)
            Issue.record("expected a decoding error, read \(encoding): \(text.debugDescription)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test("option names: raw values for --encoding, lenient spellings, gbk reads as GB18030")
    func names() {
        #expect(TextEncodingOption.allCases.map(\.rawValue) == ["auto", "utf-8", "gb18030", "gbk"])
        #expect(TextEncodingOption(rawValue: "gbk")?.encoding == .gb18030)
        #expect(TextEncodingOption(rawValue: "auto")?.encoding == nil)
        #expect(TextEncodingOption(name: "UTF8") == .utf8)
        #expect(TextEncodingOption(name: "GB-18030") == .gb18030)
        #expect(TextEncodingOption(name: "CP936") == .gbk)
        #expect(TextEncodingOption(name: "latin1") == nil)
        #expect(TextEncoding(name: "GBK") == .gb18030)
        #expect(TextEncoding(name: "utf-8") == .utf8)
        #expect(TextEncoding(name: "auto") == nil)
        #expect(TextEncoding.gb18030.description == "GB18030")
    }

    @Test("UTF-8 with and without a byte-order mark")
    func utf8() throws {
        let plain = Array("code,name\n150702,海拉尔区\n".utf8)
        let withBOM = [0xEF, 0xBB, 0xBF] + plain
        for bytes in [plain, withBOM] {
            let (text, encoding) = try TextEncoding.decode(bytes)
            #expect(encoding == .utf8)
            #expect(text == "code,name\n150702,海拉尔区\n")
            #expect(try TextEncoding.utf8.decode(bytes) == text)
        }
        #expect(try TextEncoding.decode([]).text == "")
        #expect(try TextEncoding.decode([0xEF, 0xBB, 0xBF]) == ("", .utf8))
        #expect(TextEncoding.detect(Array("plain ascii".utf8)) == .utf8)
    }

    @Test("GBK bytes (BA A3 C0 AD B6 FB) decode to 海拉尔, detected and forced")
    func gbk() throws {
        let (text, encoding) = try TextEncoding.decode(Self.hailarGBK)
        #expect(text == "海拉尔")
        #expect(encoding == .gb18030)
        #expect(try TextEncoding.decode(Self.hailarGBK, as: .gbk).text == "海拉尔")
        #expect(try TextEncoding.gb18030.decode(Self.hailarGBK) == "海拉尔")
        #expect(TextEncoding.detect(Array("code,name\r\n150702,".utf8) + Self.hailarGBK) == .gb18030)
        #expect(try TextEncoding.gb18030.encode("海拉尔") == Self.hailarGBK)
    }

    @Test("GB18030-only characters: 4-byte sequences for CJK Extension B and the Mongolian script")
    func fourByteSequences() throws {
        #expect(try TextEncoding.decode(Self.cjkExtensionBGB18030).text == "𠀀")
        #expect(try TextEncoding.decode(Self.mongolianMaGB18030, as: .gb18030).text == "ᠮ")
        #expect(try TextEncoding.gb18030.encode("𠀀") == Self.cjkExtensionBGB18030)
        #expect(try TextEncoding.gb18030.encode("ᠮ") == Self.mongolianMaGB18030)
        // A mixed line round trips: Chinese, the Mongolian name of Hulunbuir, Extension B, ASCII, line breaks.
        let text = "呼伦贝尔市,ᠬᠥᠯᠥᠨᠪᠤᠶᠢᠷ ᠬᠣᠲᠠ,𠀀𠀁,Hulunbuir\r\n鄂温克族自治旗\n"
        let bytes = try TextEncoding.gb18030.encode(text)
        #expect(bytes.count != text.utf8.count)
        #expect(try TextEncoding.decode(bytes) == (text, .gb18030))
    }

    @Test("a GB18030 byte-order mark (84 31 95 33) is dropped")
    func gb18030ByteOrderMark() throws {
        #expect(try TextEncoding.decode([0x84, 0x31, 0x95, 0x33] + Self.hailarGBK, as: .gb18030).text == "海拉尔")
    }

    @Test("code page 936's euro sign (a lone 0x80) reads as €")
    func euroSign() throws {
        #expect(try TextEncoding.decode([0x31, 0x80] + Self.hailarGBK, as: .gbk).text == "1€海拉尔")
    }

    @Test("bytes neither UTF-8 nor GB18030: offset, line and column of the first bad byte")
    func invalidBytes() throws {
        // GBK text with a stray 0xFF (never valid in either encoding) on line 3 (after a CRLF and an LF), third
        // byte of the line: GB18030 reads further than UTF-8, so its error is the one reported.
        let bytes = Array("a,b\r\n".utf8) + Self.hailarGBK + Array(",1\n".utf8) + [0x78, 0x2C, 0xFF, 0x41]
        // Offsets: a , b CR LF = 0...4; 海拉尔 = 5...10; , 1 LF = 11...13; x , = 14, 15; 0xFF = 16.
        let error = try #require(Self.decodingError(bytes))
        #expect(error.encoding == .gb18030)
        #expect(error.offset == 16)
        #expect(error.line == 3)
        #expect(error.column == 3)
        #expect(error.bytes == [0xFF, 0x41])
        #expect(error.description.hasPrefix("line 3, column 3 (byte offset 16, bytes FF 41): neither UTF-8 (bad byte at offset 5)"))
        #expect(TextEncoding.detect(bytes) == nil)

        let forced = try #require(Self.decodingError(bytes, as: .utf8))
        #expect(forced.encoding == .utf8)
        #expect(forced.offset == 5)
        #expect(forced.line == 2)
        #expect(forced.column == 1)
    }

    @Test("UTF-8 text with a bad byte, too short to call damaged: the UTF-8 error, since UTF-8 read further")
    func invalidBytesInShortUTF8() throws {
        // 海 is E6 B5 B7 in UTF-8; read as GB18030, B7 2C is not a character, at offset 7.
        let bytes = Array("a,b\r\n海,1\n".utf8) + [0x78, 0x2C, 0xFF, 0x41]
        // Offsets: a , b CR LF = 0...4; 海 = 5...7; , 1 LF = 8...10; x , = 11, 12; 0xFF = 13.
        let error = try #require(Self.decodingError(bytes))
        #expect(error.encoding == .utf8)
        #expect(error.offset == 13)
        #expect(error.line == 3)
        #expect(error.column == 3)
        #expect(error.reason.hasPrefix("neither GB18030/GBK (bad byte at offset 7) nor UTF-8"))
    }

    @Test("forced UTF-8 on GBK bytes reports the first GBK byte, counting a BOM in the offset")
    func forcedUTF8() throws {
        let error = try #require(Self.decodingError([0xEF, 0xBB, 0xBF, 0x61, 0x0A] + Self.hailarGBK, as: .utf8))
        #expect(error.offset == 5)
        #expect(error.line == 2)
        #expect(error.column == 1)
        #expect(error.bytes == [0xBA, 0xA3, 0xC0, 0xAD])
    }

    @Test("a GB18030 file cut inside a character")
    func truncatedGB18030() throws {
        let error = try #require(Self.decodingError(Array(Self.hailarGBK.dropLast()), as: .gb18030))
        #expect(error.offset == 4)
        #expect(error.reason.contains("ends inside"))
    }

    @Test("damaged UTF-8 is reported as UTF-8, not read as GB18030 mojibake")
    func damagedUTF8() throws {
        var bytes = Array(String(repeating: "呼伦贝尔市海拉尔区\n", count: 5).utf8)
        bytes.insert(0xFF, at: 31)   // line 1 is 9 characters (27 bytes) + LF; offset 31 follows 呼 on line 2
        let error = try #require(Self.decodingError(bytes))
        #expect(error.encoding == .utf8)
        #expect(error.offset == 31)
        #expect(error.line == 2)
        #expect(error.column == 4)
        #expect(error.reason.contains("damaged UTF-8"))
    }

    @Test("UTF-8 scan: strict sequences, and an incomplete tail to carry between chunks")
    func utf8Scan() {
        func scan(_ bytes: [UInt8], isFinal: Bool = true) -> UTF8Scan {
            bytes.withUnsafeBufferPointer { UTF8Scan($0, isFinal: isFinal) }
        }
        #expect(scan(Array("海ᠮ𠀀é".utf8)).firstInvalid == nil)
        #expect(scan(Array("海ᠮ𠀀é".utf8)).validMultibyte == 4)
        #expect(scan([0xC0, 0x80]).firstInvalid == 0)          // overlong NUL
        #expect(scan([0x61, 0xED, 0xA0, 0x80]).firstInvalid == 1)   // surrogate U+D800
        #expect(scan([0xF4, 0x90, 0x80, 0x80]).firstInvalid == 0)   // above U+10FFFF
        #expect(scan([0x61, 0xE6, 0xB5]).firstInvalid == 1)    // truncated at the end of the file
        let partial = scan([0x61, 0xE6, 0xB5], isFinal: false)
        #expect(partial.firstInvalid == nil)
        #expect(partial.incompleteTail == 2)
    }
}
