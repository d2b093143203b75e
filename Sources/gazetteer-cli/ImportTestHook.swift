import Foundation
import Gazetteer

/// A hook for the crash-safety test, so that it can kill an import at a known point instead of guessing by timing.
///
/// With `GAZETTEER_TEST_HOLD_AFTER_WRITTEN=N` in the environment (N a multiple of 1000, the progress step), an import
/// writes the line "written N" to standard error once N records are written in its still-open transaction, then
/// waits until standard input is closed and carries on. Without the variable it does nothing.
enum ImportTestHook {
    /// N, when the variable is set to a number.
    static let holdAfterWritten = ProcessInfo.processInfo.environment["GAZETTEER_TEST_HOLD_AFTER_WRITTEN"].flatMap { Int($0) }

    /// Called with every progress report of an import.
    static func observe(_ progress: ImportProgress) {
        guard let holdAfterWritten, case .written(let n) = progress, n == holdAfterWritten else { return }
        FileHandle.standardError.write(Data("written \(n)\n".utf8))
        _ = FileHandle.standardInput.readDataToEndOfFile()
    }
}
