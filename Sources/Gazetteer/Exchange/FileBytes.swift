#if canImport(Glibc)
import Glibc
#endif

/// Reads whole files as bytes with POSIX calls, so that errors carry the system's reason
/// ("No such file or directory", "Is a directory") rather than a generic Foundation message.
enum FileBytes {
    static func read(_ path: String) throws(ExchangeError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(file: path, reason: "not a regular file") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = readRetryingInterrupts(fd, into: &chunk)
            if n < 0 { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }
}
