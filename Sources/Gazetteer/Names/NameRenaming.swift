/// A rename of a registered place name (`gazetteer names rename`): the new version of the record, and the rules the
/// new name would break, checked before anything is written.
///
/// The old standard name becomes a historical form (its version is closed on the rename's date by the registry's
/// versioning, with a `renamed` change event carrying the decision); the new name is standard from that date, its
/// specific, generic and romanization derived as the checker derives them.
public struct NameRenaming: Sendable {
    /// The record as it will be stored.
    public var renamed: PlaceName
    /// The findings that refuse the new name (warnings and errors): its own rules and the 重 rules against the other
    /// registered names.
    public var findings: [Finding]
    /// The info findings on the new name (a Mongolian-script form to record, a transliteration-like specific to
    /// review): advice shown with the rename, never a reason to refuse it.
    public var advice: [Finding]
    /// Why the new name cannot be stored whatever rule is waived: a control or invisible format character, which
    /// an import refuses too (``ForbiddenCharacters``); `nil` when it can.
    public var unstorable: LocalizedText?

    /// Prepares renaming `current` to `newName` from `date` by `decision`, checking it against `others` (the other
    /// registered names) with `checker`.
    public init(_ current: PlaceName, to newName: String, date: RegistryDate, decision: String, others: [PlaceName], checker: NameChecker) {
        var name = current
        let parts = NameParts(NameForms(standard: newName), generics: checker.rules.index)
        var forms = NameForms(standard: newName, specific: parts.specific, generic: parts.generic.isEmpty ? nil : parts.generic,
                              mongolian: nil, mongolianLatin: nil, aliases: current.names.aliases,
                              historical: current.names.historical + [current.names.standard])
        forms.romanized = Romanizer(rules: checker.rules).romanize(forms)
        name.names = forms
        name.approval = Approval(authority: current.approval?.authority, decisionNumber: decision, date: date)
        name.status = .standard
        name.lifespan = Lifespan(from: date)
        renamed = name
        let all = others.filter { $0.id != current.id }.map { CheckedName($0) } + [CheckedName(name)]
        let report = checker.report(all, source: "rename")
        let own = report.findings.filter { $0.subjects == [name.id] }
        findings = own.filter { $0.severity != .info }
        advice = own.filter { $0.severity == .info }
        unstorable = ForbiddenCharacters.firstForbidden(in: newName).map { found in
            let problem = ForbiddenCharacters.problem(found.scalar, at: found.position)
            return LocalizedText(zh: "新名称“\(newName)”：\(problem.zh)", en: "the new name '\(newName)': \(problem.en)")
        }
    }

    /// The rule ids of ``findings``.
    public var brokenRules: [String] {
        findings.compactMap { if case .text(let id)? = $0.values["rule"] { return id } else { return nil } }
    }
}
