#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `read(2)` of up to `count` bytes from `descriptor` into `bytes`, retried when a signal interrupts it (`EINTR`):
/// the byte count, 0 at the end of the file, -1 on an error (in `errno`).
///
/// Every reader of files and pipes goes through here, so none of them mistakes an interrupted read for a failed one.
func readRetryingInterrupts(_ descriptor: Int32, into bytes: inout [UInt8], count: Int? = nil) -> Int {
    var n = 0
    repeat {
        n = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, min(count ?? $0.count, $0.count)) }
    } while n < 0 && errno == EINTR
    return n
}
