import ArgumentParser
import Foundation
import Gazetteer

/// The process exit statuses, decided here and nowhere else, from the findings a command reported and the kind of
/// error that stopped it:
///
/// - 0: clean (no finding of error severity);
/// - 1: findings of error severity (invalid geometries, rejected records);
/// - 2: usage (an unknown command or option, a value outside a closed choice such as `--encoding gbk2`);
/// - 3: bad or unreadable input (a file, a record, a CRS, a key the registry does not hold);
/// - 4: the registry or the system failed (database busy or locked, read-only, disk full, permission denied), or
///   an error nobody anticipated: never ArgumentParser's generic 1, which would read as "findings".
enum ExitStatus: Int32 {
    case clean = 0
    case findings = 1
    case usage = 2
    case badInput = 3
    case system = 4

    /// The status a report leads to: findings of error severity or clean.
    static func of(_ summary: FindingSummary) -> ExitStatus {
        summary.errors > 0 ? .findings : .clean
    }

    /// The status for an error kind.
    static func of(_ kind: FailureKind) -> ExitStatus {
        switch kind {
        case .input: return .badInput
        case .system: return .system
        }
    }

    /// Tells the user about `error` (unless the command already did) and returns the status to exit with.
    static func handle(_ error: Error, for command: ParsableCommand.Type, context: MessageContext) -> Int32 {
        switch error {
        case let reported as FindingsReported:
            return of(reported.summary).rawValue
        case let reported as AlreadyReported:
            return of(reported.kind).rawValue
        case let exit as ExitCode:
            return exit.rawValue
        case let failure as OutputError:
            // A reader that closed our pipe (`| head`) is not an error worth a message.
            if failure.isBrokenPipe { return brokenPipe }
            printError("gazetteer: " + failure.message.text(context.language))
            return system.rawValue
        case let failure as UserFacingError:
            printError("gazetteer: " + failure.message(context.language, verbose: context.verbose))
            return of(failure.failureKind).rawValue
        default:
            break
        }
        let code = command.exitCode(for: error)
        let message = command.fullMessage(for: error)
        if code == .success {
            // --help and --version: ArgumentParser reports them as errors that exit 0.
            print(message)
            return clean.rawValue
        }
        if code == .validationFailure {
            if !message.isEmpty { printError(message) }
            return usage.rawValue
        }
        // Not an error Gazetteer knows: say so plainly, keep the detail, and do not pretend it is the input's fault.
        let detail = context.verbose ? "\n  \(String(reflecting: error))" : ""
        printError(context.language == .zh
                   ? "gazetteer: 内部错误：\(error)。这不是输入的问题；请把此消息和所用命令告知维护人员。\(detail)"
                   : "gazetteer: internal error: \(error). This is not a fault of the input; please report it with the command used.\(detail)")
        return system.rawValue
    }
}

/// Thrown by a command that has printed its report, so that the exit status is decided by ``ExitStatus``.
struct FindingsReported: Error {
    var summary: FindingSummary
}

/// Thrown by a command that has already told the user about a failure of `kind` (e.g. a refused import, printed as
/// a report): ``ExitStatus`` only picks the status.
struct AlreadyReported: Error {
    var kind: FailureKind
}

/// Bad input detected by a command itself (not by the library), reported with status 3.
struct InputError: UserFacingError, CustomStringConvertible {
    var text: LocalizedText

    var failureKind: FailureKind { .input }
    func message(_ language: Language, verbose: Bool) -> String { text.text(language) }
    var description: String { text.en }
}

/// The language and verbosity for messages about errors, read from the command line before (or without) parsing
/// it, because a usage error stops parsing before any option has a value.
struct MessageContext {
    var language: Language = .zh
    var verbose = false

    /// The context `arguments` ask for: `--lang en` or `--lang=en`, and `--verbose`. Without `--lang`, a locale
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`) that starts with `en` picks English; everything else is Chinese.
    init(arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        if locale.hasPrefix("en") { language = .en }
        for (i, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--verbose" { verbose = true }
            if argument == "--lang", i + 1 < arguments.count, let l = Language(rawValue: arguments[i + 1]) { language = l }
            if argument.hasPrefix("--lang="), let l = Language(rawValue: String(argument.dropFirst(7))) { language = l }
        }
    }
}
