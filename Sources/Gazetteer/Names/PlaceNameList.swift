import Foundation

/// A list of place names in a CSV file, as `gazetteer names check --csv FILE --map …` reads it.
///
/// Columns are read by the registry's field names (`id`, `name`, `specific`, `generic`, `category`,
/// `subcategory`, `unit`, `romanized`, `mongolian`, `mongolian_latin`, `origin`, `meaning`, `road_width`,
/// `land_area`, `floor_area`, `storeys`, `lon`, `lat`; see docs/LAYERS.md) unless `--map` names other columns.
/// Only `name` is required; a missing `id` is the line number. `category` may hold a category or subcategory
/// code of `categories.tsv` or its Chinese name; an unknown one gives a warning, and the rules for every category
/// still run on that record. Without a category, the category the name's generic fits in `generics.tsv` is taken
/// when there is exactly one (街道 → subdistrict, 村委会 → village).
public enum PlaceNameList {
    /// The fields a `--map` may name.
    public static let fields = Field.allCases.map(\.name)

    /// A field of the list, numbered so that a record's columns are found by position, not by hashing a name.
    enum Field: Int, CaseIterable {
        case id, name, specific, generic, category, subcategory, unit, romanized, mongolian, mongolianLatin
        case origin, meaning, roadWidth, landArea, floorArea, storeys, lon, lat

        /// The field's name, as `--map` and docs/LAYERS.md spell it.
        var name: String {
            switch self {
            case .mongolianLatin: return "mongolian_latin"
            case .roadWidth: return "road_width"
            case .landArea: return "land_area"
            case .floorArea: return "floor_area"
            default: return String(describing: self)
            }
        }
    }

    /// The names of the CSV file at `path`, and warnings about records whose category is unknown.
    /// - Throws: ``ExchangeError`` when the file cannot be read as CSV or has no `name` column.
    public static func read(path: String, mapping: FieldMapping, rules: NameRuleSet) throws -> (names: [CheckedName], warnings: [Finding]) {
        let reader = try Reader(path: path, mapping: mapping, rules: rules)
        var names: [CheckedName] = []
        while let name = try reader.next() {
            // Room for the whole file once its first chunk is read: half a million records grown by doubling
            // were copied about twice over, a third of the reading.
            if names.isEmpty { names.reserveCapacity(reader.estimatedCount) }
            names.append(name)
        }
        return (names, reader.warnings)
    }

    /// The names of a CSV list one at a time, streamed: half a million records are turned into names as they are
    /// read, never held as text rows too.
    final class Reader {
        /// Warnings about the records read so far whose category is unknown.
        private(set) var warnings: [Finding] = []
        private let path: String
        private let stream: CSVRecordStream
        private let rules: NameRuleSet
        /// Each field's column, looked up once, and then by the field's number, not hashed per record.
        private let columns: [Int?]

        /// Opens the list and checks its header.
        /// - Throws: ``ExchangeError`` when the file cannot be read as CSV or has no `name` column.
        init(path: String, mapping: FieldMapping, rules: NameRuleSet) throws {
            do { stream = try CSVRecordStream(path: path) } catch { throw error.exchangeError(file: path) }
            guard let header = stream.header else {
                throw ExchangeError.unexpectedContent(file: path, reason: LocalizedText(zh: "没有表头行", en: "no header line"))
            }
            let nameColumn = mapping.source(for: "name")
            guard header.index(of: nameColumn) != nil else {
                throw ExchangeError.unexpectedContent(file: path, reason: LocalizedText(
                    zh: "没有名称列“\(nameColumn)”（用 --map name=列名 指定）", en: "no name column '\(nameColumn)' (name it with --map name=COLUMN)"))
            }
            self.path = path
            self.rules = rules
            columns = Field.allCases.map { header.index(of: mapping.source(for: $0.name)) }
        }

        /// About how many names the file holds, with an eighth to spare (for reserving room; 0 before the first
        /// name is read).
        var estimatedCount: Int { stream.estimatedRecordCount + stream.estimatedRecordCount / 8 }

        /// The next name; records without a name are skipped.
        /// - Throws: ``ExchangeError`` when the file stops being readable CSV.
        func next() throws -> CheckedName? {
            while true {
                let next: CSVRecord?
                do { next = try stream.next() } catch { throw error.exchangeError(file: path) }
                guard let record = next else { return nil }
                if let name = name(of: record) { return name }
            }
        }

        private func name(of record: CSVRecord) -> CheckedName? {
            func value(_ field: Field) -> String? {
                guard let column = columns[field.rawValue], column < record.fields.count else { return nil }
                let text = record.fields[column].trimmedWhitespace
                return text.isEmpty ? nil : text
            }
            guard let standard = value(.name) else { return nil }
            let id = value(.id) ?? "line \(record.line)"
            var category = PlaceCategory.other
            var subcategory = value(.subcategory)
            var known = true
            if let text = value(.category) {
                if let resolved = rules.resolveCategory(text) {
                    category = resolved.category
                    subcategory = subcategory ?? resolved.subcategory
                } else {
                    known = false
                    warnings.append(Finding(.importRecordWarning, subjects: [id], file: path, record: "line \(record.line)", field: "category", values: [
                        "record": .text("line \(record.line) (\(id) \(standard))"), "field": .text("category"),
                        "reason": .localized(LocalizedText(zh: "类别“\(text)”不在 categories.tsv 中，只运行不分类别的规则",
                                                           en: "category '\(text)' is not in categories.tsv; only the rules for every category run")),
                    ]))
                }
            } else if let inferred = rules.index.genericEntry(endingOf: Array(standard.unicodeScalars))?.category {
                // No category column (the NBS lists): the generic tells (团结村委会 → village, 胜利街道 → subdistrict).
                category = inferred.category
                subcategory = subcategory ?? inferred.subcategory
            } else {
                known = false
            }
            var geometry: Geometry?
            if let lon = value(.lon).flatMap(Double.init), let lat = value(.lat).flatMap(Double.init) { geometry = .point(Point(x: lon, y: lat)) }
            let name = PlaceName(
                id: id,
                names: NameForms(standard: standard, specific: value(.specific), generic: value(.generic), romanized: value(.romanized),
                                 mongolian: value(.mongolian), mongolianLatin: value(.mongolianLatin)),
                category: category, subcategory: subcategory, unitCode: value(.unit), geometry: geometry,
                meaning: value(.meaning), origin: value(.origin),
                scale: PlaceScale(roadWidth: value(.roadWidth).flatMap(Double.init), landArea: value(.landArea).flatMap(Double.init),
                                  floorArea: value(.floorArea).flatMap(Double.init), storeys: value(.storeys).flatMap { Int($0) }))
            return CheckedName(name, categoryKnown: known, file: path, line: record.line, mongolianRecorded: columns[Field.mongolian.rawValue] != nil)
        }
    }
}
