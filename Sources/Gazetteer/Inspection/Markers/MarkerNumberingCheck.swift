/// The numbering of one line's markers: unique numbers, numbers that fit the line and the marker, a sequence
/// increasing along the line's direction, and no gaps or repeats in it.
enum MarkerNumberingCheck {
    static func findings(_ line: MarkerLine) -> [Finding] {
        duplicates(line) + line.markers.compactMap { mismatch($0, line: line) } + sides(line) + order(line) + gaps(line)
    }

    /// ``FindingCode/markerDuplicateNumber``: one per number used too often.
    static func duplicates(_ line: MarkerLine) -> [Finding] {
        line.duplicates.map { copies in
            let first = copies[0]
            let records = copies.map { $0.source.record ?? Quantity.kilometres(fromMetres: $0.location.position).formatted }
            return first.finding(
                .markerDuplicateNumber, subjects: [first.number, line.line.code], measured: Quantity(Double(copies.count), .count),
                threshold: Quantity(1, .count), location: .multiPoint(copies.map { Point($0.marker.position) }),
                values: ["marker": .text(first.number), "line": line.label, "count": .text("\(copies.count)"),
                         "records": .text(records.joined(separator: ", "))])
        }
    }

    /// ``FindingCode/markerNumberMismatch`` for a number that does not fit its line or its marker's kind.
    static func mismatch(_ marker: LocatedMarker, line: MarkerLine) -> Finding? {
        let code = line.line.code
        let reason: LocalizedText
        if let n = marker.numbering {
            if line.line.level == .provincial && !n.isProvincial {
                reason = LocalizedText(zh: "省级界线的界桩编号应为 8 位（界线代码 4 位 + 序号 3 位 + 类型码）",
                                       en: "a provincial line's marker number has 8 characters (4-digit line code, 3-digit sequence, type letter)")
            } else if !n.linePart.isEmpty && n.linePart != code {
                reason = LocalizedText(zh: "编号中的界线代码 \(n.linePart) 不是所在界线 \(code) 的代码",
                                       en: "the line code in the number, \(n.linePart), is not that of its line \(code)")
            } else if let implied = n.letterKind, let kind = marker.marker.kind, implied != kind, let letter = n.letter {
                reason = LocalizedText(zh: "类型码 \(letter) 表示\(implied.chinese)，但登记为\(kind.chinese)",
                                       en: "type letter \(letter) means \(implied.rawValue), but the marker is recorded as \(kind.rawValue)")
            } else {
                return nil
            }
        } else {
            reason = LocalizedText(zh: "编号末尾没有序号", en: "the number does not end in a sequence number")
        }
        return marker.finding(.markerNumberMismatch, subjects: [marker.number, code],
                              values: ["marker": .text(marker.number), "reason": .localized(reason)])
    }

    /// ``FindingCode/markerNumberMismatch`` for a pair whose A post stands on the side of the larger province code
    /// (GB/T 17796: A on the side whose province code is smaller). Judged only when the posts stand on opposite
    /// sides and the line's units are in different provinces.
    static func sides(_ line: MarkerLine) -> [Finding] {
        let left = String(line.line.leftUnitCode.prefix(2)), right = String(line.line.rightUnitCode.prefix(2))
        guard left != right else { return [] }
        let sideOfA = left < right ? 1 : -1
        return line.groups.compactMap { group -> Finding? in
            guard group.members.count == 2, group.kind == .pair,
                  let a = group.members.first(where: { $0.numbering?.letter == "A" }),
                  let b = group.members.first(where: { $0.numbering?.letter == "B" }),
                  a.location.side != 0, a.location.side == -b.location.side, a.location.side != sideOfA else { return nil }
            let (smaller, larger) = left < right ? (line.line.leftUnitCode, line.line.rightUnitCode) : (line.line.rightUnitCode, line.line.leftUnitCode)
            return a.finding(.markerNumberMismatch, subjects: [a.number, b.number, line.line.code], location: line.stretch(a, b), values: [
                "marker": .text(a.number),
                "reason": .localized(LocalizedText(
                    zh: "A 桩应立于省代码较小的 \(smaller) 一侧，却在 \(larger) 一侧（B 桩 \(b.number) 在 \(smaller) 一侧）",
                    en: "post A should stand on the side of \(smaller), the smaller province code, but stands on the side of \(larger) (post B \(b.number) on \(smaller)'s)"))])
        }
    }

    /// ``FindingCode/markerOutOfOrder``: the groups not in a longest run whose positions increase with their numbers.
    ///
    /// GB/T 17796 numbers markers "normally west→east or north→south", whatever the direction the line is digitised
    /// in (which puts a chosen unit on its left): numbers may run with the line or against it. The sense is the one
    /// in which more markers are in order (with the line on a tie), and only the markers out of that order are named.
    /// On a line in several parts, each part is judged on its own (``MarkerLine/groupsByPart``).
    static func order(_ line: MarkerLine) -> [Finding] {
        line.groupsByPart.flatMap { order($0, line: line) }
    }

    static func order(_ groups: [MarkerGroup], line: MarkerLine) -> [Finding] {
        let forward = LongestIncreasingSubsequence.indices(groups.map(\.position))
        let backward = LongestIncreasingSubsequence.indices(groups.map { -$0.position })
        let inOrder = Set(backward.count > forward.count ? backward : forward)
        var findings: [Finding] = []
        for (i, group) in groups.enumerated() where !inOrder.contains(i) {
            let after = (0..<i).reversed().first(where: inOrder.contains).map { groups[$0] }
            let before = (i + 1..<groups.count).first(where: inOrder.contains).map { groups[$0] }
            let position = Quantity.kilometres(fromMetres: group.position)
            findings.append(group.members[0].finding(
                .markerOutOfOrder, subjects: group.numbers + [line.line.code], measured: position,
                threshold: after.map { .kilometres(fromMetres: $0.position) }, location: group.location,
                values: ["marker": .text(group.label), "line": line.label, "position": .quantity(position),
                         "after": .text(after?.label ?? "—"), "before": .text(before?.label ?? "—")]))
        }
        return findings
    }

    /// ``FindingCode/markerSequenceGap``: each run of missing sequence numbers (from 1), and each sequence number
    /// carried by posts of different kinds (a single and a pair both numbered 5).
    static func gaps(_ line: MarkerLine) -> [Finding] {
        let groups = line.groups
        var findings: [Finding] = []
        var expected = 1
        for (i, group) in groups.enumerated() {
            if group.sequence > expected {
                let missing = expected == group.sequence - 1 ? "\(expected)" : "\(expected)–\(group.sequence - 1)"
                let previous = i > 0 ? groups[i - 1] : nil
                let location = previous.map { line.stretch($0.members[0], group.members[0]) } ?? group.location
                findings.append(group.members[0].finding(
                    .markerSequenceGap, subjects: (previous?.numbers ?? []) + group.numbers + [line.line.code],
                    measured: Quantity(Double(group.sequence - expected), .count), threshold: Quantity(0, .count), location: location,
                    values: ["line": line.label, "what": .localized(LocalizedText(zh: "缺号", en: "skips")), "numbers": .text(missing)]))
            }
            expected = max(expected, group.sequence + 1)
            if group.kind == nil {
                findings.append(group.members[0].finding(
                    .markerSequenceGap, subjects: group.numbers + [line.line.code], measured: Quantity(Double(group.members.count), .count),
                    threshold: Quantity(1, .count), location: .multiPoint(group.members.map { Point($0.marker.position) }),
                    values: ["line": line.label, "what": .localized(LocalizedText(zh: "重号（不同类型共用序号）", en: "repeats a sequence number with different types")),
                             "numbers": .text("\(group.sequence)（\(group.label)）")]))
            }
        }
        return findings
    }
}
