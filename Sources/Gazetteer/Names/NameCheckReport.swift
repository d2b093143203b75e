/// The report of `gazetteer names check`, built here so that the CLI and the HTTP service present the same findings.
extension NameChecker {
    /// The findings of the one-name rules over `names`, with `warnings` (unknown categories) first, a summary by rule
    /// category and by unit, and every located name as a subject for the map.
    public func report(_ names: [CheckedName], source: String, warnings: [Finding] = []) -> FindingReport {
        var findings = warnings
        var byCategory: [NameRuleCategory: Int] = [:]
        var byUnit: [String: Int] = [:]
        var flagged = 0
        var flaggedIDs: Set<String> = []
        // The rules that judge a name depend on its kind only (category, subcategory, whether known): found once
        // per kind. Loops over the names go by index: iterating the array would copy every record once per loop.
        struct Applicability: Hashable {
            var category: PlaceCategory
            var subcategory: String?
            var known: Bool
        }
        var kindIDs: [Applicability: Int] = [:]
        var positionsOfKind: [[Int]] = []
        let kindOf = names.indices.map { index in
            let key = Applicability(category: names[index].name.category, subcategory: names[index].name.subcategory, known: names[index].categoryKnown)
            if let id = kindIDs[key] { return id }
            kindIDs[key] = positionsOfKind.count
            positionsOfKind.append(applicableRules(category: key.category, subcategory: key.subcategory, categoryKnown: key.known))
            return positionsOfKind.count - 1
        }
        // Each name is split once (the one-name rules and the 重 rules share the parts) and judged by the one-name
        // rules: independent per name, so on every core.
        let judged = concurrentMap(count: names.count) { [positionsOfKind, self] _, index in
            let parts = NameParts(names[index].name.names, generics: rules)
            let hits = hits(for: names[index].name, categoryKnown: names[index].categoryKnown, parts: parts,
                            applicable: positionsOfKind[kindOf[index]], mongolianRecorded: names[index].mongolianRecorded)
            return (parts: parts, hits: hits)
        }
        for index in names.indices where !judged[index].hits.isEmpty {
            let checked = names[index]
            flagged += 1
            flaggedIDs.insert(checked.name.id)
            for hit in judged[index].hits {
                byCategory[hit.rule.category, default: 0] += 1
                byUnit[checked.name.unitCode ?? "—", default: 0] += 1
                findings.append(finding(hit, for: checked))
            }
        }
        let parts = judged.map(\.parts)
        let groups = duplicateGroups(names, parts: parts)
        for group in groups {
            byCategory[.duplicate, default: 0] += group.members.count
            for member in group.members { byUnit[names[member].name.unitCode ?? "—", default: 0] += 1 }
        }
        let duplicates = duplicateFindings(groups, names: names)
        findings += duplicates
        flagged += Set(duplicates.flatMap(\.subjects)).subtracting(flaggedIDs).count
        let subjects = names.indices.compactMap { index in
            names[index].name.geometry.map { ReportSubject(id: names[index].name.id, name: names[index].name.names.standard, geometry: $0) }
        }
        var totals = NameRuleCategory.allCases.compactMap { category in
            byCategory[category].map {
                FindingSummary.Total(key: "rule_\(category.findingCode.id)", label: LocalizedText(zh: "“\(category.rawValue)”类", en: "\(category.findingCode.title.en)"), quantity: .count($0))
            }
        }
        totals += byUnit.keys.sorted().map { unit in
            FindingSummary.Total(key: "unit_\(unit)", label: LocalizedText(zh: "单位 \(unit)", en: "unit \(unit)"), quantity: .count(byUnit[unit] ?? 0))
        }
        // Reviewers work down the list: warnings first, then the info prompts (a Mongolian-script form to record, a
        // transliteration-like specific to look at), each group in the order the names came.
        let ordered = findings.enumerated().sorted { a, b in
            let (ra, rb) = (a.element.severity == .info ? 1 : 0, b.element.severity == .info ? 1 : 0)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        return FindingReport(
            title: LocalizedText(zh: "地名规范检查", en: "Place-name check"), source: source, subjects: subjects,
            findings: ordered, checked: names.count, totals: totals,
            statement: LocalizedText(zh: "合计 \(names.count) 条地名，\(flagged) 条不符合规则（规则 \(rules.rules.count) 条）。",
                                     en: "\(names.count) names, \(flagged) breaking a rule (\(rules.rules.count) rules)."))
    }

    /// The finding of one hit: the category's code, the rule's severity, the record as subject. Its field is
    /// `name:` and the rule id, so that two rules of one category broken by one name are two findings with two
    /// stable ids, and accepting one (a per-rule waiver) leaves the other open.
    func finding(_ hit: NameRuleHit, for checked: CheckedName) -> Finding {
        let name = checked.name
        let values: [String: FindingValue] = [
            "subject": .text("\(name.id) \(name.names.standard)"), "name": .text(name.names.standard),
            "reason": .localized(hit.rule.description), "matched": .text(hit.matched.joined(separator: "、")),
            "detail": .text(hit.detail.map { "；\($0)" } ?? ""), "citation": .text(hit.rule.citation),
            "fix": .text(hit.rule.fix.isEmpty ? "—" : hit.rule.fix), "rule": .text(hit.rule.id),
        ]
        return Finding(hit.rule.category.findingCode, severity: hit.rule.severity, subjects: [name.id], location: name.geometry,
                       file: checked.file, record: checked.record, field: "name:\(hit.rule.id)", values: values)
    }
}
