#if canImport(Glibc)
import Glibc
#endif

extension ExchangeError: UserFacingError {
    /// Input, except a write the system refused (disk full, permission, I/O error) with a path that exists.
    public var failureKind: FailureKind {
        switch self {
        case .unreadable, .syntax, .unexpectedContent: return .input
        case .writeFailed(_, let code):
            // A mistyped output path is the user's to fix; everything else the machine's.
            return [ENOENT, ENOTDIR, EISDIR, ENAMETOOLONG].contains(code) ? .input : .system
        }
    }

    public func message(_ language: Language, verbose: Bool) -> String {
        let zh = language == .zh
        switch self {
        case .unreadable(let file, let reason):
            return zh ? "无法读取 \(file)：\(reason)。请检查路径和文件权限。" : "Cannot read \(file): \(reason). Check the path and the file's permissions."
        case .syntax(let file, let line, let column, let reason):
            return zh ? "\(file):\(line):\(column): 文件格式有误：\(reason)。请在该位置修正后重试。"
                : "\(file):\(line):\(column): \(reason). Fix the file at that position and try again."
        case .unexpectedContent(let file, let reason):
            return zh ? "\(file)：内容不符合要求：\(reason.zh)。" : "\(file): \(reason.en)."
        case .writeFailed(let file, let code):
            let reason = String(cString: strerror(code))
            if code == ENOSPC {
                return zh ? "磁盘已满，无法写入 \(file)（未留下不完整的文件）。请腾出空间后重试。"
                    : "The disk is full: \(file) was not written (no partial file is left). Free some space and try again."
            }
            return zh ? "无法写入 \(file)：\(reason)。请检查路径、写权限和磁盘空间。"
                : "Cannot write \(file): \(reason). Check the path, the write permission and the free space."
        }
    }
}
