/// A telemetry file that cannot be used: every malformed message in it, each with its line, so that one run shows
/// the device vendor everything to fix. Nothing is checked when any message is malformed.
public struct TelemetryInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One malformed message or file-level problem.
    public struct Problem: Sendable, Equatable {
        /// 1-based line in the file (0 for the file as a whole).
        public var line: Int
        /// The field concerned, when one is.
        public var field: String?
        /// What is wrong.
        public var reason: LocalizedText

        /// A problem; see the properties.
        public init(line: Int, field: String? = nil, reason: LocalizedText) {
            self.line = line
            self.field = field
            self.reason = reason
        }
    }

    /// The file read.
    public var file: String
    /// Everything wrong with it, in file order.
    public var problems: [Problem]

    /// An error for `file` with `problems`.
    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    public var description: String { message(.en) }

    /// The problems, one a line, `file:line: field: reason`, in `language`.
    public func message(_ language: Language) -> String {
        let head = language == .zh ? "\(file)：\(problems.count) 处错误，未做任何检查：" : "\(file): \(problems.count) problem(s), nothing checked:"
        return ([head] + problems.map { problem in
            let field = problem.field.map { "\($0): " } ?? ""
            return "  \(file):\(problem.line): \(field)\(problem.reason.text(language))"
        }).joined(separator: "\n")
    }
}

extension TelemetryInputError: UserFacingError {
    public var failureKind: FailureKind { .input }

    public func message(_ language: Language, verbose: Bool) -> String { message(language) }
}
