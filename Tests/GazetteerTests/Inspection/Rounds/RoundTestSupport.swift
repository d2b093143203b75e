import Foundation
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// A hand-made registry for round tests: line 1523 running north along 122.5°E from 50.00° to 50.10°N, and four
/// single markers on it at 50.02, 50.04, 50.06 and 50.08°N (1523001Q with a recorded accuracy of 0.05 m).
enum RoundFixtures {
    static func registry() throws -> (GeoPackageStore, URL) {
        let (registry, dir) = try RegistryFixtures.emptyRegistry()
        let lines = RegistryFixtures.collection([
            (#"{"code":"1523","name":"蒙黑线","level":"provincial","left_unit":"15","right_unit":"23"}"#,
             #"{"type":"LineString","coordinates":[[122.5,50.0],[122.5,50.1]]}"#),
        ])
        try RegistryFixtures.importFile(try RegistryFixtures.file(dir, "lines.geojson", lines), .lines, into: registry)
        let markers = RegistryFixtures.collection((1...4).map { i in
            let accuracy = i == 1 ? #","accuracy":0.05"# : ""
            return (#"{"number":"152300\#(i)Q","line":"1523","kind":"single","status":"intact"\#(accuracy)}"#,
                    #"{"type":"Point","coordinates":[122.5,\#(50.0 + 0.02 * Double(i))]}"#)
        })
        try RegistryFixtures.importFile(try RegistryFixtures.file(dir, "markers.geojson", markers), .markers, into: registry)
        return (registry, dir)
    }

    /// Opens round 1523-4 (2025) on `registry`.
    @discardableResult
    static func open(_ registry: GeoPackageStore, ordinal: Int = 4, year: Int = 2025) throws -> InspectionRound {
        try InspectionRounds.create(line: "1523", ordinal: ordinal, year: year, parties: ["内蒙古自治区", "黑龙江省"], by: "tester",
                                    on: RegistryDate("\(year)-06-01")!, store: registry, command: "test")
    }

    /// The field file of the hand-made case, in Gauss-Krüger CM 123°E (EPSG:4550), x the easting. The expected
    /// positions come from pyproj (Geod GRS80 fwd, Transformer 4490→4550) and cs2cs, not from this code:
    /// 1523001Q moved 4 m at azimuth 45° from (122.5, 50.02) is E 464169.9228, N 5543194.2442; 1523002Q at its
    /// registered (122.5, 50.04) is E 464181.9537, N 5545416.0128 (cs2cs gives the same).
    static let fieldCSV = """
        点号,E,N,状况,照片,备注,观测员,时间
        1523001Q,464169.9228,5543194.2442,完好,IMG_0001.jpg;IMG_0002.jpg,桩体完好,王立新,2025-06-09T09:30
        1523002Q,464181.9537,5545416.0128,intact,,,王立新,2025-06-09T10:10
        1523003Q,,,丢失,,原址未找到,赵国庆,2025-06-09
        1523099Q,464181.9537,5545416.0128,intact,,抄写的号,赵国庆,2025-06-09

        """

    static let fieldMapping = "number=点号,x=E,y=N,condition=状况,photos=照片,notes=备注,observer=观测员,time=时间"

    /// Reads and imports `text` into round `id`.
    static func importCSV(_ text: String, into id: String, registry: GeoPackageStore, dir: URL, name: String = "field.csv") throws {
        let path = try RegistryFixtures.file(dir, name, text)
        let reader = ObservationReader(mapping: try FieldMapping(parsing: fieldMapping), crs: try CRS("EPSG:4550"))
        try InspectionRounds.importObservations(try reader.read(path), into: id, by: "tester", store: registry, command: "test")
    }
}
