extension Finding {
    /// How serious a finding is. Error-severity findings make the CLI exit with status 1.
    public enum Severity: String, Sendable, CaseIterable, Comparable {
        /// Noteworthy, nothing to fix (a measurement, a reference outside the registry that is expected).
        case info
        /// Worth a look; does not block anything (a geometry repaired on import).
        case warning
        /// Must be fixed: the record is rejected, the geometry is unusable.
        case error

        /// The severity's label in `language`.
        public func label(_ language: Language) -> String {
            switch (self, language) {
            case (.info, .zh): return "提示"
            case (.warning, .zh): return "警告"
            case (.error, .zh): return "错误"
            case (_, .en): return rawValue
            }
        }

        /// Ordered info < warning < error.
        public static func < (a: Severity, b: Severity) -> Bool {
            a.rank < b.rank
        }

        private var rank: Int {
            switch self {
            case .info: return 0
            case .warning: return 1
            case .error: return 2
            }
        }
    }
}
