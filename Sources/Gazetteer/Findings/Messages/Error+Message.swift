extension Error {
    /// The error's message for a person in `language`: its own explanation when it is a ``UserFacingError``, else
    /// its description (which is English).
    public func message(_ language: Language, verbose: Bool = false) -> String {
        (self as? UserFacingError)?.message(language, verbose: verbose) ?? "\(self)"
    }
}
