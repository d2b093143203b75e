import Foundation
import Testing
@testable import Gazetteer

/// The writer: UTF-8 with BOM for Excel, CRLF, minimal quoting, and output the reader reads back exactly.
@Suite("Exchange CSV writer")
struct CSVWriterTests {
    @Test("quoting only where needed", arguments: [
        ("plain", "plain"), ("", ""), (" spaced ", " spaced "), ("海拉尔区", "海拉尔区"),
        ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("\"", "\"\"\"\""),
        ("two\nlines", "\"two\nlines\""), ("cr\rhere", "\"cr\rhere\""), ("tab\there", "tab\there"),
    ])
    func escaping(_ field: String, _ written: String) {
        #expect(CSVWriter.escaped(field) == written)
        #expect(CSVWriter.needsQuoting(field) == (field != written))
    }

    @Test("a tab delimiter quotes tabs, not commas")
    func tabQuoting() {
        #expect(CSVWriter.escaped("tab\there", delimiter: .tab) == "\"tab\there\"")
        #expect(CSVWriter.escaped("a,b", delimiter: .tab) == "a,b")
    }

    @Test("output: EF BB BF, then records with CRLF")
    func bytes() {
        let bytes = CSVWriter.encode([["code", "name"], ["150702", "海拉尔区, \"城区\""]])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(bytes.dropFirst(3)) == Array("code,name\r\n150702,\"海拉尔区, \"\"城区\"\"\"\r\n".utf8))
        #expect(CSVWriter.encode([["a"]], byteOrderMark: false) == Array("a\r\n".utf8))
    }

    @Test("a record of one empty field is written as \"\" so that it is not read as a blank line")
    func singleEmptyField() throws {
        let bytes = CSVWriter.encode([["name"], [""], ["x"]])
        let table = try CSVReader.parse(bytes: bytes)
        #expect(table.records.map(\.fields) == [[""], ["x"]])
    }

    /// Fields that exercise every quoting rule and several scripts.
    static let awkward: [[String]] = [
        ["code", "name", "note", "mongolian"],
        ["150702", "海拉尔区", "", "ᠬᠠᠶᠢᠯᠠᠷ"],
        ["150724", "鄂温克族自治旗", "a, b; c", "𠀀 extension B"],
        ["", "\"quoted\"", "line one\r\nline two\nline three\rend", " lead and trail "],
        ["\"", ",", "\r\n", "\t"],
    ]

    @Test("written bytes read back to the same fields, in memory and through a file")
    func roundTrip() throws {
        let bytes = CSVWriter.encode(Self.awkward)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let table = try CSVReader.parse(bytes: bytes)
        #expect(table.encoding == .utf8)
        #expect(table.problems.isEmpty)
        #expect([table.header!.names] + table.records.map(\.fields) == Self.awkward)

        let folder = try TestFixtures.temporaryDirectory()
        let path = folder.appendingPathComponent("out.csv").path
        try CSVWriter.write(Self.awkward, to: path)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Array(written) == bytes)
        let stream = try CSVRecordStream(path: path)
        #expect(stream.header?.names == Self.awkward[0])
        var records: [[String]] = []
        while let record = try stream.next() { records.append(record.fields) }
        #expect(records == Array(Self.awkward.dropFirst()))
    }

    @Test("the file writer flushes in pieces and a TSV reads back by its extension")
    func fileWriter() throws {
        let path = try TestFixtures.temporaryDirectory().appendingPathComponent("big.tsv").path
        let writer = try CSVFileWriter(path: path, delimiter: .tab)
        try writer.writeRecord(["number", "line", "note"])
        for i in 0..<5000 { try writer.writeRecord(["1523\(i)Q", "1523", "蒙黑线\t界桩 \(i)"]) }
        try writer.close()
        try writer.close()   // a second close does nothing
        let table = try CSVReader.read(path: path)
        #expect(table.records.count == 5000)
        #expect(table.records[4321].fields == ["15234321Q", "1523", "蒙黑线\t界桩 4321"])
        #expect(table.records[4321].line == 4323)
    }

    @Test("the file writer publishes whole files only: dropped unclosed, it leaves the old file and no debris")
    func fileWriterAbandoned() throws {
        let folder = try TestFixtures.temporaryDirectory()
        let path = folder.appendingPathComponent("worklist.csv").path
        try "old\r\n".write(toFile: path, atomically: false, encoding: .utf8)
        do {
            let writer = try CSVFileWriter(path: path)
            for i in 0..<20_000 { try writer.writeRecord(["\(i)", "界桩"]) }   // several blocks already written
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["worklist.csv"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\r\n")
        #expect(throws: CSVError(.unwritable("Is a directory"), file: folder.path, line: 0)) {
            try CSVWriter.write([["a"]], to: folder.path)
        }
    }

    @Test("a file that cannot be created is an error with the system's reason")
    func unwritable() {
        #expect(throws: CSVError(.unwritable("No such file or directory"), file: "/nonexistent/out.csv", line: 0)) {
            try CSVWriter.write([["a"]], to: "/nonexistent/out.csv")
        }
        let error = CSVError(.unwritable("No space left on device"), file: "out.csv", line: 0)
        #expect(error.description == "out.csv: cannot write: No space left on device")
    }

    @Test("fields appended one by one make the record writeRecord makes")
    func appendedFields() {
        var whole = CSVWriter(), pieces = CSVWriter()
        for record in Self.awkward where record.count > 1 {
            whole.writeRecord(record)
            for field in record { pieces.append(field: field) }
            pieces.endRecord()
        }
        #expect(pieces.bytes == whole.bytes)
    }

    @Test("integers: sign and every digit", arguments: [
        (0, "0"), (7, "7"), (-5, "-5"), (4549, "4549"), (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808"),
    ])
    func integers(_ value: Int, _ text: String) {
        var writer = CSVWriter(byteOrderMark: false)
        writer.append(field: "a")
        writer.append(integer: value)
        writer.endRecord()
        #expect(writer.bytes == Array("a,\(text)\r\n".utf8))
    }

    @Test("thousandths: the text String(Double) gives the value rounded to 0.001, empty for nil and non-finite", arguments: [
        (24130.386, "24130.386"), (491308, "491308"), (491308.0004, "491308"), (0.5, "0.5"), (0.05, "0.05"),
        (0.0005, "0.001"), (-0.0004, "0"), (-2.25, "-2.25"), (-0.5, "-0.5"), (5655936.3944, "5655936.394"),
        (1e13, "10000000000000"), (123456789012.3456, "123456789012.346"),
    ])
    func thousandths(_ value: Double, _ text: String) {
        var writer = CSVWriter(byteOrderMark: false)
        writer.append(thousandths: value)
        #expect(writer.bytes == Array(text.utf8))
    }

    @Test("thousandths of 100,000 seeded values equal JSONWriter's text of the rounded value")
    func thousandthsAgainstJSON() {
        var generator = MalformedInputFuzzTests.SplitMix(state: 20261203)
        for k in 0..<100_000 {
            // Magnitudes from 1e-4 to 1e13, both signs: past the 1e12 switch to the general path.
            let magnitude = pow(10, Double(generator.next() % 1_700_000) / 100_000 - 4)
            let value = (generator.next() % 2 == 0 ? 1 : -1) * magnitude * Double(generator.next() % 1000 + 1) / 1000
            var writer = CSVWriter(byteOrderMark: false)
            writer.append(thousandths: value)
            var expected = ""
            JSONWriter.writeNumber((value * 1000).rounded() / 1000, precision: nil, to: &expected)
            if String(decoding: writer.bytes, as: UTF8.self) != expected {
                Issue.record("value #\(k) \(value): \(String(decoding: writer.bytes, as: UTF8.self)) vs \(expected)")
                return
            }
        }
        var writer = CSVWriter(byteOrderMark: false)
        writer.append(thousandths: nil)
        writer.append(thousandths: .nan)
        writer.append(thousandths: .infinity)
        writer.endRecord()
        #expect(writer.bytes == Array(",,\r\n".utf8))
    }
}

