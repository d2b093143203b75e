import Foundation
import Testing
@testable import Gazetteer

/// The RFC 4180 reader: quoting, line ends, line numbers, errors with positions, encodings, streaming, real data.
@Suite("Exchange CSV reader")
struct CSVReaderTests {
    /// The CSV error thrown for `text`, or `nil` (recording an issue) when it parses.
    static func csvError(_ text: String, options: CSVOptions = CSVOptions(),
                         sourceLocation: SourceLocation = #_sourceLocation) -> CSVError? {
        do {
            let table = try CSVReader.parse(text, options: options)
            Issue.record("expected a CSV error, read \(table.records)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    /// The records of `text` read without a header, as (line, fields).
    static func records(_ text: String) throws -> [CSVRecord] {
        try CSVReader.parse(text, options: CSVOptions(hasHeader: false)).records
    }

    /// A new file holding `bytes`, in a fresh temporary folder.
    static func temporaryFile(_ bytes: [UInt8], name: String = "input.csv") throws -> String {
        let path = try TestFixtures.temporaryDirectory().appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Every record of the stream, with the errors thrown between them (in order), until it ends.
    static func drain(_ stream: CSVRecordStream) -> (records: [CSVRecord], errors: [CSVError]) {
        var records: [CSVRecord] = []
        var errors: [CSVError] = []
        while true {
            do {
                guard let record = try stream.next() else { break }
                records.append(record)
            } catch {
                errors.append(error)
                if errors.count > 1000 { Issue.record("the stream does not end after errors"); break }
            }
        }
        return (records, errors)
    }

    @Test("header, records and the line each starts on")
    func basic() throws {
        let table = try CSVReader.parse("code,name,level\n150702,海拉尔区,county\n150721,阿荣旗,county\n")
        #expect(table.header?.names == ["code", "name", "level"])
        #expect(table.header?.line == 1)
        #expect(table.records == [
            CSVRecord(line: 2, fields: ["150702", "海拉尔区", "county"]),
            CSVRecord(line: 3, fields: ["150721", "阿荣旗", "county"]),
        ])
        #expect(table.problems.isEmpty)
        #expect(table.encoding == .utf8)
        #expect(table.header?.value("name", in: table.records[1]) == "阿荣旗")
        #expect(table.header?.value("parent", in: table.records[1]) == nil)
        #expect(table.header?.missing(["code", "parent", "name", "seat_lon"]) == ["parent", "seat_lon"])
    }

    @Test("quoted fields: delimiters, doubled quotes, empty quotes, line breaks inside")
    func quoting() throws {
        let text = "\"a,b\",\"say \"\"hi\"\"\",\"\",plain\n\"two\nlines\",\"crlf\r\ninside\",\"\"\"\",x\nlast,1,2,3"
        #expect(try Self.records(text) == [
            CSVRecord(line: 1, fields: ["a,b", "say \"hi\"", "", "plain"]),
            CSVRecord(line: 2, fields: ["two\nlines", "crlf\r\ninside", "\"", "x"]),
            // The record above spans lines 2 to 4, so this one starts on line 5.
            CSVRecord(line: 5, fields: ["last", "1", "2", "3"]),
        ])
    }

    @Test("empty fields, a quote inside an unquoted field, spaces kept")
    func unquotedEdges() throws {
        #expect(try Self.records("a,,\n,b,\n,,") == [
            CSVRecord(line: 1, fields: ["a", "", ""]),
            CSVRecord(line: 2, fields: ["", "b", ""]),
            CSVRecord(line: 3, fields: ["", "", ""]),
        ])
        #expect(try Self.records("5\" pipe, x ,y\"\"z") == [CSVRecord(line: 1, fields: ["5\" pipe", " x ", "y\"\"z"])])
        #expect(try Self.records("\"\"") == [CSVRecord(line: 1, fields: [""])])
    }

    @Test("CRLF, LF and lone CR line ends; blank lines skipped; no final line break needed")
    func lineEnds() throws {
        let expected = [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["c", "d"])]
        #expect(try Self.records("a,b\r\nc,d\r\n") == expected)
        #expect(try Self.records("a,b\nc,d") == expected)
        #expect(try Self.records("a,b\rc,d\r") == expected)
        #expect(try Self.records("a,b\r\n\r\n\nc,d\n\n") == [
            CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 4, fields: ["c", "d"]),
        ])
        #expect(try Self.records("").isEmpty)
        #expect(try Self.records("\n\r\n").isEmpty)
    }

    @Test("tab delimiter for .tsv files, and the other delimiters")
    func delimiters() throws {
        #expect(CSVDelimiter.forFile("names/categories.TSV") == .tab)
        #expect(CSVDelimiter.forFile("units.csv") == .comma)
        #expect(CSVOptions.forFile("x.tab").delimiter == .tab)
        let tsv = try CSVReader.parse("code\tname\n150702\t\"海拉尔\t区\"\n", options: .forFile("a.tsv"))
        #expect(tsv.records == [CSVRecord(line: 2, fields: ["150702", "海拉尔\t区"])])
        let semicolon = try CSVReader.parse("x;y\n1,5;2,5\n", options: CSVOptions(delimiter: .semicolon))
        #expect(semicolon.records.first?.fields == ["1,5", "2,5"])
        let pipe = try CSVReader.parse("x|y\n1|\"|\"\n", options: CSVOptions(delimiter: .pipe))
        #expect(pipe.records.first?.fields == ["1", "|"])
    }

    @Test("an unterminated quote is an error at the line and column where the quote opens")
    func unterminatedQuote() throws {
        let error = try #require(Self.csvError("code,name\n150702,海拉尔区\n150721,\"阿荣旗,county\n150722,莫力达瓦\n"))
        #expect(error.reason == .unterminatedQuote)
        #expect(error.line == 3)
        #expect(error.column == 8)
        #expect(!error.isRecoverable)
        #expect(error.description.hasPrefix("line 3, column 8: the quoted field opened here is never closed"))
    }

    @Test("text after a closing quote is an error at its position (in characters)")
    func textAfterClosingQuote() throws {
        let error = try #require(Self.csvError("a,b\n海拉尔,\"x\"y\n"))
        #expect(error.reason == .textAfterClosingQuote)
        #expect(error.line == 2)
        #expect(error.column == 8)
        #expect(error.exchangeError(file: "f.csv") == .syntax(file: "f.csv", line: 2, column: 8, reason: error.message))
    }

    @Test("records with the wrong field count are problems with their lines; the others are kept")
    func fieldCount() throws {
        let table = try CSVReader.parse("a,b,c\n1,2,3\n1,2\n\"x\ny\",2,3,4\n7,8,9\n", options: CSVOptions(), file: "t.csv")
        #expect(table.records.map(\.line) == [2, 6])
        #expect(table.problems == [
            CSVError(.fieldCount(expected: 3, found: 2), file: "t.csv", line: 3),
            CSVError(.fieldCount(expected: 3, found: 4), file: "t.csv", line: 4),
        ])
        #expect(table.problems[0].isRecoverable)
        #expect(table.problems[0].description == "t.csv:3: expected 3 fields, found 2")
        // Without a header, the first record sets the count.
        let headerless = try CSVReader.parse("1,2\n3\n4,5\n", options: CSVOptions(hasHeader: false))
        #expect(headerless.header == nil)
        #expect(headerless.records.map(\.line) == [1, 3])
        #expect(headerless.problems.map(\.line) == [2])
    }

    @Test("header names: BOM and padding trimmed, duplicates noted, empty file has none")
    func header() throws {
        let table = try CSVReader.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("code, name ,\u{FEFF}X,code\n1,2,3,4\n".utf8))
        let header = try #require(table.header)
        #expect(header.names == ["code", "name", "X", "code"])
        #expect(header.duplicateNames == ["code"])
        #expect(header.index(of: "code") == 0)
        #expect(header.value("X", in: table.records[0]) == "3")
        let empty = try #require(Self.csvError("\n\n"))
        #expect(empty.reason == .missingHeader)
        #expect(empty.exchangeError(file: "e.csv") == .unexpectedContent(file: "e.csv", reason: empty.localizedMessage))
    }

    @Test("a GBK file (as Excel on Chinese Windows saves it) reads by detection")
    func gbkFile() throws {
        // "code,name\r\n150702,海拉尔区\r\n" with 海拉尔 in GBK (BA A3 C0 AD B6 FB) and 区 (C7 F8).
        let bytes = Array("code,name\r\n150702,".utf8) + TextEncodingTests.hailarGBK + [0xC7, 0xF8] + Array("\r\n".utf8)
        let table = try CSVReader.parse(bytes: bytes)
        #expect(table.encoding == .gb18030)
        #expect(table.records == [CSVRecord(line: 2, fields: ["150702", "海拉尔区"])])
        let path = try Self.temporaryFile(bytes)
        #expect(try CSVReader.read(path: path).records == table.records)
        let stream = try CSVRecordStream(path: path)
        #expect(stream.encoding == .gb18030)
        #expect(Self.drain(stream).records == table.records)
    }

    @Test("undecodable bytes: a CSV error with the decoder's position")
    func undecodable() throws {
        let bytes = Array("code,name\n1,".utf8) + [0xFF] + Array("\n".utf8)
        do {
            _ = try CSVReader.parse(bytes: bytes, file: "bad.csv")
            Issue.record("expected an error")
        } catch {
            guard case .undecodable(let decoding) = error.reason else { Issue.record("wrong reason \(error)"); return }
            #expect(decoding.offset == 12)
            #expect(error.line == 2)
            #expect(error.description.hasPrefix("bad.csv:2:3: byte offset 12: "))
        }
    }

    @Test("an unreadable file names the system's reason")
    func unreadable() throws {
        do {
            _ = try CSVReader.read(path: "/nonexistent/units.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == .unreadable("No such file or directory"))
            #expect(error.exchangeError() == .unreadable(file: "/nonexistent/units.csv", reason: "No such file or directory"))
        }
        #expect(throws: CSVError.self) { try CSVRecordStream(path: "/nonexistent/units.csv") }
        #expect(throws: CSVError.self) { try CSVRecordStream(path: "/tmp") }
    }

    // MARK: Streaming

    static let tricky: [UInt8] = [0xEF, 0xBB, 0xBF] + Array((
        "number,line,note\r\n" +
        "1523001Q,1523,\"on the 蒙黑 line, \"\"main\"\" marker\"\r\n" +
        "1523002Q,1523,\"two\r\nlines ᠮ𠀀\"\r\n" +
        "\r\n" +
        "1523003Q,1523,\r\n" +
        "1523004Q,1523,last without line end"
    ).utf8)

    @Test("streaming gives the same records as reading whole, for any chunk size", arguments: [1, 2, 3, 5, 7, 64, 1 << 16])
    func streamingChunks(chunkSize: Int) throws {
        let path = try Self.temporaryFile(Self.tricky)
        let whole = try CSVReader.read(path: path)
        #expect(whole.records.map(\.line) == [2, 3, 6, 7])   // 1523002Q spans lines 3 and 4; line 5 is blank
        for encoding in [TextEncodingOption.auto, .utf8] {
            let stream = try CSVRecordStream(path: path, options: CSVOptions(encoding: encoding), chunkSize: chunkSize)
            #expect(stream.header == whole.header)
            #expect(stream.expectedFieldCount == 3)
            let (records, errors) = Self.drain(stream)
            #expect(errors.isEmpty)
            #expect(records == whole.records)
        }
    }

    @Test("streaming: a wrong field count is thrown and reading goes on")
    func streamingFieldCount() throws {
        let path = try Self.temporaryFile(Array("a,b\n1,2\n3\n4,5,6\n7,8\n".utf8))
        let stream = try CSVRecordStream(path: path)
        let (records, errors) = Self.drain(stream)
        #expect(records.map(\.line) == [2, 5])
        #expect(errors == [
            CSVError(.fieldCount(expected: 2, found: 1), file: path, line: 3),
            CSVError(.fieldCount(expected: 2, found: 3), file: path, line: 4),
        ])
        #expect(try stream.next() == nil)
    }

    @Test("streaming forced UTF-8: records before a bad byte come first, then its exact position", arguments: [3, 1 << 16])
    func streamingUndecodable(chunkSize: Int) throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("a,b\r\n1,海\r\n2,".utf8) + TextEncodingTests.hailarGBK + Array("\r\n".utf8)
        // Offsets: BOM 0...2; a , b CR LF 3...7; 1 , 海 CR LF 8...14; 2 , 15, 16; GBK from 17.
        let path = try Self.temporaryFile(bytes)
        let stream = try CSVRecordStream(path: path, options: CSVOptions(encoding: .utf8), chunkSize: chunkSize)
        let (records, errors) = Self.drain(stream)
        #expect(records == [CSVRecord(line: 2, fields: ["1", "海"])])
        #expect(errors.count == 1)
        guard case .undecodable(let decoding)? = errors.first?.reason else { Issue.record("wrong errors \(errors)"); return }
        #expect(decoding.offset == 17)
        #expect(decoding.line == 3)
        #expect(decoding.column == 3)
        #expect(decoding.bytes == [0xBA, 0xA3, 0xC0, 0xAD])
        // The whole-file reader agrees.
        do {
            _ = try CSVReader.read(path: path, options: CSVOptions(encoding: .utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error == errors[0])
        }
    }

    @Test("streaming: an unterminated quote after good records")
    func streamingUnterminated() throws {
        let path = try Self.temporaryFile(Array("a,b\n1,2\n3,\"open\n4,5\n".utf8))
        let stream = try CSVRecordStream(path: path, options: CSVOptions(), chunkSize: 4)
        let (records, errors) = Self.drain(stream)
        #expect(records.map(\.line) == [2])
        #expect(errors == [CSVError(.unterminatedQuote, file: path, line: 3, column: 3)])
        #expect(try stream.next() == nil)
    }

    @Test("streaming an empty file with a header expected")
    func streamingEmpty() throws {
        let path = try Self.temporaryFile([0xEF, 0xBB, 0xBF])
        #expect(throws: CSVError(.missingHeader, file: path, line: 1)) { try CSVRecordStream(path: path) }
        let headerless = try CSVRecordStream(path: path, options: CSVOptions(hasHeader: false))
        #expect(try headerless.next() == nil)
    }

    // MARK: Real data

    /// The NBS 2022 village-level list for Hulunbuir (1507): UTF-8 without BOM, LF line ends, no quoted fields,
    /// nine columns. Its data rows were counted independently with Python's csv module:
    /// `python3 -c "import csv; print(sum(1 for _ in csv.reader(open('nbs2022_hulunbuir_villages.csv', newline='', encoding='utf-8'))) - 1)"`
    /// → 1267 (SOURCES.md says the same: 1 267 village-level units; 14 counties, 158 townships).
    @Test("the real NBS 2022 Hulunbuir village list: 1267 rows, whole and streamed",
          .enabled(if: TestFixtures.realData("nbs2022_hulunbuir_villages.csv") != nil, TestFixtures.realDataMissing))
    func realVillages() throws {
        let path = try #require(TestFixtures.realData("nbs2022_hulunbuir_villages.csv"))
        let table = try CSVReader.read(path: path)
        #expect(table.encoding == .utf8)
        #expect(table.problems.isEmpty)
        #expect(table.records.count == 1267)
        let header = try #require(table.header)
        #expect(header.names == ["city_code", "city_name", "county_code", "county_name", "township_code",
                                 "township_name", "village_code", "village_name", "urban_rural_type"])
        #expect(table.records.first?.fields == ["150700000000", "呼伦贝尔市", "150702000000", "海拉尔区", "150702001000",
                                                "正阳街道", "150702001001", "天润居委会", "111"])
        #expect(table.records.first?.line == 2)
        #expect(table.records.last?.line == 1268)
        #expect(header.value("village_name", in: table.records.last!) == "敖鲁古雅社区居委会")
        #expect(Set(table.records.compactMap { header.value("county_code", in: $0) }).count == 14)
        #expect(Set(table.records.compactMap { header.value("township_code", in: $0) }).count == 158)

        let stream = try CSVRecordStream(path: path)
        let (records, errors) = Self.drain(stream)
        #expect(errors.isEmpty)
        #expect(records == table.records)
    }
}
