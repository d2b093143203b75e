import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// Positions a transform puts where the source CRS cannot have meant them are refused (data-safety 10).
/// Expected landing positions are PROJ's own, from `cs2cs -f %.6f EPSG:4549 EPSG:4490` (northing easting in, lat lon out).
@Suite("Reprojection refuses positions outside the area of use")
struct ReprojectionTests {
    /// A marker CSV with one row, x and y as given, imported with `crs`.
    func importMarker(x: String, y: String, crs: String) throws -> (GeoPackageStore, Result<ImportResult, Error>) {
        let (registry, dir) = try RegistryFixtures.seeded()
        let csv = try RegistryFixtures.file(dir, "m.csv", "number,line,x,y\n1523003Q,150702-150724,\(x),\(y)\n")
        let result = Result { try RegistryFixtures.importFile(csv, .markers, into: registry, map: "number=number,line=line,x=x,y=y", crs: crs) }
        return (registry, result)
    }

    /// The one geometry issue of a refused import.
    func refusal(_ result: Result<ImportResult, Error>) -> ImportIssue? {
        guard case .failure(let error) = result, let refused = error as? ImportRefused else { return nil }
        return refused.issues.first { $0.field == "geometry" && $0.severity == .error }
    }

    @Test("longitude/latitude imported as EPSG:4549 would land near the equator (115.514127, 0.000446): refused")
    func lonLatAsGaussKruger() throws {
        // echo "49.5 120.5" | cs2cs EPSG:4549 EPSG:4490 → 0.000446 115.514127
        let (registry, result) = try importMarker(x: "120.5", y: "49.5", crs: "EPSG:4549")
        let issue = try #require(refusal(result), "the import was accepted")
        #expect(issue.reason.en.contains("(115.514127, 0.000446)"), "\(issue.reason.en)")
        #expect(issue.reason.en.contains("117.5–122.5°E, 23.43–54°N"), "\(issue.reason.en)")
        #expect(issue.reason.en.contains("the CRS is probably wrong"), "\(issue.reason.en)")
        #expect(issue.reason.zh.contains("坐标系可能不对"), "\(issue.reason.zh)")
        #expect(try registry.counts().first { $0.layer == .markers }?.versions == 0)
    }

    @Test("a northing of 1e10 would land at latitude −17.771839: refused")
    func hugeNorthing() throws {
        // echo "1e10 500000" | cs2cs EPSG:4549 EPSG:4490 → -17.771839 120.000000
        let (_, result) = try importMarker(x: "500000", y: "1e10", crs: "EPSG:4549")
        let issue = try #require(refusal(result), "the import was accepted")
        #expect(issue.reason.en.contains("(120, -17.771839)"), "\(issue.reason.en)")
    }

    @Test("a CRS without an area of use (a PROJ string) is held to China's extent")
    func projStringChinaExtent() throws {
        let gk120 = "+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs +type=crs"
        let (_, refused) = try importMarker(x: "120.5", y: "49.5", crs: gk120)
        #expect(try #require(refusal(refused)).reason.en.contains("73–136°E, 3–54°N"))
        // The same survey point as in RoundTripTests: 5450000 N, 500000 E → 49.183185783 N, 120 E.
        let (_, accepted) = try importMarker(x: "500000", y: "5450000", crs: gk120)
        #expect(try accepted.get().created == 1)
    }

    @Test("a survey running 0.5° past its zone's edge imports; 1.5° past is refused")
    func margin() throws {
        // echo "49.5 118.0" | cs2cs EPSG:4490 EPSG:4549 → 5487157.918 355131.461 (0.5° west of the zone's 118.5°E)
        let (_, inside) = try importMarker(x: "355131.461", y: "5487157.918", crs: "EPSG:4549")
        #expect(try inside.get().created == 1)
        // echo "49.5 117.0" | cs2cs EPSG:4490 EPSG:4549 → 5489562.511 282705.790
        let (_, outside) = try importMarker(x: "282705.790", y: "5489562.511", crs: "EPSG:4549")
        #expect(refusal(outside) != nil)
    }

    @Test("the accepted extent is the CRS's area of use widened by 1°, within China")
    func extent() throws {
        // projinfo EPSG:4549: BBOX[24.43,118.5,53.33,121.5]; EPSG:32651 (UTM 51N): BBOX[0,120,84,126].
        #expect(Reprojection.extent(for: try CRS("EPSG:4549")) == Envelope(minX: 117.5, minY: 23.43, maxX: 122.5, maxY: 54))
        #expect(Reprojection.extent(for: try CRS("EPSG:32651")) == Envelope(minX: 119, minY: 3, maxX: 127, maxY: 54))
        #expect(Reprojection.extent(for: try CRS("EPSG:4326")) == Reprojection.chinaExtent)
    }
}
