/// The legal scopes inside which names of one category must not repeat (2022 Regulations art. 9; Inner Mongolia's
/// rules, DOMAIN.md §2.2, §4), read from the unit code of a record: the first 2 digits of a code are the province,
/// the first 6 the county, the first 9 (of a 12-digit statistical code) the township.
public enum NameScope: String, Sendable, CaseIterable {
    case township, county, province

    /// The scope's key for a record, as a number (the digits of its code prefix, so that grouping hashes no
    /// strings): from its unit code, or from its id when that is a 12-digit statistical code (the NBS lists); `nil`
    /// when the record does not say (a 6-digit unit code has no township, nor has a county's own 12-digit code).
    /// Read from the bytes of the codes, without building the prefix (half a million names, three scopes).
    func numericKey(unitCode: String?, id: String) -> Int? {
        let (length, least) = self == .province ? (2, 6) : self == .county ? (6, 6) : (9, 12)
        func digits(_ code: String?) -> Int? {
            guard var code else { return nil }
            return code.withUTF8 { bytes in
                guard bytes.count >= least, bytes.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
                return bytes.prefix(length).reduce(0) { $0 * 10 + Int($1 - 0x30) }
            }
        }
        // The first code long enough and all digits; a township part of zeros is a county's own code.
        guard let key = digits(unitCode) ?? digits(id) else { return nil }
        return self == .township && key % 1000 == 0 ? nil : key
    }

    /// The key ``numericKey(unitCode:id:)`` gives, as text again (its digits with their leading zeros).
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
