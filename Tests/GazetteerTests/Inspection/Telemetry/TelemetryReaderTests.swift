import Foundation
import Testing
@testable import Gazetteer

/// Reading device messages: JSON lines and CSV, offsets, --map, and every malformed row reported with its line.
@Suite("Telemetry reader")
struct TelemetryReaderTests {
    func write(_ name: String, _ text: String) throws -> String {
        let path = try TestFixtures.temporaryDirectory().appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("ISO 8601 times with +08:00, +0800, Z and fractions; none without an offset")
    func times() {
        // 2025-06-01T00:00:00Z is 1,748,736,000 s after the epoch (Python's datetime).
        #expect(TelemetryTime.parse("2025-06-01T08:00:00+08:00")?.timeIntervalSince1970 == 1_748_736_000)
        #expect(TelemetryTime.parse("2025-06-01T08:00:00+0800")?.timeIntervalSince1970 == 1_748_736_000)
        #expect(TelemetryTime.parse("2025-06-01T00:00:00Z")?.timeIntervalSince1970 == 1_748_736_000)
        #expect(TelemetryTime.parse("2025-06-01T00:00:00.500Z")?.timeIntervalSince1970 == 1_748_736_000.5)
        #expect(TelemetryTime.parse("2025-06-01T08:00:00") == nil)
        #expect(TelemetryTime.parse("2025-06-01") == nil)
    }

    @Test("JSON lines: fields, optional sensors, blank lines skipped")
    func jsonLines() throws {
        let path = try write("t.jsonl", """
            {"device_id":"D1","time":"2025-06-01T08:00:00+08:00","lon":119.5,"lat":49.2,"tilt":0.4,"battery":88,"tamper":false}

            {"device_id":"D1","time":"2025-06-01T02:00:00Z","lon":119.5,"lat":49.2}
            """)
        let messages = try TelemetryReader.read(path: path)
        #expect(messages.count == 2)
        #expect(messages[0].tilt == 0.4 && messages[0].battery == 88 && messages[0].tamper == false)
        #expect(messages[1].line == 3 && messages[1].tilt == nil && messages[1].tamper == nil)
        #expect(messages[1].time.timeIntervalSince(messages[0].time) == 2 * 3600)
    }

    @Test("CSV with Chinese column names through --map")
    func mappedCSV() throws {
        let path = try write("t.csv", "设备,时间,经度,纬度,防拆\nD1,2025-06-01T08:00:00+08:00,119.5,49.2,1\n")
        let mapping = try FieldMapping(parsing: "device_id=设备,time=时间,lon=经度,lat=纬度,tamper=防拆")
        let messages = try TelemetryReader.read(path: path, mapping: mapping)
        #expect(messages.map(\.deviceId) == ["D1"])
        #expect(messages.first?.tamper == true)
        #expect(messages.first?.position == Coordinate(119.5, 49.2))
    }

    @Test("malformed rows: every one reported with its line and field, nothing returned")
    func malformed() throws {
        let path = try write("bad.jsonl", """
            {"device_id":"D1","time":"2025-06-01T08:00:00+08:00","lon":119.5,"lat":49.2}
            {"device_id":"D1","time":
            {"device_id":"D1","lon":119.5,"lat":49.2}
            {"device_id":"D1","time":"2025-06-01 08:00","lon":119.5,"lat":49.2}
            {"device_id":"D1","time":"2025-06-01T08:00:00+08:00","lon":119.5,"lat":49.2,"battery":3.7e2,"tilt":"x"}
            [1,2]
            """)
        do {
            _ = try TelemetryReader.read(path: path)
            Issue.record("expected an error")
        } catch let error as TelemetryInputError {
            #expect(error.problems.map(\.line) == [2, 3, 4, 5, 5, 6])
            #expect(error.problems.map(\.field) == [nil, "time", "time", "tilt", "battery", nil])
            #expect(error.message(.en).contains("bad.jsonl:4: time:"))
            #expect(error.message(.zh).contains("缺少必填字段"))
        }
    }

    @Test("CSV without a required column names it")
    func missingColumn() throws {
        let path = try write("t.csv", "device_id,time,lon\nD1,2025-06-01T08:00:00+08:00,119.5\n")
        #expect(throws: TelemetryInputError.self) { try TelemetryReader.read(path: path) }
    }

    @Test("a message stamped more than a day after the reading, or placed outside --crs's area of use, is refused")
    func futureTimeAndWrongCRS() throws {
        let path = try write("clock.jsonl", """
            {"device_id":"D1","time":"2025-06-01T08:00:00+08:00","lon":119.5,"lat":49.2}
            {"device_id":"D2","time":"2031-05-01T02:00:00+08:00","lon":119.5,"lat":49.2}
            {"device_id":"D3","time":"2025-06-02T07:00:00+08:00","lon":119.5,"lat":49.2}
            """)
        // Read "on" 2025-06-01 08:00 (+08:00): D3 is 23 hours ahead, within a day; D2 years ahead.
        let now = try #require(TelemetryTime.parse("2025-06-01T08:00:00+08:00"))
        do {
            _ = try TelemetryReader.read(path: path, now: now)
            Issue.record("expected an error")
        } catch let error as TelemetryInputError {
            #expect(error.problems.map(\.line) == [2] && error.problems.map(\.field) == ["time"])
            #expect(error.message(.en).contains("more than a day after the time of reading"))
        }
        #expect(try TelemetryReader.read(path: path).count == 3)
        // Longitude and latitude given with --crs EPSG:4549 land near the equator: refused, as an import refuses them.
        let zone = try write("zone.jsonl", """
            {"device_id":"D1","time":"2025-06-01T08:00:00+08:00","lon":119.5,"lat":49.2}
            {"device_id":"D2","time":"2025-06-01T08:00:00+08:00","lon":482871.1045,"lat":5453442.4463}
            """)
        do {
            _ = try TelemetryReader.read(path: zone, crs: try CRS("EPSG:4549"))
            Issue.record("expected an error")
        } catch let error as TelemetryInputError {
            #expect(error.problems.map(\.line) == [1], "\(error.message(.en))")
            #expect(error.message(.en).contains("the CRS is probably wrong"))
        }
    }
}
