#if canImport(Glibc)
import Glibc
#endif

/// Writing an output (an export, a rejects list, standard output) failed: the system refused to create, write, sync,
/// close or publish it.
///
/// It names the destination as the user gave it, the step that failed and the system's reason (`errno`), and says
/// what to do, in Chinese (``description``, the default) and English (``message``). When the destination was a file,
/// the failure has already been cleaned up: the unfinished temporary file is removed and a file that was at the
/// destination is as it was.
///
/// ```swift
/// do { try output.finish() } catch {
///     print(error.message.text(.en))   // "cannot write out.geojson (No space left on device): the disk is full…"
/// }
/// ```
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The step of writing an output that failed.
    public enum Operation: String, Sendable, CaseIterable {
        /// Creating the file (or its temporary file), or opening standard output.
        case open
        /// Writing a block while the output streams.
        case write
        /// Writing the last buffered block when the output is finished.
        case flush
        /// Forcing the file's data to disk before it is published.
        case fsync
        /// Closing the file, where delayed write errors (NFS, quotas) surface.
        case close
        /// Moving the finished temporary file to the destination.
        case rename
    }

    /// The ``path`` of an error writing standard output.
    public static let standardOutput = "standard output"
    /// The ``path`` of an error writing standard error.
    public static let standardError = "standard error"

    /// The destination as the user named it, or ``standardOutput``.
    public var path: String
    /// The step that failed.
    public var operation: Operation
    /// The system's error number (`errno`), e.g. `ENOSPC`.
    public var code: Int32
    /// Whether `path` is a file that was written through a temporary file, now removed, so whatever was at `path`
    /// before is unchanged.
    public var destinationUnchanged: Bool

    /// A failure of `operation` on `path` with the system error `code`.
    public init(path: String, operation: Operation, code: Int32, destinationUnchanged: Bool) {
        self.path = path
        self.operation = operation
        self.code = code
        self.destinationUnchanged = destinationUnchanged
    }

    /// The system's text for ``code`` (`strerror`), e.g. "No space left on device".
    public var systemReason: String { String(cString: strerror(code)) }

    /// Whether the reader of a pipe went away (`EPIPE`, e.g. `gazetteer export units | head`): not a fault of the
    /// export, so the CLI ends quietly.
    public var isBrokenPipe: Bool { code == EPIPE }

    /// What happened and what to do, in both languages.
    public var message: LocalizedText {
        let (zhStep, enStep) = Self.stepWords(operation)
        let (zhCause, enCause) = Self.causeAndRemedy(code)
        let zhName = path == Self.standardOutput ? "标准输出" : path == Self.standardError ? "标准错误" : path
        let enName = path
        var zh = "无法\(zhStep) \(zhName)（\(systemReason)）：\(zhCause)。"
        var en = "cannot \(enStep) \(enName) (\(systemReason)): \(enCause)."
        if destinationUnchanged && operation == .open {
            zh += "未写入任何内容。"
            en += " Nothing was written."
        } else if destinationUnchanged {
            zh += "未完成的临时文件已删除，\(path) 保持原样。"
            en += " The unfinished temporary file was removed; \(path) is as it was."
        }
        return LocalizedText(zh: zh, en: en)
    }

    /// The Chinese message: users read Chinese first (``message`` has the English).
    public var description: String { message.zh }

    private static func stepWords(_ operation: Operation) -> (String, String) {
        switch operation {
        case .open: return ("创建", "create")
        case .write, .flush: return ("写入", "write")
        case .fsync: return ("同步到磁盘", "sync to disk")
        case .close: return ("完成写入", "finish writing")
        case .rename: return ("替换", "move into place")
        }
    }

    /// The cause in words a civil-affairs clerk can act on; the system's own text follows it in the message.
    private static func causeAndRemedy(_ code: Int32) -> (String, String) {
        switch code {
        case EISDIR:
            return ("目标是一个目录：请给出文件路径", "it is a directory: give a file path")
        case ENOENT:
            return ("所在目录不存在：请先创建该目录，或改用已有的目录",
                    "its directory does not exist: create it first or choose an existing one")
        case ENOTDIR:
            return ("路径中有一段不是目录：请检查路径", "a part of the path is not a directory: check the path")
        case EACCES, EPERM:
            return ("没有写入权限：请换一个可写的位置，或请管理员授权",
                    "permission denied: choose a location you can write to, or ask an administrator")
        case EROFS:
            return ("所在文件系统是只读的：请换一个位置", "the file system is read-only: choose another location")
        case ENOSPC, EDQUOT:
            return ("磁盘已满（或超出配额）：请腾出空间后重试", "the disk is full (or over quota): free some space and try again")
        case EFBIG:
            return ("文件超出了文件系统允许的大小：请换一个位置", "the file is too large for this file system: choose another location")
        case ENAMETOOLONG:
            return ("路径太长：请用较短的路径", "the path is too long: use a shorter one")
        case EIO:
            return ("磁盘或网络存储读写出错：请检查设备后重试", "the disk or network storage failed: check it and try again")
        case EPIPE:
            return ("读取输出的程序已退出", "the program reading the output has exited")
        case EBADF:
            return ("输出已关闭", "the output is closed")
        default:
            return ("系统拒绝了该操作：请检查该位置后重试", "the system refused: check the location and try again")
        }
    }
}
