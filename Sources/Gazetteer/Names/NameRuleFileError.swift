/// A rule file of `data/names/` (or of `--rules DIR`) that cannot be used: the file, the line and what is wrong.
public struct NameRuleFileError: Error, Sendable, Equatable, CustomStringConvertible, UserFacingError {
    /// The file, as given.
    public var file: String
    /// The 1-based line, or 0 for the file as a whole (missing, unreadable, no header).
    public var line: Int
    /// What is wrong and how to fix it.
    public var reason: LocalizedText

    /// An error at `line` of `file`.
    public init(file: String, line: Int, reason: LocalizedText) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { message(.en, verbose: false) }

    /// A mistake in a rule file is the input's fault (exit status 3).
    public var failureKind: FailureKind { .input }

    public func message(_ language: Language, verbose: Bool) -> String {
        let place = line > 0 ? "\(file):\(line)" : file
        switch language {
        case .zh: return "规则文件 \(place)：\(reason.zh)"
        case .en: return "rule file \(place): \(reason.en)"
        }
    }
}
