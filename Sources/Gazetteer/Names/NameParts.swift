/// A name split into its specific and generic parts (专名 + 通名), as a check reads it.
///
/// The record's own `specific` and `generic` are used when given; otherwise the generic is the longest ending of
/// the standard name that `generics.tsv` lists, and the specific is what comes before it. The scalars of the name
/// and its specific are kept, since every rule reads them (see ``NameRuleIndex``).
struct NameParts: Equatable {
    var standard: String
    /// Empty when the name has no generic.
    var generic: String
    /// `standard` as Unicode scalars.
    var standardScalars: [Unicode.Scalar]
    /// The specific as Unicode scalars: usually a slice of `standardScalars` (a name's parts are half a million small
    /// arrays in a national run; sharing saves one of them per name). Its indices are those of the array it slices.
    var specificScalars: ArraySlice<Unicode.Scalar>

    /// The specific part, as text (made when a rule needs it: most never do).
    var specific: String { String(String.UnicodeScalarView(specificScalars)) }

    init(_ forms: borrowing NameForms, generics: NameRuleIndex) {
        let standard = forms.standard
        self.standard = standard
        standardScalars = Array(standard.unicodeScalars)
        let specific: String
        if let generic = forms.generic {
            self.generic = generic
            specific = forms.specific ?? (standard.hasSuffix(generic) ? String(standard.dropLast(generic.count)) : standard)
        } else if let given = forms.specific {
            specific = given
            generic = standard.hasPrefix(given) ? String(standard.dropFirst(given.count)) : ""
        } else if let found = generics.generic(endingOf: standardScalars) {
            generic = found
            specificScalars = standardScalars.dropLast(found.unicodeScalars.count)
            return
        } else {
            generic = ""
            specificScalars = standardScalars[...]
            return
        }
        specificScalars = Array(specific.unicodeScalars)[...]
    }
}
