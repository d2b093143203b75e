/// A problem reading a CSV file, with the file and the line where the record starts.
///
/// A record with the wrong number of fields is ``isRecoverable``: the reader reports it and goes on with the
/// next record. Everything else (an unreadable file, undecodable bytes, an unterminated quote) ends the reading.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The file could not be opened or read; the system's reason.
        case unreadable(String)
        /// The file could not be created or written (by ``CSVFileWriter``); the system's reason.
        case unwritable(String)
        /// Bytes that are not text in the file's encoding; the decoding error has the byte offset.
        case undecodable(TextDecodingError)
        /// A quoted field is never closed: the quote at ``CSVError/line``/``CSVError/column`` opens it.
        case unterminatedQuote
        /// Something other than a delimiter or a line end follows a closing quote (`"ab"c`): a quote inside a
        /// quoted field that was not doubled.
        case textAfterClosingQuote
        /// A record with a different number of fields from the header (or, without a header, the first record).
        case fieldCount(expected: Int, found: Int)
        /// The file has no records at all, so no header.
        case missingHeader
        /// The record starting at ``CSVError/line`` is longer than the limit in bytes (see ``ImportLimits``).
        case recordTooLong(limit: Int)
    }

    /// What went wrong.
    public var reason: Reason
    /// The file, when reading from one.
    public var file: String?
    /// 1-based line where the record (or, for ``Reason/unterminatedQuote``, the quoted field) starts;
    /// 0 when the file could not be read or written at all.
    public var line: Int
    /// 1-based column in characters, where one is known.
    public var column: Int?

    /// An error at `line` (and `column`).
    public init(_ reason: Reason, file: String? = nil, line: Int, column: Int? = nil) {
        self.reason = reason
        self.file = file
        self.line = line
        self.column = column
    }

    /// Whether reading goes on after this error: true only for ``Reason/fieldCount(expected:found:)``.
    public var isRecoverable: Bool {
        if case .fieldCount = reason { return true }
        return false
    }

    /// The reason in a sentence, without position.
    /// What went wrong, in English (``localizedMessage`` has both languages).
    public var message: String { localizedMessage.en }

    /// What went wrong, in Chinese and English.
    public var localizedMessage: LocalizedText {
        switch reason {
        case .unreadable(let reason):
            return LocalizedText(zh: "无法读取：\(reason)", en: "cannot read: \(reason)")
        case .unwritable(let reason):
            return LocalizedText(zh: "无法写入：\(reason)", en: "cannot write: \(reason)")
        case .undecodable(let error):
            return LocalizedText(zh: "字节偏移 \(error.offset)：\(error.reason)", en: "byte offset \(error.offset): \(error.reason)")
        case .unterminatedQuote:
            return LocalizedText(zh: "此处开始的引号字段没有闭合（缺少一个 \"，其后整个文件都成了一个字段）",
                                 en: "the quoted field opened here is never closed (a missing \" turns the rest of the file into one field)")
        case .textAfterClosingQuote:
            return LocalizedText(zh: "闭合引号后有多余文字（引号字段内的 \" 须写成 \"\"）",
                                 en: "unexpected text after a closing quote (a \" inside a quoted field must be doubled as \"\")")
        case .fieldCount(let expected, let found):
            return LocalizedText(zh: "应有 \(expected) 个字段，实有 \(found) 个",
                                 en: "expected \(expected) field\(expected == 1 ? "" : "s"), found \(found)")
        case .missingHeader:
            return LocalizedText(zh: "文件为空：应有一行表头列出各列名称", en: "the file is empty: expected a header row naming the columns")
        case .recordTooLong(let limit):
            return LocalizedText(zh: "此处开始的记录超过 \(ImportLimits.megabytes(limit))，即单条记录的上限（是否有未闭合的引号？）",
                                 en: "the record starting here is longer than \(ImportLimits.megabytes(limit)), the most a single record may be (a quote left open?)")
        }
    }

    /// `file:line:column: message`, or `line L, column C: message` without a file.
    public var description: String {
        switch reason {
        case .unreadable, .unwritable: return "\(file ?? "input"): \(message)"
        default: break
        }
        let column = column ?? columnOfDecodingError
        if let file {
            return column.map { "\(file):\(line):\($0): \(message)" } ?? "\(file):\(line): \(message)"
        }
        return column.map { "line \(line), column \($0): \(message)" } ?? "line \(line): \(message)"
    }

    private var columnOfDecodingError: Int? {
        if case .undecodable(let error) = reason { return error.column }
        return nil
    }

    /// The same error as the Exchange layer's ``ExchangeError`` (`file` stands in when ``file`` is unknown).
    public func exchangeError(file fallback: String = "input") -> ExchangeError {
        let file = self.file ?? fallback
        switch reason {
        case .unreadable(let reason):
            return .unreadable(file: file, reason: reason)
        case .missingHeader, .unwritable:
            return .unexpectedContent(file: file, reason: localizedMessage)
        case .undecodable(let error):
            return .syntax(file: file, line: line, column: error.column, reason: message)
        default:
            return .syntax(file: file, line: line, column: column ?? 1, reason: message)
        }
    }

    /// This error, naming `file`.
    func inFile(_ file: String?) -> CSVError {
        var copy = self
        copy.file = file
        return copy
    }

    /// A decoding error as a CSV error at the same line.
    static func undecodable(_ error: TextDecodingError, file: String?) -> CSVError {
        CSVError(.undecodable(error), file: file, line: error.line)
    }
}
