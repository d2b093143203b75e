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
        duplicateGroups(names, parts: names.indices.map { NameParts(names[$0].name.names, generics: rules.index) })
    }

    /// ``duplicateGroups(_:)`` with each name's parts already split (`parts[i]` those of `names[i]`).
    func duplicateGroups(_ names: [CheckedName], parts: [NameParts]) -> [DuplicateGroup] {
        /// One judged name of one rule: its bucket (category and scope key), the hash of what must be equal (the
        /// name, core or reading) and its position. Sorting these puts each bucket's candidates together, in input
        /// order: grouping half a million names is one sort of integers, not a hash table of strings (whose
        /// scattered lookups were half the cost of grouping).
        struct Entry: Comparable {
            var bucket: UInt64
            var key: UInt64
            var index: UInt32
            static func < (a: Entry, b: Entry) -> Bool { (a.bucket, a.key, a.index) < (b.bucket, b.key, b.index) }
        }
        let duplicateRules = rules.rules.filter { [.duplicate, .nearDuplicate, .homophone].contains($0.match) }
        let ordered = duplicateRules.sorted { (NameScope.allCases.firstIndex(of: $0.scope ?? .county) ?? 0) < (NameScope.allCases.firstIndex(of: $1.scope ?? .county) ?? 0) }
        // What the inner loop needs of each name is numbered once: its kind (category, subcategory, whether known),
        // its scope keys, the hashes of its standard name and toneless reading, so that each rule's pass touches
        // integers only and never copies a record.
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
        let scoped = ordered.filter { $0.scope != nil }
        // Scope keys are the code prefixes read as numbers, one array per scope used.
        var scopeKeys: [NameScope: [Int]] = [:]
        for scope in Set(scoped.compactMap(\.scope)) {
            scopeKeys[scope] = withSharedElements(names) { names in
                concurrentMap(count: names.count) { _, index in scope.numericKey(unitCode: names[index].name.unitCode, id: names[index].name.id) ?? -1 }
            }
        }
        // Every name's hashed standard name and toneless reading, on every core, when some rule compares them.
        let standards = scoped.contains { $0.match == .duplicate }
            ? withSharedElements(parts) { parts in concurrentMap(count: parts.count) { _, index in Self.hash(parts[index].standardScalars) } } : []
        let readings = scoped.contains { $0.match == .homophone }
            ? withSharedElements(parts) { parts in
                concurrentMap(count: parts.count) { [rules] _, index in Self.hash(rules.index.syllableIDs(parts[index].standardScalars)) }
            } : []
        // Each rule's candidate groups on its own (the rules are independent until their groups are reported), as
        // many at once as there are cores: runs of one bucket and hash with more than one member, split by value,
        // in the order of their first member.
        let candidates = withSharedElements(names) { names in
            withSharedElements(parts) { parts in
                concurrentMap(count: scoped.count, workers: scoped.count) { [rules, kindOf, kinds, scopeKeys] _, position -> [(scopeKey: Int, members: [Int])] in
                    let rule = scoped[position]
                    let keys = rule.scope.flatMap { scopeKeys[$0] } ?? []
                    let applies = kinds.map { $0.known && rule.applies(to: $0.category, subcategory: $0.subcategory) }
                    let removing = rule.words.filter { $0 != "*" && NameScope(rawValue: $0) == nil }
                    var entries: [Entry] = []
                    for index in 0..<names.count {
                        let scopeKey = keys[index]
                        guard scopeKey >= 0, applies[kindOf[index]],
                              rule.exemptions.isEmpty || !rule.exemptions.contains(where: { $0.exempts(names[index].name) }) else { continue }
                        let key: UInt64
                        switch rule.match {
                        case .duplicate: key = standards[index]
                        case .homophone: key = readings[index]
                        default:
                            let core = Self.core(parts[index].specific, removing: removing)
                            guard !core.isEmpty else { continue }
                            key = Self.hash(Array(core.unicodeScalars))
                        }
                        // A scope key has at most 9 digits (< 2³⁰) and there are a few dozen categories.
                        entries.append(Entry(bucket: UInt64(categoryOfKind[kindOf[index]]) << 32 | UInt64(scopeKey), key: key, index: UInt32(index)))
                    }
                    entries.sort()
                    // Whether two names of one run are really alike (equal hashes of unequal values are possible).
                    func alike(_ a: Int, _ b: Int) -> Bool {
                        switch rule.match {
                        case .duplicate: return parts[a].standardScalars == parts[b].standardScalars
                        case .homophone: return rules.index.syllableIDs(parts[a].standardScalars) == rules.index.syllableIDs(parts[b].standardScalars)
                        default: return Self.core(parts[a].specific, removing: removing) == Self.core(parts[b].specific, removing: removing)
                        }
                    }
                    var found: [(scopeKey: Int, members: [Int])] = []
                    var start = 0
                    while start < entries.count {
                        var end = start + 1
                        while end < entries.count, entries[end].bucket == entries[start].bucket, entries[end].key == entries[start].key { end += 1 }
                        if end - start > 1 {
                            var rest = entries[start..<end].map { Int($0.index) }
                            while rest.count > 1 {
                                let first = rest[0]
                                let members = rest.filter { $0 == first || alike(first, $0) }
                                if members.count > 1 { found.append((Int(entries[start].bucket & 0xFFFF_FFFF), members)) }
                                rest = members.count == rest.count ? [] : rest.filter { !members.contains($0) }
                            }
                        }
                        start = end
                    }
                    found.sort { $0.members[0] < $1.members[0] }
                    return found
                }
            }
        }
        // Reported in rule order, narrowest scope first: a group already reported is not reported again.
        var reported: Set<[Int]> = []
        var groups: [DuplicateGroup] = []
        for (rule, found) in zip(scoped, candidates) {
            guard let scope = rule.scope else { continue }
            let removing = rule.words.filter { $0 != "*" && NameScope(rawValue: $0) == nil }
            for (scopeKey, members) in found {
                // A near-duplicate group needs two different names: identical ones are the duplicate rule's.
                if rule.match != .duplicate, Set(members.map { names[$0].name.names.standard }).count < 2 { continue }
                guard reported.insert(members).inserted else { continue }
                let first = members[0]
                let shared = rule.match == .homophone ? tonelessPinyin(names[first].name.names.standard)
                    : rule.match == .duplicate ? names[first].name.names.standard : Self.core(parts[first].specific, removing: removing)
                groups.append(DuplicateGroup(rule: rule, scope: scope, scopeKey: scope.keyText(scopeKey), key: shared, members: members))
            }
        }
        return groups
    }

    /// A 64-bit hash of a sequence of trivial values (a name's scalars, a reading's syllable numbers), hashed as its
    /// bytes in one call: equal sequences hash equal.
    static func hash<Element: BitwiseCopyable>(_ elements: [Element]) -> UInt64 {
        var hasher = Hasher()
        elements.withUnsafeBytes { hasher.combine(bytes: $0) }
        return UInt64(bitPattern: Int64(hasher.finalize()))
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
