import Foundation
import Gazetteer

extension ExitStatus {
    /// 128 + SIGPIPE: what the shell reports for `cat` and the like when the reader of their pipe goes away.
    static let brokenPipe: Int32 = 141
}

/// Signal dispositions for a process that writes outputs: a closed pipe becomes an `EPIPE` error the CLI handles
/// (rather than a silent kill mid-write), and SIGINT, SIGTERM and SIGHUP remove unfinished files before ending the
/// process with the signal's default action.
func prepareSignalsForOutput() {
    signal(SIGPIPE, SIG_IGN)
    PartialFileCleanup.removeOnSignals()
}
