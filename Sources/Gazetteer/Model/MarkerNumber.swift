/// The kind of a boundary marker (界桩) by how many posts share its number (GB/T 17796-2009).
public enum MarkerKind: String, Sendable, CaseIterable, Codable {
    /// 单立: one post on the line.
    case single
    /// 同号双立: two posts with one number, e.g. on both banks of a boundary river.
    case pair
    /// 同号三立: three posts with one number, at river forks and tri-points.
    case triple

    /// The Chinese term.
    public var chinese: String {
        switch self {
        case .single: return "单立"
        case .pair: return "同号双立"
        case .triple: return "同号三立"
        }
    }
}

/// The parts of a provincial boundary marker number in the 8-character form of GB/T 17796:
/// a 4-digit line code, a 3-digit sequence along the line, and a type letter.
///
/// Type letters: `Q` single; `A`/`B` the two posts of a pair (`A` on the side of the province with the smaller
/// code); `C`/`D`/`E` the three posts of a triple. Example: `1523001Q` is the first single marker of line 1523
/// (Inner Mongolia 15 – Heilongjiang 23). League and banner lines number markers in local formats, which the
/// registry stores as given.
public struct ProvincialMarkerNumber: Hashable, Sendable, CustomStringConvertible {
    /// The 4-digit line code, e.g. "1523".
    public var lineCode: String
    /// The sequence number along the line, 1–999.
    public var sequence: Int
    /// The type letter: Q, A, B, C, D or E.
    public var typeLetter: Character

    /// Parses an 8-character number such as "1523001Q"; `nil` when it is not in that form.
    public init?(_ text: String) {
        let chars = Array(text.trimmedWhitespace.uppercased())
        guard chars.count == 8, chars[0..<7].allSatisfy({ $0.isASCII && $0.isNumber }), "QABCDE".contains(chars[7]) else { return nil }
        guard let sequence = Int(String(chars[4..<7])), sequence >= 1 else { return nil }
        lineCode = String(chars[0..<4])
        self.sequence = sequence
        typeLetter = chars[7]
    }

    /// A number from its parts.
    public init?(lineCode: String, sequence: Int, typeLetter: Character) {
        self.init(lineCode + String(format: "%03d", sequence) + String(typeLetter))
    }

    /// The marker kind the type letter implies.
    public var kind: MarkerKind {
        switch typeLetter {
        case "Q": return .single
        case "A", "B": return .pair
        default: return .triple
        }
    }

    /// The 8-character form.
    public var description: String {
        lineCode + String(format: "%03d", sequence) + String(typeLetter)
    }
}

import Foundation
