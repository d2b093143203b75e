/// The validity of one feature of a file, as `gazetteer geometry validate` reports it.
public struct FeatureValidity: Sendable, Equatable {
    /// What was found.
    public enum Status: Sendable, Equatable {
        /// The geometry is valid.
        case valid
        /// The geometry is invalid: GEOS's reason and the location of the problem.
        case invalid(reason: String, location: Coordinate?)
        /// The geometry could not even be built (unclosed ring, one-point line, malformed coordinates).
        case unreadable(message: String)
        /// The feature has `"geometry": null`.
        case noGeometry
    }

    /// 0-based position in the file.
    public var index: Int
    /// The feature's label (see ``GeoJSONFeature/label(idField:)``).
    public var label: String
    /// The feature's name, when it has one.
    public var name: String?
    /// The verdict.
    public var status: Status

    /// `true` unless the geometry is invalid or unreadable. A null geometry is not an error of geometry.
    public var isAcceptable: Bool {
        switch status {
        case .valid, .noGeometry: return true
        case .invalid, .unreadable: return false
        }
    }

    /// The finding for an unacceptable feature, `nil` for an acceptable one.
    /// - Parameter file: the file the feature was read from, for the report.
    public func finding(file: String? = nil) -> Finding? {
        let values: [String: FindingValue] = ["subject": .text(name.map { "\(label) \($0)" } ?? label), "name": .text(name ?? "")]
        switch status {
        case .valid, .noGeometry:
            return nil
        case .invalid(let reason, let location):
            var filled = values
            filled["reason"] = .localized(GeometryValidation.describe(reason: reason))
            return Finding(
                .geometryInvalid, subjects: [label], location: location.map { .point(Point($0)) },
                file: file, record: "features[\(index)]", field: "geometry", values: filled)
        case .unreadable(let message):
            var filled = values
            filled["reason"] = .text(message)
            return Finding(.geometryUnreadable, subjects: [label], file: file, record: "features[\(index)]", field: "geometry", values: filled)
        }
    }
}

/// Validates the geometries of a feature file.
public enum GeometryValidation {
    /// One verdict per feature, in file order.
    /// - Parameter idField: the property that labels features in the report (see ``GeoJSONFeature/label(idField:)``).
    public static func validate(_ features: [GeoJSONFeature], idField: String? = nil) -> [FeatureValidity] {
        features.map { feature in
            let status: FeatureValidity.Status
            switch feature.geometry {
            case .none:
                status = .noGeometry
            case .failure(let error):
                status = .unreadable(message: error.description)
            case .success(let geometry):
                do {
                    let report = try geometry.validity()
                    status = report.isValid ? .valid : .invalid(reason: report.reason ?? "unknown", location: report.location)
                } catch {
                    status = .unreadable(message: "\(error)")
                }
            }
            return FeatureValidity(index: feature.index, label: feature.label(idField: idField), name: feature.name, status: status)
        }
    }

    /// GEOS's validity reasons (IsValidOp, GEOS 3.11) with a Chinese rendering for reports.
    static let reasons: [String: String] = [
        "Self-intersection": "自相交",
        "Ring Self-intersection": "环自相交",
        "Hole lies outside shell": "内环（洞）位于外环之外",
        "Holes are nested": "内环相互嵌套",
        "Interior is disconnected": "内部不连通",
        "Nested shells": "外环相互嵌套",
        "Duplicate Rings": "环重复",
        "Too few distinct points in geometry component": "几何部件的不同点过少",
        "Invalid Coordinate": "坐标无效",
        "Ring is not closed": "环未闭合",
        "Repeated Point": "重复点",
    ]

    /// A reason in both report languages; unknown reasons are shown as GEOS wrote them.
    public static func describe(reason: String) -> LocalizedText {
        LocalizedText(zh: reasons[reason].map { "\($0)（\(reason)）" } ?? reason, en: reason)
    }
}

import Foundation
