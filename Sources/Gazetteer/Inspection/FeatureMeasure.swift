/// Geodesic measures of one feature of a file, as `gazetteer geometry measure` reports them.
public struct FeatureMeasure: Sendable, Equatable {
    /// 0-based position in the file.
    public var index: Int
    /// The feature's label.
    public var label: String
    /// The feature's name, when it has one.
    public var name: String?
    /// The measures, or why they could not be taken.
    public var result: Result<GeodesicMeasure, MeasureFailure>
    /// The geometry measured, in CGCS2000 longitude/latitude (after any transformation), when it could be read.
    public var geometry: Geometry?

    /// The finding that reports the measures (info), or why they could not be taken (error).
    /// - Parameter file: the file the feature was read from, for the report.
    public func finding(file: String? = nil) -> Finding {
        var values: [String: FindingValue] = ["subject": .text(name.map { "\(label) \($0)" } ?? label), "name": .text(name ?? "")]
        let record = "features[\(index)]"
        switch result {
        case .success(let measure):
            let area = Quantity.squareKilometres(fromSquareMetres: measure.area)
            let perimeter = Quantity.kilometres(fromMetres: measure.perimeter)
            let length = Quantity.kilometres(fromMetres: measure.length)
            values["area"] = .quantity(area)
            values["perimeter"] = .quantity(perimeter)
            values["length"] = .quantity(length)
            // The sentence names only the measures the geometry has: a polygon's area and perimeter, a line's length.
            var zh: [String] = [], en: [String] = []
            if measure.area > 0 || measure.perimeter > 0 {
                zh += ["面积 \(area.formatted)", "周长 \(perimeter.formatted)"]
                en += ["area \(area.formatted)", "perimeter \(perimeter.formatted)"]
            }
            if measure.length > 0 || zh.isEmpty {
                zh.append("长度 \(length.formatted)")
                en.append("length \(length.formatted)")
            }
            values["measures"] = .localized(LocalizedText(zh: zh.joined(separator: "，"), en: en.joined(separator: ", ")))
            // The measure a reader looks for first: a polygon's area, a line's length.
            let measured = measure.area > 0 ? area : length
            return Finding(.geometryMeasured, subjects: [label], location: geometry, measured: measured,
                           file: file, record: record, values: values)
        case .failure(let failure):
            values["reason"] = .text(failure.message)
            return Finding(.geometryUnmeasurable, subjects: [label], file: file, record: record, field: "geometry", values: values)
        }
    }

    /// Why a feature could not be measured.
    public struct MeasureFailure: Error, Sendable, Equatable {
        /// The reason, in English as the underlying library gave it.
        public var message: String
    }
}

/// Measures the features of a file on the CGCS2000 ellipsoid.
public enum GeodesicMeasurement {
    /// One measure per feature, in file order.
    ///
    /// - Parameters:
    ///   - sourceCRS: the CRS of the coordinates; `nil` means CGCS2000 longitude/latitude (or WGS84, which differs by
    ///     centimetres). Projected coordinates are moved to CGCS2000 first.
    /// - Throws: ``GeodesyError`` only when the transformation itself cannot be set up.
    public static func measure(
        _ features: [GeoJSONFeature], idField: String? = nil, sourceCRS: CRS? = nil, geodesic: Geodesic = .cgcs2000
    ) throws(GeodesyError) -> [FeatureMeasure] {
        let transformation = try sourceCRS.map { (crs) throws(GeodesyError) in try CoordinateTransformation(from: crs, to: .cgcs2000) }
        return features.map { feature in
            let result: Result<GeodesicMeasure, FeatureMeasure.MeasureFailure>
            var measured: Geometry?
            switch feature.geometry {
            case .none:
                result = .success(GeodesicMeasure())
            case .failure(let error):
                result = .failure(.init(message: "\(error)"))
            case .success(let geometry):
                do {
                    let geographic = try transformation?.transform(geometry) ?? geometry
                    measured = geographic
                    result = .success(try geodesic.measure(geographic))
                } catch {
                    result = .failure(.init(message: "\(error)"))
                }
            }
            return FeatureMeasure(index: feature.index, label: feature.label(idField: idField), name: feature.name, result: result, geometry: measured)
        }
    }
}
