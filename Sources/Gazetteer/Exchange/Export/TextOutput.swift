#if canImport(Glibc)
import Glibc
#endif

/// Writes text to a file or standard output in large blocks; a file appears whole or not at all.
///
/// A file is written to a temporary file beside it (`NAME.partial-PID`), synced to disk (`fsync`), closed and only
/// then renamed onto `NAME`, so a reader never sees half a file and a file already at `NAME` is replaced only by a
/// complete one. Every write, the sync, the close and the rename are checked: on any failure the temporary file is
/// removed, the destination is left as it was, and ``OutputError`` says which step failed and why. An output that is
/// dropped without ``finish()`` is abandoned the same way, as is one interrupted by a signal once
/// ``PartialFileCleanup/removeOnSignals(_:)`` is installed.
///
/// Before anything is written, a destination that is a directory is refused. An existing device, pipe or socket
/// (`/dev/null`, a FIFO) is written directly, since it cannot be replaced. Standard output is written through a
/// duplicate of descriptor 1, closed (and checked) by ``finish()``.
///
/// ```swift
/// let output = try TextOutput(path: "units.geojson")
/// try output.write("{\"type\":\"FeatureCollection\",\"features\":[]}\n")
/// try output.finish()   // units.geojson now exists, complete
/// ```
/// Not thread safe.
public final class TextOutput {
    /// The destination as given, or ``OutputError/standardOutput``.
    public let name: String
    private let system: OutputSystemCalls
    private var descriptor: Int32
    /// The temporary file while it exists (nil for standard output and devices).
    private var temporaryPath: String?
    /// Where the temporary file is renamed (the destination with symbolic links resolved).
    private let finalPath: String?
    private var cleanupSlot: Int?
    /// Whether ``finish()`` and ``abandon()`` close `descriptor` (not for one lent by the caller).
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var isClosed = false
    private static let blockSize = 1 << 16

    /// Output to `path`, or to standard output when `path` is nil or "-".
    /// - Throws: ``OutputError`` (operation `open`) when `path` is a directory, its directory is missing or not
    ///   writable, or standard output is closed; nothing is created then.
    public convenience init(path: String?) throws(OutputError) {
        try self.init(path: path, system: .posix)
    }

    /// An output whose system calls are `system` (tests inject failures through it).
    init(path: String?, system: OutputSystemCalls) throws(OutputError) {
        self.system = system
        ownsDescriptor = true
        buffer.reserveCapacity(Self.blockSize)
        guard let path, path != "-" else {
            name = OutputError.standardOutput
            // Our own descriptor, so closing it reports delayed write errors without closing descriptor 1.
            descriptor = dup(1)
            finalPath = nil
            guard descriptor >= 0 else { throw OutputError(path: name, operation: .open, code: errno, destinationUnchanged: false) }
            return
        }
        name = path
        var status = stat()
        let exists = stat(path, &status) == 0
        let kind = status.st_mode & S_IFMT
        if exists && kind == S_IFDIR {
            throw OutputError(path: path, operation: .open, code: EISDIR, destinationUnchanged: true)
        }
        if exists && kind != S_IFREG {
            finalPath = nil
            descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputError(path: path, operation: .open, code: errno, destinationUnchanged: false) }
            return
        }
        // Through a symbolic link to a file, replace the file, not the link.
        let target = exists ? Self.resolved(path) : path
        finalPath = target
        let temporary = target + ".partial-\(getpid())"
        // Tracked before it exists, so no moment has a file on disk that a signal would leave behind.
        cleanupSlot = PartialFileCleanup.track(temporary)
        unlink(temporary)   // a leftover of an earlier process that had our pid
        let mode = exists ? mode_t(status.st_mode & 0o7777) : 0o666
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        guard descriptor >= 0 else {
            let code = errno
            if let cleanupSlot { PartialFileCleanup.forget(cleanupSlot) }
            cleanupSlot = nil
            throw OutputError(path: path, operation: .open, code: code, destinationUnchanged: true)
        }
        temporaryPath = temporary
    }

    /// Standard error as an output: a closed pipe (`2>&1 | head`) is then an ``OutputError`` the caller can
    /// answer, where `FileHandle.write` stopped the process.
    public static func standardError() -> TextOutput {
        TextOutput(borrowing: STDERR_FILENO, name: OutputError.standardError)
    }

    /// Output to an open descriptor the caller keeps: written and flushed, never synced or closed here.
    init(borrowing descriptor: Int32, name: String, system: OutputSystemCalls = .posix) {
        self.system = system
        self.name = name
        self.descriptor = descriptor
        finalPath = nil
        ownsDescriptor = false
    }

    deinit {
        abandon()
    }

    /// Appends text.
    /// - Throws: ``OutputError`` (operation `write`) when a block cannot be written; the output is then abandoned.
    public func write(_ text: String) throws(OutputError) {
        try ensureOpen()
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.blockSize { try writeBuffer(as: .write) }
    }

    /// Appends raw bytes (e.g. a byte-order mark).
    /// - Throws: ``OutputError`` (operation `write`) when a block cannot be written; the output is then abandoned.
    public func write(bytes: [UInt8]) throws(OutputError) {
        try ensureOpen()
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.blockSize { try writeBuffer(as: .write) }
    }

    /// Writes what is buffered now (``finish()`` does it anyway; this is for callers that want it out early).
    /// - Throws: ``OutputError`` (operation `write`); the output is then abandoned.
    public func flush() throws(OutputError) {
        try ensureOpen()
        try writeBuffer(as: .write)
    }

    /// Writes what is buffered, and for a file syncs it to disk, closes it and moves it into place.
    /// - Throws: ``OutputError`` naming the step that failed (`flush`, `fsync`, `close`, `rename`); the temporary
    ///   file is then removed and the destination unchanged.
    public func finish() throws(OutputError) {
        try ensureOpen()
        try writeBuffer(as: .flush)
        // Pipes, terminals and devices cannot be synced (EINVAL) and need not be.
        if temporaryPath != nil, system.fsync(descriptor) != 0 { throw fail(.fsync) }
        let closed = ownsDescriptor ? system.close(descriptor) : 0
        descriptor = -1   // released even when close reports an error (Linux close(2))
        isClosed = true
        if closed != 0 { throw fail(.close) }
        guard let temporaryPath, let finalPath else { return }
        guard system.rename(temporaryPath, finalPath) == 0 else { throw fail(.rename) }
        self.temporaryPath = nil
        stopTracking()
        Self.syncDirectory(of: finalPath)
    }

    /// Abandons the output: closes it and removes the temporary file. Does nothing after ``finish()`` or a failure;
    /// calling it twice is harmless.
    public func abandon() {
        if descriptor >= 0 {
            if ownsDescriptor { _ = system.close(descriptor) }
            descriptor = -1
        }
        isClosed = true
        if let temporaryPath {
            unlink(temporaryPath)
            self.temporaryPath = nil
        }
        stopTracking()
    }

    private func ensureOpen() throws(OutputError) {
        guard !isClosed else {
            throw OutputError(path: name, operation: .write, code: EBADF, destinationUnchanged: finalPath != nil)
        }
    }

    private func writeBuffer(as operation: OutputError.Operation) throws(OutputError) {
        var written = 0
        let failure: Int32? = buffer.withUnsafeBytes { bytes in
            while written < bytes.count {
                let n = system.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return nil
        }
        buffer.removeAll(keepingCapacity: true)
        if let failure {
            errno = failure
            throw fail(operation)
        }
    }

    /// Cleans up after a failed step (with `errno` still the step's) and returns the error to throw.
    private func fail(_ operation: OutputError.Operation) -> OutputError {
        let code = errno
        let error = OutputError(path: name, operation: operation, code: code, destinationUnchanged: finalPath != nil)
        abandon()
        return error
    }

    private func stopTracking() {
        if let cleanupSlot { PartialFileCleanup.forget(cleanupSlot) }
        cleanupSlot = nil
    }

    private static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// Makes the rename itself durable. Best effort: the file is already published, and some file systems cannot
    /// sync a directory.
    private static func syncDirectory(of path: String) {
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let fd = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        _ = close(fd)
    }
}

/// The system calls ``TextOutput`` makes once its file is open, as values, so tests can make any of them fail.
/// Each returns what the C call returns and leaves the reason in `errno`.
struct OutputSystemCalls: Sendable {
    var write: @Sendable (Int32, UnsafeRawPointer, Int) -> Int
    var fsync: @Sendable (Int32) -> Int32
    var close: @Sendable (Int32) -> Int32
    var rename: @Sendable (String, String) -> Int32

    /// The real calls.
    static let posix = OutputSystemCalls(
        write: { Glibc.write($0, $1, $2) },
        fsync: { Glibc.fsync($0) },
        close: { Glibc.close($0) },
        rename: { Glibc.rename($0, $1) })
}
