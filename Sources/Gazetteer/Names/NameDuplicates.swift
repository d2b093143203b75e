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
        let duplicateRules = rules.rules.filter { [.duplicate, .nearDuplicate, .homophone].contains($0.match) }
        var reported: Set<[Int]> = []
        var groups: [DuplicateGroup] = []
        let parts = names.map { NameParts($0.name.names, generics: rules) }
        let ordered = duplicateRules.sorted { (NameScope.allCases.firstIndex(of: $0.scope ?? .county) ?? 0) < (NameScope.allCases.firstIndex(of: $1.scope ?? .county) ?? 0) }
        for rule in ordered {
            guard let scope = rule.scope else { continue }
            var buckets: [String: [Int]] = [:]
            var order: [String] = []
            for (index, checked) in names.enumerated() {
                let name = checked.name
                guard checked.categoryKnown, rule.applies(to: name.category, subcategory: name.subcategory),
                      !rule.exemptions.contains(where: { $0.exempts(name) }), let scopeKey = scope.key(for: name) else { continue }
                let key: String
                if rule.match == .duplicate {
                    key = name.names.standard
                } else if rule.match == .homophone {
                    key = tonelessPinyin(name.names.standard)
                } else {
                    let core = Self.core(parts[index].specific, removing: rule.words.filter { $0 != "*" })
                    guard !core.isEmpty else { continue }
                    key = core
                }
                let bucket = "\(name.category.rawValue)|\(scopeKey)|\(key)"
                if buckets[bucket] == nil { order.append(bucket) }
                buckets[bucket, default: []].append(index)
            }
            for bucket in order {
                guard let members = buckets[bucket], members.count > 1 else { continue }
                // A near-duplicate group needs two different names: identical ones are the duplicate rule's.
                if rule.match != .duplicate, Set(members.map { names[$0].name.names.standard }).count < 2 { continue }
                guard reported.insert(members).inserted else { continue }
                let pieces = bucket.split(separator: "|", maxSplits: 2).map(String.init)
                groups.append(DuplicateGroup(rule: rule, scope: scope, scopeKey: pieces[1], key: pieces[2], members: members))
            }
        }
        return groups
    }

    /// The toneless pinyin of `text`, a syllable per character (first reading of hanzi.tsv; other characters as they are).
    func tonelessPinyin(_ text: String) -> String {
        text.map { rules.hanziReadings[$0] ?? String($0) }.joined(separator: " ")
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
