/// A name split into its specific and generic parts (专名 + 通名), as a check reads it.
///
/// The record's own `specific` and `generic` are used when given; otherwise the generic is the longest ending of
/// the standard name that `generics.tsv` lists, and the specific is what comes before it.
struct NameParts: Equatable {
    var standard: String
    var specific: String
    /// Empty when the name has no generic.
    var generic: String

    init(_ forms: NameForms, generics: NameRuleSet) {
        let standard = forms.standard
        self.standard = standard
        if let generic = forms.generic {
            self.generic = generic
            specific = forms.specific ?? (standard.hasSuffix(generic) ? String(standard.dropLast(generic.count)) : standard)
        } else if let specific = forms.specific {
            self.specific = specific
            generic = standard.hasPrefix(specific) ? String(standard.dropFirst(specific.count)) : ""
        } else if let found = generics.genericsLongestFirst.first(where: { standard.hasSuffix($0) && standard.count > $0.count }) {
            generic = found
            specific = String(standard.dropLast(found.count))
        } else {
            generic = ""
            specific = standard
        }
    }
}
