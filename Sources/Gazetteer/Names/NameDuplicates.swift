/// The 重 rules: names repeated within the legal scope of their category (`duplicate`), and near-duplicates that
/// differ only by a word such as 新, 大 or a city's name, or only by the generic (`near-duplicate`).
///
/// Rules run narrowest scope first: a group of names already reported inside one township is not reported again
/// for the county. Every finding names the scope and the other records, one finding per record so that a reviewer
/// can rename one and accept the other.
extension NameChecker {
    /// A group of names one 重 rule reports together.
    public struct DuplicateGroup: Sendable {
        public var rule: NameRule
        public var scope: NameScope
        public var scopeKey: String
        /// The shared name (for a duplicate) or shared core (for a near-duplicate).
        public var key: String
        /// The records, in input order.
        public var members: [Int]
    }

    /// The 重 groups among `names` (indexes into `names`), in rule order.
    public func duplicateGroups(_ names: [CheckedName]) -> [DuplicateGroup] {
        duplicateGroups(names, parts: names.indices.map { NameParts(names[$0].name.names, generics: rules) })
    }

    /// ``duplicateGroups(_:)`` with each name's parts already split (`parts[i]` those of `names[i]`).
    func duplicateGroups(_ names: [CheckedName], parts: [NameParts]) -> [DuplicateGroup] {
        /// One judged name of one rule: its bucket (category and scope key; the interned name, core or reading) and
        /// its position. Sorting these puts each bucket's members together, in input order: grouping half a million
        /// names is one sort of integers, not a hash of three strings per name.
        struct Entry: Comparable {
            var bucket: UInt64
            var key: UInt32
            var index: UInt32
            static func < (a: Entry, b: Entry) -> Bool { (a.bucket, a.key, a.index) < (b.bucket, b.key, b.index) }
        }
        let duplicateRules = rules.rules.filter { [.duplicate, .nearDuplicate, .homophone].contains($0.match) }
        var reported: Set<[Int]> = []
        var groups: [DuplicateGroup] = []
        let ordered = duplicateRules.sorted { (NameScope.allCases.firstIndex(of: $0.scope ?? .county) ?? 0) < (NameScope.allCases.firstIndex(of: $1.scope ?? .county) ?? 0) }
        // What the inner loop needs of each name is numbered once: its kind (category, subcategory, whether known),
        // its scope keys, standard name and toneless reading, so that each rule's pass touches integers only and
        // never copies a record.
        struct Kind: Hashable {
            var category: PlaceCategory
            var subcategory: String?
            var known: Bool
        }
        var kinds: [Kind] = []
        var kindIDs: [Kind: Int] = [:]
        // By index: iterating the array would copy every record.
        let kindOf: [Int] = names.indices.map { index in
            let kind = Kind(category: names[index].name.category, subcategory: names[index].name.subcategory, known: names[index].categoryKnown)
            if let id = kindIDs[kind] { return id }
            kindIDs[kind] = kinds.count
            kinds.append(kind)
            return kinds.count - 1
        }
        let categoryOfKind = kinds.map { kind in PlaceCategory.allCases.firstIndex(of: kind.category) ?? 0 }
        // Keys are interned from scalars (hashing a Chinese String goes through Unicode normalisation, a scalar
        // array does not); scope keys are the code prefixes read as numbers.
        var texts = Interner<Unicode.Scalar>(capacity: names.count)
        var syllableKeys = Interner<Int32>(capacity: names.count / 4)
        var scopeKeys: [NameScope: [Int]] = [:]
        // A name's interned standard name and reading, made only for the names a rule judges (-1: not yet).
        var standards = [Int](repeating: -1, count: names.count)
        var readings = [Int](repeating: -1, count: names.count)
        var entries: [Entry] = []
        for rule in ordered {
            guard let scope = rule.scope else { continue }
            if scopeKeys[scope] == nil { scopeKeys[scope] = names.indices.map { scope.numericKey(unitCode: names[$0].name.unitCode, id: names[$0].name.id) ?? -1 } }
            let keys = scopeKeys[scope] ?? []
            let applies = kinds.map { $0.known && rule.applies(to: $0.category, subcategory: $0.subcategory) }
            entries.removeAll(keepingCapacity: true)
            let removing = rule.words.filter { $0 != "*" && NameScope(rawValue: $0) == nil }
            for index in names.indices {
                let scopeKey = keys[index]
                guard scopeKey >= 0, applies[kindOf[index]],
                      rule.exemptions.isEmpty || !rule.exemptions.contains(where: { $0.exempts(names[index].name) }) else { continue }
                let key: Int
                switch rule.match {
                case .duplicate:
                    if standards[index] < 0 { standards[index] = texts.id(parts[index].standardScalars) }
                    key = standards[index]
                case .homophone:
                    if readings[index] < 0 { readings[index] = syllableKeys.id(rules.index.syllableIDs(parts[index].standardScalars)) }
                    key = readings[index]
                default:
                    let core = Self.core(parts[index].specific, removing: removing)
                    guard !core.isEmpty else { continue }
                    key = texts.id(Array(core.unicodeScalars))
                }
                // A scope key has at most 9 digits (< 2³⁰) and there are a few dozen categories.
                entries.append(Entry(bucket: UInt64(categoryOfKind[kindOf[index]]) << 32 | UInt64(scopeKey), key: UInt32(key), index: UInt32(index)))
            }
            entries.sort()
            // Runs of one bucket with more than one member, then in the order of their first member.
            var found: [(scopeKey: Int, key: Int, members: [Int])] = []
            var start = 0
            while start < entries.count {
                var end = start + 1
                while end < entries.count, entries[end].bucket == entries[start].bucket, entries[end].key == entries[start].key { end += 1 }
                if end - start > 1 {
                    found.append((Int(entries[start].bucket & 0xFFFF_FFFF), Int(entries[start].key), entries[start..<end].map { Int($0.index) }))
                }
                start = end
            }
            found.sort { $0.members[0] < $1.members[0] }
            for (scopeKey, key, members) in found {
                // A near-duplicate group needs two different names: identical ones are the duplicate rule's.
                if rule.match != .duplicate, Set(members.map { names[$0].name.names.standard }).count < 2 { continue }
                guard reported.insert(members).inserted else { continue }
                let shared = rule.match == .homophone ? tonelessPinyin(names[members[0]].name.names.standard)
                    : rule.match == .duplicate ? names[members[0]].name.names.standard : String(String.UnicodeScalarView(texts.value(key)))
                groups.append(DuplicateGroup(rule: rule, scope: scope, scopeKey: scope.keyText(scopeKey), key: shared, members: members))
            }
        }
        return groups
    }

    /// The toneless pinyin of `text`, a syllable per character (phrases.tsv for polyphonic phrases, else the first
    /// reading of hanzi.tsv; other characters as they are).
    func tonelessPinyin(_ text: String) -> String {
        rules.index.syllables(Array(text.unicodeScalars)).joined(separator: " ")
    }

    /// `specific` without the leading words of `words` (新阳光 → 阳光; 海拉尔新华 → 华 with 海拉尔 and 新).
    static func core(_ specific: String, removing words: [String]) -> String {
        var rest = Substring(specific)
        var changed = true
        while changed {
            changed = false
            for word in words where rest.hasPrefix(word) && rest.count > word.count {
                rest = rest.dropFirst(word.count)
                changed = true
            }
        }
        return String(rest)
    }

    /// One finding per member of each group.
    func duplicateFindings(_ groups: [DuplicateGroup], names: [CheckedName]) -> [Finding] {
        groups.flatMap { group in
            group.members.map { index in
                let checked = names[index]
                let name = checked.name
                let others = group.members.filter { $0 != index }.map { "\(names[$0].name.id) \(names[$0].name.names.standard)" }
                let scope = group.scope.label(group.scopeKey)
                let values: [String: FindingValue] = [
                    "subject": .text("\(name.id) \(name.names.standard)"), "name": .text(name.names.standard),
                    "reason": .localized(LocalizedText(zh: "\(group.rule.description.zh)，范围：\(scope.zh)，另见 \(others.joined(separator: "、"))",
                                                       en: "\(group.rule.description.en), scope: \(scope.en), see also \(others.joined(separator: ", "))")),
                    "matched": .text(group.key), "detail": .text(""), "citation": .text(group.rule.citation),
                    "fix": .text(group.rule.fix.isEmpty ? "—" : group.rule.fix), "rule": .text(group.rule.id),
                    "scope": .localized(scope), "others": .text(others.joined(separator: "、")),
                ]
                return Finding(group.rule.match == .homophone ? .nameHomophone : group.rule.category.findingCode, severity: group.rule.severity, subjects: [name.id],
                               location: name.geometry, file: checked.file, record: checked.record, field: "name:\(group.rule.id)", values: values)
            }
        }
    }
}

/// Sequences (a name's scalars, a reading's syllable numbers) numbered in the order first seen, so that grouping
/// compares numbers.
///
/// A sequence is hashed as its bytes in one call: hashing element by element was most of the cost of numbering
/// half a million names. Equal sequences of these trivial elements have equal bytes, so the two agree.
struct Interner<Element: Hashable & BitwiseCopyable> {
    private struct Key: Hashable {
        let elements: [Element]
        func hash(into hasher: inout Hasher) { elements.withUnsafeBytes { hasher.combine(bytes: $0) } }
        static func == (a: Key, b: Key) -> Bool { a.elements == b.elements }
    }
    private var ids: [Key: Int] = [:]
    private var values: [[Element]] = []

    /// An empty interner with room for `capacity` values before it grows.
    init(capacity: Int = 0) {
        ids.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// The number of `value`, given a new one if it is new.
    mutating func id(_ value: [Element]) -> Int {
        let key = Key(elements: value)
        if let id = ids[key] { return id }
        ids[key] = values.count
        values.append(value)
        return values.count - 1
    }

    /// The value numbered `id`.
    func value(_ id: Int) -> [Element] { values[id] }
}
