/// The legal scopes inside which names of one category must not repeat (2022 Regulations art. 9; Inner Mongolia's
/// rules, DOMAIN.md §2.2, §4), read from the unit code of a record: the first 2 digits of a code are the province,
/// the first 6 the county, the first 9 (of a 12-digit statistical code) the township.
public enum NameScope: String, Sendable, CaseIterable {
    case township, county, province

    /// The scope's key for `name`: from its unit code, or from its id when that is a 12-digit statistical code (the
    /// NBS lists); `nil` when the record does not say (a 6-digit unit code has no township).
    func key(for name: PlaceName) -> String? {
        let length: Int
        switch self {
        case .province: length = 2
        case .county: length = 6
        case .township: length = 9
        }
        // A township needs a code long enough to hold one (12 digits), and one whose township part is not zeros
        // (a county's own code).
        let least = self == .township ? 12 : 6
        guard let code = [name.unitCode, name.id].lazy.compactMap({ $0 }).first(where: { code in
            code.utf8.count >= least && code.utf8.allSatisfy { (0x30...0x39).contains($0) }
        }) else { return nil }
        let prefix = String(decoding: code.utf8.prefix(length), as: UTF8.self)
        if self == .township, prefix.hasSuffix("000") { return nil }
        return prefix
    }

    /// ``key(for:)`` as a number (the code prefix's digits), for grouping without hashing strings.
    func numericKey(for name: PlaceName) -> Int? {
        guard let key = key(for: name) else { return nil }
        return key.utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// The key ``numericKey(for:)`` numbered, as text again (its digits with their leading zeros).
    func keyText(_ number: Int) -> String {
        let length = self == .province ? 2 : self == .county ? 6 : 9
        let digits = String(number)
        return String(repeating: "0", count: max(0, length - digits.count)) + digits
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
