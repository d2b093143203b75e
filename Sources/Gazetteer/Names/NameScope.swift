/// The legal scopes inside which names of one category must not repeat (2022 Regulations art. 9; Inner Mongolia's
/// rules, DOMAIN.md §2.2, §4), read from the unit code of a record: the first 2 digits of a code are the province,
/// the first 6 the county, the first 9 (of a 12-digit statistical code) the township.
public enum NameScope: String, Sendable, CaseIterable {
    case township, county, province

    /// The scope's key for `name`: from its unit code, or from its id when that is a 12-digit statistical code (the
    /// NBS lists); `nil` when the record does not say (a 6-digit unit code has no township).
    func key(for name: PlaceName) -> String? {
        let candidates = [name.unitCode, name.id].compactMap { $0 }.filter { $0.count >= 6 && $0.allSatisfy(\.isASCIIDigitCharacter) }
        let length: Int
        switch self {
        case .province: length = 2
        case .county: length = 6
        case .township: length = 9
        }
        // A township needs a code long enough to hold one, and one whose township part is not zeros (a county's own code).
        guard let code = candidates.first(where: { $0.count >= max(length, self == .township ? 12 : 6) }) else { return nil }
        let prefix = String(code.prefix(length))
        if self == .township, prefix.hasSuffix("000") { return nil }
        return prefix
    }

    /// How a report names the scope with its key.
    func label(_ key: String) -> LocalizedText {
        switch self {
        case .township: return LocalizedText(zh: "乡级单位 \(key)", en: "township \(key)")
        case .county: return LocalizedText(zh: "县级单位 \(key)", en: "county \(key)")
        case .province: return LocalizedText(zh: "省级单位 \(key)", en: "province \(key)")
        }
    }
}

extension Character {
    /// An ASCII digit 0–9.
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
