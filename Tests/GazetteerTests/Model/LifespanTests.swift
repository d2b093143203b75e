import Testing
@testable import Gazetteer

@Suite("Registry dates and lifespans")
struct LifespanTests {
    @Test("dates parse in the forms spreadsheets write, and reject impossible days")
    func parsing() throws {
        #expect(RegistryDate("2023-05-08")?.description == "2023-05-08")
        #expect(RegistryDate("2023/5/8")?.description == "2023-05-08")
        #expect(RegistryDate("20230508")?.description == "2023-05-08")
        #expect(RegistryDate("2024-02-29") != nil)   // leap year
        #expect(RegistryDate("2023-02-29") == nil)
        #expect(RegistryDate("1900-02-29") == nil)   // divisible by 100, not by 400
        #expect(RegistryDate("2000-02-29") != nil)
        #expect(RegistryDate("2023-13-01") == nil)
        #expect(RegistryDate("23-05-08") == nil)
        #expect(RegistryDate("yesterday") == nil)
    }

    @Test("a date keeps its components at the extremes and orders as the calendar does")
    func componentsAndOrder() throws {
        for (y, m, d) in [(1, 1, 1), (9999, 12, 31), (2024, 2, 29), (2023, 7, 15)] {
            let date = try #require(RegistryDate(year: y, month: m, day: d))
            #expect((date.year, date.month, date.day) == (y, m, d))
        }
        let ordered = ["0001-01-01", "1999-12-31", "2000-01-01", "2000-01-31", "2000-02-01", "2000-12-31", "2001-01-01", "9999-12-31"]
        let dates = try ordered.map { try #require(RegistryDate($0)) }
        for (a, b) in zip(dates, dates.dropFirst()) { #expect(a < b && !(b < a) && a != b) }
        // Written back as read, zero-padded.
        #expect(dates.map(\.description) == ordered)
        #expect(RegistryDate(year: 987, month: 6, day: 5)?.description == "0987-06-05")
        #expect(RegistryDate("2023-05-08") == RegistryDate(year: 2023, month: 5, day: 8))
        #expect(Set(dates + dates).count == dates.count)
        #expect(RegistryDate(year: 10000, month: 1, day: 1) == nil && RegistryDate(year: 0, month: 1, day: 1) == nil)
    }

    @Test("a lifespan includes its first day and excludes its last")
    func contains() throws {
        let from = try #require(RegistryDate("2019-01-01")), to = try #require(RegistryDate("2023-05-08"))
        let span = Lifespan(from: from, to: to)
        #expect(span.contains(from))
        #expect(!span.contains(to))
        #expect(span.contains(try #require(RegistryDate("2023-05-07"))))
        #expect(!span.contains(try #require(RegistryDate("2018-12-31"))))
        #expect(!span.isCurrent && span.isWellFormed)
        #expect(Lifespan(from: from).contains(try #require(RegistryDate("2999-01-01"))))
        #expect(!Lifespan(from: to, to: from).isWellFormed)
    }
}

@Suite("Boundary marker numbers")
struct MarkerNumberTests {
    @Test("the provincial 8-character form splits into line, sequence and type", arguments: [
        ("1523001Q", "1523", 1, MarkerKind.single),
        ("1523165A", "1523", 165, .pair),
        ("1523165b", "1523", 165, .pair),
        ("1523999E", "1523", 999, .triple),
    ])
    func provincial(text: String, line: String, sequence: Int, kind: MarkerKind) throws {
        let number = try #require(ProvincialMarkerNumber(text))
        #expect(number.lineCode == line && number.sequence == sequence && number.kind == kind)
        #expect(number.description == text.uppercased())
    }

    @Test("other forms are not provincial numbers", arguments: ["1253165", "1523000Q", "1523001X", "238184I", "蒙黑0001", ""])
    func notProvincial(text: String) {
        #expect(ProvincialMarkerNumber(text) == nil)
    }

    @Test("levels follow from codes")
    func levels() {
        #expect(AdminLevel(code: "150000") == .province)
        #expect(AdminLevel(code: "150700") == .prefecture)
        #expect(AdminLevel(code: "150702") == .county)
        #expect(AdminLevel(code: "150702001000") == .township)
        #expect(AdminLevel(code: "150702001001") == .village)
        #expect(AdminLevel(code: "15070") == nil)
        #expect(AdminLevel(code: "15O702") == nil)
    }
}
