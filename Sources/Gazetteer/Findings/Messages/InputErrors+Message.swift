// Errors in what the user gave (a geometry, a CRS, a --map, a CSV file): always input, explained in both languages.

extension GeodesyError: UserFacingError {
    public var failureKind: FailureKind { .input }

    /// The error's own sentence in `language` (GeodesyError keeps its Chinese text beside the English one).
    public func message(_ language: Language, verbose: Bool) -> String {
        language == .zh ? chineseDescription : description
    }
}

extension GeometryError: UserFacingError {
    public var failureKind: FailureKind { .input }

    public func message(_ language: Language, verbose: Bool) -> String {
        guard language == .zh else { return description }
        switch self {
        case .library(let operation, let message): return "几何运算 \(operation) 失败：\(message)"
        case .nonFiniteCoordinate(let index): return "第 \(index + 1) 个坐标不是有限数值（NaN 或无穷大）"
        case .invalidStructure(let message): return "几何结构错误：\(message)"
        case .malformed(let format, let message): return "\(format) 格式错误：\(message)"
        }
    }
}

extension FieldMappingError: UserFacingError {
    public var failureKind: FailureKind { .input }

    public func message(_ language: Language, verbose: Bool) -> String {
        guard language == .zh else { return description }
        switch self {
        case .malformedPair(let pair, let reason): return "--map：“\(pair)”不是 字段=列名 的形式：\(reason)"
        case .duplicateField(let field, let first, let second): return "--map：字段 \(field) 被映射了两次（\(first) 和 \(second)）"
        case .unknownField(let field, let known): return "--map：图层没有字段 \(field)；可用字段：\(known.joined(separator: "、"))"
        }
    }
}

extension CSVError: UserFacingError {
    public var failureKind: FailureKind { .input }

    public func message(_ language: Language, verbose: Bool) -> String {
        language == .zh ? "CSV 文件有误：\(description)" : description
    }
}

extension ImportRefused: UserFacingError {
    public var failureKind: FailureKind { .input }

    public func message(_ language: Language, verbose: Bool) -> String {
        let errors = issues.filter { $0.severity == .error }
        let head = language == .zh
            ? "导入被拒绝：\(file) 的 \(recordCount) 条记录中发现 \(errors.count) 个问题，登记册未作任何修改。"
            : "Import refused: \(errors.count) problem(s) in \(recordCount) record(s) of \(file); the registry is unchanged."
        return ([head] + errors.map { "  " + $0.finding(file: file).message(language) }).joined(separator: "\n")
    }
}
