/// The reports of `gazetteer geometry validate` and `gazetteer geometry measure`, built here so that the CLI and
/// the HTTP service present the same findings.
extension GeometryValidation {
    /// The validity report of a file's features: one finding per invalid or unreadable feature, every readable
    /// geometry as a subject for the map.
    public static func report(_ verdicts: [FeatureValidity], features: [GeoJSONFeature], file: String, idField: String? = nil) -> FindingReport {
        let findings = verdicts.compactMap { $0.finding(file: file) }
        let subjects = features.compactMap { feature -> ReportSubject? in
            guard case .success(let geometry)? = feature.geometry else { return nil }
            return ReportSubject(id: feature.label(idField: idField), name: feature.name, geometry: geometry)
        }
        let rejected = verdicts.filter { !$0.isAcceptable }.count
        return FindingReport(
            title: LocalizedText(zh: "几何有效性检查", en: "Geometry validity"), source: file, subjects: subjects,
            findings: findings, checked: verdicts.count,
            statement: LocalizedText(zh: "合计 \(verdicts.count) 个要素，\(rejected) 个无效或无法读取。",
                                     en: "\(verdicts.count) features, \(rejected) invalid or unreadable."))
    }
}

extension GeodesicMeasurement {
    /// The measure report of a file's features: one `geometry.measured` finding per feature (located at the
    /// feature's geometry) or `geometry.unmeasurable` when it could not be measured, and the totals.
    public static func report(_ measures: [FeatureMeasure], file: String) -> FindingReport {
        var total = GeodesicMeasure()
        var failed = 0
        for measure in measures {
            switch measure.result {
            case .success(let v):
                total.area += v.area
                total.perimeter += v.perimeter
                total.length += v.length
            case .failure:
                failed += 1
            }
        }
        return FindingReport(
            title: LocalizedText(zh: "几何量算（CGCS2000 椭球）", en: "Geodesic measures (CGCS2000 ellipsoid)"), source: file,
            findings: measures.map { $0.finding(file: file) }, checked: measures.count,
            totals: [
                .init(key: "area_km2", label: LocalizedText(zh: "总面积", en: "total area"), quantity: .squareKilometres(fromSquareMetres: total.area)),
                .init(key: "perimeter_km", label: LocalizedText(zh: "总周长", en: "total perimeter"), quantity: .kilometres(fromMetres: total.perimeter)),
                .init(key: "length_km", label: LocalizedText(zh: "总长度", en: "total length"), quantity: .kilometres(fromMetres: total.length)),
                .init(key: "failed", label: LocalizedText(zh: "无法量算", en: "not measured"), quantity: .count(failed)),
            ],
            statement: LocalizedText(zh: "椭球：CGCS2000；\(measures.count) 个要素，\(failed) 个无法量算。",
                                     en: "Ellipsoid: CGCS2000; \(measures.count) features, \(failed) not measured."))
    }
}
