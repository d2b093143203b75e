/// A name split into its specific and generic parts (专名 + 通名), as a check reads it.
///
/// The record's own `specific` and `generic` are used when given; otherwise the generic is the longest ending of
/// the standard name that `generics.tsv` lists, and the specific is what comes before it. The scalars of the name
/// and its specific are kept, since every rule reads them (see ``NameRuleIndex``).
struct NameParts: Equatable {
    var standard: String
    var specific: String
    /// Empty when the name has no generic.
    var generic: String
    /// `standard` and `specific` as Unicode scalars.
    var standardScalars: [Unicode.Scalar]
    var specificScalars: [Unicode.Scalar]

    init(_ forms: NameForms, generics: NameRuleSet) {
        let standard = forms.standard
        self.standard = standard
        standardScalars = Array(standard.unicodeScalars)
        if let generic = forms.generic {
            self.generic = generic
            specific = forms.specific ?? (standard.hasSuffix(generic) ? String(standard.dropLast(generic.count)) : standard)
        } else if let specific = forms.specific {
            self.specific = specific
            generic = standard.hasPrefix(specific) ? String(standard.dropFirst(specific.count)) : ""
        } else if let found = generics.index.generic(endingOf: standardScalars) {
            generic = found
            let count = found.unicodeScalars.count
            specificScalars = Array(standardScalars.dropLast(count))
            // A slice of the name's own storage, not a string rebuilt scalar by scalar.
            let view = standard.unicodeScalars
            specific = String(view[..<view.index(view.endIndex, offsetBy: -count)])
            return
        } else {
            generic = ""
            specific = standard
            specificScalars = standardScalars
            return
        }
        specificScalars = Array(specific.unicodeScalars)
    }
}
