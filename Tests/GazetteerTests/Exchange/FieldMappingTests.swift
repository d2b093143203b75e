import Testing
@testable import Gazetteer

/// `--map field=source,…`: parsing, identity for unmapped fields, errors for malformed pairs and duplicates.
@Suite("Exchange field mapping")
struct FieldMappingTests {
    /// The mapping error for `spec`, or `nil` (recording an issue) when it parses.
    static func mappingError(_ spec: String, sourceLocation: SourceLocation = #_sourceLocation) -> FieldMappingError? {
        do {
            let mapping = try FieldMapping(parsing: spec)
            Issue.record("expected an error, parsed \(mapping)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test("mapped fields read their source; unmapped ones their own name")
    func sources() throws {
        let mapping = try FieldMapping(parsing: "code=adcode,name=name")
        #expect(mapping.source(for: "code") == "adcode")
        #expect(mapping.source(for: "name") == "name")
        #expect(mapping.source(for: "parent") == "parent")
        #expect(mapping.isMapped("code"))
        #expect(!mapping.isMapped("parent"))
        #expect(mapping.pairs.map(\.field) == ["code", "name"])
        #expect(mapping.description == "code=adcode,name=name")

        let upper = try FieldMapping(parsing: "code=QUHUADAIMA,name=NAME")
        #expect(upper.source(for: "code") == "QUHUADAIMA")
        #expect(upper.source(for: "name") == "NAME")
    }

    @Test("Chinese column names, spaces and full-width separators")
    func chinese() throws {
        let mapping = try FieldMapping(parsing: "number=点号,x=X,y=Y,height=H")
        #expect(mapping.source(for: "number") == "点号")
        #expect(mapping.source(for: "height") == "H")
        let typed = try FieldMapping(parsing: " number ＝ 点号 ， x=X ,y = Y")
        #expect(typed == (try FieldMapping(parsing: "number=点号,x=X,y=Y")))
        #expect(typed.source(for: "number") == "点号")
    }

    @Test("identity: no option, an empty one, or blanks")
    func identity() throws {
        #expect(FieldMapping().isIdentity)
        #expect(try FieldMapping(parsing: "").isIdentity)
        #expect(try FieldMapping(parsing: "  ").isIdentity)
        #expect(FieldMapping().source(for: "code") == "code")
    }

    @Test("one source may feed several fields")
    func sharedSource() throws {
        let mapping = try FieldMapping(parsing: "name=NAME,specific=NAME")
        #expect(mapping.source(for: "specific") == "NAME")
    }

    @Test("malformed pairs", arguments: [
        ("code", "no '='"), ("code=", "no column or property name"), ("=adcode", "no field name"),
        ("code=a,,name=b", "an empty pair"), ("code=a,", "an empty pair"), ("code=a=b", "more than one '='"),
    ])
    func malformed(_ spec: String, _ reason: String) throws {
        let error = try #require(Self.mappingError(spec))
        guard case .malformedPair(_, let found) = error else { Issue.record("wrong error \(error)"); return }
        #expect(found.hasPrefix(reason))
        #expect(error.description.hasPrefix("--map: \""))
    }

    @Test("a field mapped twice, in one value or across repeated --map values")
    func duplicates() throws {
        #expect(Self.mappingError("code=a,name=n,code=b") == .duplicateField("code", first: "a", second: "b"))
        #expect(throws: FieldMappingError.duplicateField("x", first: "X", second: "E")) {
            try FieldMapping(parsing: ["number=点号,x=X", "x=E"])
        }
        let combined = try FieldMapping(parsing: ["number=点号", "x=X,y=Y"])
        #expect(combined.source(for: "y") == "Y")
        #expect(throws: FieldMappingError.self) { try FieldMapping([("code", "a"), ("code", "b")]) }
        #expect(FieldMappingError.duplicateField("code", first: "a", second: "b").description
                == "--map: field \"code\" is mapped twice (to \"a\" and \"b\")")
    }

    @Test("unknown fields are caught against the layer's schema")
    func validation() throws {
        let known = ["code", "name", "parent", "level"]
        try FieldMapping(parsing: "code=adcode,name=名称").validate(knownFields: known)
        #expect(throws: FieldMappingError.unknownField("nmae", known: known)) {
            try FieldMapping(parsing: "code=adcode,nmae=名称").validate(knownFields: known)
        }
    }

    @Test("with a CSV header: each field's value comes from its mapped column")
    func withCSV() throws {
        let table = try CSVReader.parse("点号,X,Y,H\n1523001Q,5500000.1,500000.2,612.5\n")
        let mapping = try FieldMapping(parsing: "number=点号,x=X,y=Y,height=H")
        let header = try #require(table.header)
        let record = table.records[0]
        #expect(header.value(mapping.source(for: "number"), in: record) == "1523001Q")
        #expect(header.value(mapping.source(for: "height"), in: record) == "612.5")
        #expect(header.missing(["number", "x"].map(mapping.source(for:))).isEmpty)
    }
}
