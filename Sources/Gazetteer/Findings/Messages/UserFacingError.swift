/// Whose fault an error is, which decides what the user is told to do and the CLI's exit status.
public enum FailureKind: Sendable, Equatable {
    /// The user's input is bad or unreadable: a file, a record, a CRS, a key (exit status 3).
    case input
    /// The registry or the system failed: the database is busy or locked, the disk is full, permission is
    /// denied (exit status 4). Retrying later or fixing the machine helps; changing the input does not.
    case system
}

/// An error that can explain itself to a person, in Chinese or English: what happened and what to do.
///
/// Low-level detail (SQLite's result code and SQL, PROJ's text) is kept for `verbose` messages only.
public protocol UserFacingError: Error {
    /// Whose fault it is.
    var failureKind: FailureKind { get }
    /// The message in `language`; with `verbose`, followed by the underlying library's own text.
    func message(_ language: Language, verbose: Bool) -> String
}
