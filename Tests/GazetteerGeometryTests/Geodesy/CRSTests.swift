import Foundation
import Testing
@testable import GazetteerGeometry

/// CRS resolution through PROJ's database; names as `projinfo EPSG:n` prints them.
@Suite("Geodesy CRS")
struct CRSTests {
    @Test("EPSG:4490 is CGCS2000 geographic")
    func cgcs2000() throws {
        let crs = try CRS("EPSG:4490")
        // `projinfo EPSG:4490` → GEOGCRS["China Geodetic Coordinate System 2000", …
        #expect(crs.name.contains("China Geodetic Coordinate System 2000"))
        #expect(crs.isGeographic)
        #expect(crs.definition == "EPSG:4490")
        #expect(CRS.cgcs2000 == crs)
        #expect(try CRS.epsg(4490) == crs)
    }

    @Test("a bare number and a lower-case prefix are normalised", arguments: ["4549", "epsg:4549", " EPSG:4549 ", "EpSg:4549"])
    func normalised(_ text: String) throws {
        let crs = try CRS(text)
        #expect(crs.definition == "EPSG:4549")
        #expect(crs.name == "CGCS2000 / 3-degree Gauss-Kruger CM 120E")
        #expect(!crs.isGeographic)
    }

    @Test("a PROJ string is accepted as given")
    func projString() throws {
        let crs = try CRS("+proj=longlat +ellps=GRS80 +no_defs +type=crs")
        #expect(crs.isGeographic)
        #expect(crs.definition == "+proj=longlat +ellps=GRS80 +no_defs +type=crs")
    }

    @Test("an unknown code throws unknownCRS with PROJ's message", arguments: ["EPSG:999999", "999999"])
    func unknown(_ text: String) {
        #expect {
            _ = try CRS(text)
        } throws: { error in
            guard case GeodesyError.unknownCRS(let definition, let message) = error else { return false }
            return definition == text && !message.isEmpty
        }
    }

    @Test("definitions PROJ resolves to something other than a CRS throw notACRS",
          arguments: ["urn:ogc:def:ellipsoid:EPSG::7030", "+proj=merc"])
    func notACRS(_ definition: String) {
        #expect {
            _ = try CRS(definition)
        } throws: { error in
            guard case GeodesyError.notACRS(let d, _) = error else { return false }
            return d == definition
        }
    }

    @Test("the EPSG code of an ellipsoid or a datum throws notACRS, not unknownCRS", arguments: ["EPSG:7030", "EPSG:6326"])
    func ellipsoidCode(_ code: String) {
        // EPSG:7030 is the WGS 84 ellipsoid and EPSG:6326 the WGS 84 datum: real EPSG codes, so "unknown" misleads.
        #expect {
            _ = try CRS(code)
        } throws: { error in
            guard case GeodesyError.notACRS(let definition, _) = error else { return false }
            return definition == code
        }
    }

    @Test("the notACRS message names the kind of object in words")
    func notACRSMessage() {
        do {
            _ = try CRS("urn:ogc:def:ellipsoid:EPSG::7030")
            Issue.record("the WGS 84 ellipsoid resolved as a CRS")
        } catch {
            // The description reads "'…' is a <kind>, not a coordinate reference system"; the kind should be
            // something a user understands ("ellipsoid"), not a C enum's debug form ("PJ_TYPE(rawValue: 1)").
            let kind = error.description.replacingOccurrences(of: "urn:ogc:def:ellipsoid:EPSG::7030", with: "")
            #expect(kind.lowercased().contains("ellipsoid"), "description was: \(error.description)")
            #expect(!error.description.contains("rawValue"), "description was: \(error.description)")
        }
    }

    @Test("unknownCRS carries PROJ's reason, not a bare error number")
    func unknownCRSMessage() {
        // `cs2cs EPSG:4490 EPSG:999999` reports "crs not found"; PROJ 9.1 gives only PROJ_ERR_OTHER (4096) through
        // proj_context_errno, and sends its reason to the log.
        do {
            _ = try CRS("EPSG:999999")
            Issue.record("EPSG:999999 resolved")
        } catch {
            #expect(!error.description.contains("Unknown error"), "description was: \(error.description)")
        }
    }

    // Regression (data-safety 9): proj_create alone reads "foo" as the approximate name of Amersfoort (EPSG:4289,
    // `projinfo foo` prints it), so `--crs foo` reprojected from a Dutch datum.
    @Test("a definition that is no code, WKT, PROJ string or exact name throws unrecognizedCRS naming it",
          arguments: ["foo", "not a crs", "", "Amersfoort RD", "CGCS2000 3 degree", "EPSG 4549", "foo:bar"])
    func unrecognized(_ text: String) {
        #expect {
            _ = try CRS(text)
        } throws: { error in
            guard let error = error as? GeodesyError, case .unrecognizedCRS(let definition, let candidates) = error else { return false }
            return definition == text && candidates.isEmpty
                && error.description.contains("'\(text)'") && error.chineseDescription.contains("“\(text)”")
        }
    }

    // Codes as `projinfo "NAME"` prints them for each exact name.
    @Test("the exact name of one 2D CRS resolves to its code", arguments: [
        ("CGCS2000 / 3-degree Gauss-Kruger CM 120E", "EPSG:4549"), ("Beijing 1954", "EPSG:4214"), ("WGS 84", "EPSG:4326"),
        ("China Geodetic Coordinate System 2000", "EPSG:4490"),
    ])
    func exactName(_ name: String, _ code: String) throws {
        let crs = try CRS(name)
        #expect(crs.definition == code)
        #expect(crs == (try CRS(code)))
    }

    @Test("other authorities' codes, OGC URNs and WKT are accepted as exact forms")
    func exactForms() throws {
        #expect(try CRS("ESRI:102100").name == "WGS_1984_Web_Mercator_Auxiliary_Sphere")
        #expect(try CRS("urn:ogc:def:crs:OGC:1.3:CRS84").isGeographic)
        #expect(try CRS("urn:ogc:def:crs:EPSG::4549").name == "CGCS2000 / 3-degree Gauss-Kruger CM 120E")
        let wkt = try CRS.epsg(4549).wkt1()
        #expect(wkt.hasPrefix("PROJCS["))
        #expect(try CRS(wkt).name == "CGCS2000 / 3-degree Gauss-Kruger CM 120E")
    }

    // `projinfo EPSG:4549` prints: AREA["China - onshore between 118°30'E and 121°30'E."], BBOX[24.43,118.5,53.33,121.5].
    @Test("the area of use is PROJ's bounding box in degrees")
    func areaOfUse() throws {
        let area = try #require(try CRS.epsg(4549).areaOfUse)
        #expect(area == Envelope(minX: 118.5, minY: 24.43, maxX: 121.5, maxY: 53.33))
        #expect(try CRS("+proj=longlat +ellps=GRS80 +no_defs +type=crs").areaOfUse == nil)
    }
}
