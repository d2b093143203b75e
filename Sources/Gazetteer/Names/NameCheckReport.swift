/// The report of `gazetteer names check`, built here so that the CLI and the HTTP service present the same findings.
extension NameChecker {
    /// The findings of the one-name rules over `names`, with `warnings` (unknown categories) first, a summary by rule
    /// category and by unit, and every located name as a subject for the map.
    public func report(_ names: [CheckedName], source: String, warnings: [Finding] = []) -> FindingReport {
        // The rules that judge a name depend on its kind only (category, subcategory, whether known): found once
        // per kind. Loops over the names go by index: iterating the array would copy every record once per loop.
        var kindIDs: [NameKind: Int] = [:]
        var positionsOfKind: [[Int]] = []
        let kindOf = names.indices.map { index in
            let key = NameKind(names[index])
            if let id = kindIDs[key] { return id }
            kindIDs[key] = positionsOfKind.count
            positionsOfKind.append(applicableRules(category: key.category, subcategory: key.subcategory, categoryKnown: key.known))
            return positionsOfKind.count - 1
        }
        // Each name is split once (the one-name rules and the 重 rules share the parts) and judged by the one-name
        // rules: independent per name, so on every core.
        // Two passes, not one of pairs: splitting pairs afterwards copied every name's parts.
        // The workers read the names, parts and rule lists in place (`SharedElements`): copying a name to read
        // it cost a retain and a release of each of its strings.
        let parts = withSharedElements(names) { names in
            concurrentMap(count: names.count) { [rules] _, index in NameParts(names[index].name.names, generics: rules.index) }
        }
        let hitsOf = withSharedElements(names) { names in
            withSharedElements(parts) { parts in
                withSharedElements(positionsOfKind) { positionsOfKind in
                    concurrentMap(count: names.count) { [self] _, index in
                        hits(for: names[index].name, categoryKnown: names[index].categoryKnown, parts: parts[index],
                             applicable: positionsOfKind[kindOf[index]], mongolianRecorded: names[index].mongolianRecorded)
                    }
                }
            }
        }
        return report(names, parts: parts, hitsOf: hitsOf, source: source, warnings: warnings)
    }

    /// The report of the CSV list at `path` (see ``PlaceNameList``), each name judged by the one-name rules on a
    /// second core while the list is still being read; the same report as
    /// `report(PlaceNameList.read(…).names, source: path, warnings: …)`, with the list's warnings first.
    /// - Throws: ``ExchangeError`` when the file cannot be read as CSV or has no `name` column.
    public func report(listAt path: String, mapping: FieldMapping) throws -> FindingReport {
        let reader = try PlaceNameList.Reader(path: path, mapping: mapping, rules: rules)
        let (names, parts, hitsOf) = try readWhileJudging(next: { try reader.next() }, capacity: { reader.estimatedCount },
                                                          makeJudge: { [self] in judge() })
        let report = report(names, parts: parts, hitsOf: hitsOf, source: path, warnings: reader.warnings)
        releaseInBackground((consume names, consume parts, consume hitsOf))
        return report
    }

    /// A judge for one thread: a name's parts and the hits of the one-name rules on it, the rules that apply to
    /// each kind of name found once (the last kind is tried first: lists come sorted by kind more often than not).
    private func judge() -> (borrowing CheckedName) -> (NameParts, [NameRuleHit]) {
        var positionsOfKind: [NameKind: [Int]] = [:]
        var last: (kind: NameKind, positions: [Int])?
        return { [self] checked in
            let kind = NameKind(checked)
            let positions: [Int]
            if let last, last.kind == kind {
                positions = last.positions
            } else {
                positions = positionsOfKind[kind] ?? applicableRules(category: kind.category, subcategory: kind.subcategory, categoryKnown: kind.known)
                positionsOfKind[kind] = positions
                last = (kind, positions)
            }
            let parts = NameParts(checked.name.names, generics: rules.index)
            return (parts, hits(for: checked.name, categoryKnown: checked.categoryKnown, parts: parts, applicable: positions,
                                mongolianRecorded: checked.mongolianRecorded))
        }
    }

    /// The report of `names`, each with its parts (`parts[i]`) and one-name rule hits (`hitsOf[i]`) already found.
    private func report(_ names: [CheckedName], parts: [NameParts], hitsOf: [[NameRuleHit]], source: String, warnings: [Finding]) -> FindingReport {
        var findings = warnings
        // The unit of each flagged name, for the totals by unit (counted from the findings, here and after review).
        var unitOf: [String: String] = [:]
        for index in names.indices where !hitsOf[index].isEmpty {
            let checked = names[index]
            unitOf[checked.name.id] = unitOf[checked.name.id] ?? checked.name.unitCode ?? "—"
            for hit in hitsOf[index] { findings.append(finding(hit, for: checked)) }
        }
        let groups = duplicateGroups(names, parts: parts)
        for group in groups {
            for member in group.members {
                let name = names[member].name
                unitOf[name.id] = unitOf[name.id] ?? name.unitCode ?? "—"
            }
        }
        findings += duplicateFindings(groups, names: names)
        let subjects = names.indices.compactMap { index in
            names[index].name.geometry.map { ReportSubject(id: names[index].name.id, name: names[index].name.names.standard, geometry: $0) }
        }
        let (checked, ruleCount) = (names.count, rules.rules.count)
        let recount: @Sendable ([Finding]) -> (totals: [FindingSummary.Total], statement: LocalizedText?) = { [unitOf] counted in
            let (totals, statement) = Self.counts(of: counted, checked: checked, ruleCount: ruleCount, unitOf: unitOf)
            return (totals, statement)
        }
        let (totals, statement) = recount(findings)
        // Reviewers work down the list: warnings first, then the info prompts (a Mongolian-script form to record, a
        // transliteration-like specific to look at), each group in the order the names came.
        let ordered = findings.enumerated().sorted { a, b in
            let (ra, rb) = (a.element.severity == .info ? 1 : 0, b.element.severity == .info ? 1 : 0)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        var report = FindingReport(
            title: LocalizedText(zh: "地名规范检查", en: "Place-name check"), source: source, subjects: subjects,
            findings: ordered, checked: names.count, totals: totals, statement: statement)
        report.recount = recount
        return report
    }

    /// The totals by rule category and by unit, and the statement, counted from the rule findings among `counted`
    /// (each names one record: its category from the code, its unit from `unitOf`); other findings (the warnings
    /// about unknown categories) are not counted.
    static func counts(of counted: [Finding], checked: Int, ruleCount: Int, unitOf: [String: String])
        -> (totals: [FindingSummary.Total], statement: LocalizedText) {
        var categoryOfCode: [String: NameRuleCategory] = [FindingCode.nameHomophone.id: .duplicate]
        for category in NameRuleCategory.allCases { categoryOfCode[category.findingCode.id] = category }
        var byCategory: [NameRuleCategory: Int] = [:], byUnit: [String: Int] = [:]
        var flagged: Set<String> = []
        for finding in counted {
            guard let category = categoryOfCode[finding.code.id], let subject = finding.subjects.first else { continue }
            byCategory[category, default: 0] += 1
            byUnit[unitOf[subject] ?? "—", default: 0] += 1
            flagged.insert(subject)
        }
        var totals = NameRuleCategory.allCases.compactMap { category in
            byCategory[category].map {
                FindingSummary.Total(key: "rule_\(category.findingCode.id)", label: LocalizedText(zh: "“\(category.rawValue)”类", en: "\(category.findingCode.title.en)"), quantity: .count($0))
            }
        }
        totals += byUnit.keys.sorted().map { unit in
            FindingSummary.Total(key: "unit_\(unit)", label: LocalizedText(zh: "单位 \(unit)", en: "unit \(unit)"), quantity: .count(byUnit[unit] ?? 0))
        }
        let statement = LocalizedText(zh: "合计 \(checked) 条地名，\(flagged.count) 条不符合规则（规则 \(ruleCount) 条）。",
                                      en: "\(checked) names, \(flagged.count) breaking a rule (\(ruleCount) rules).")
        return (totals, statement)
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

/// What decides which one-name rules judge a name: its category, subcategory and whether the category is known.
private struct NameKind: Hashable {
    var category: PlaceCategory
    var subcategory: String?
    var known: Bool

    init(_ checked: borrowing CheckedName) {
        category = checked.name.category
        subcategory = checked.name.subcategory
        known = checked.categoryKnown
    }
}
