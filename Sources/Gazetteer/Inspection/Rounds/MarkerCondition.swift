/// The condition of a marker post as the field team found it.
///
/// The terms of the 联检记录表 are accepted in Chinese too (完好, 损坏, 倾斜, 掩埋, 丢失, 重建, 移位), as are a few
/// common variants (缺失, 破损, 歪斜, 被埋); `displaced` is what the team saw (moved off its spot), the measured
/// displacement is the comparison's.
public enum MarkerCondition: String, Sendable, CaseIterable, Equatable {
    case intact, damaged, tilted, buried, missing, rebuilt, displaced

    /// The Chinese term.
    public var chinese: String {
        switch self {
        case .intact: return "完好"
        case .damaged: return "损坏"
        case .tilted: return "倾斜"
        case .buried: return "掩埋"
        case .missing: return "丢失"
        case .rebuilt: return "重建"
        case .displaced: return "移位"
        }
    }

    /// The term in `language`.
    public func label(_ language: Language) -> String { language == .zh ? chinese : rawValue }

    /// The condition written `text` (English or Chinese, any case, surrounding spaces ignored), or nil.
    public init?(term text: String) {
        let t = text.trimmedWhitespace.lowercased()
        if let c = MarkerCondition(rawValue: t) { self = c; return }
        let chinese: [String: MarkerCondition] = [
            "完好": .intact, "良好": .intact, "损坏": .damaged, "破损": .damaged, "损毁": .damaged, "倾斜": .tilted, "歪斜": .tilted,
            "掩埋": .buried, "被埋": .buried, "丢失": .missing, "缺失": .missing, "遗失": .missing, "重建": .rebuilt, "移位": .displaced,
        ]
        guard let c = chinese[t] else { return nil }
        self = c
    }

    /// Whether the post needs repair although it stands (damaged, tilted, buried): a `marker.damaged` finding.
    public var needsRepair: Bool { self == .damaged || self == .tilted || self == .buried }

    /// The terms accepted, for messages.
    public static var acceptedTerms: String {
        allCases.map { "\($0.rawValue)/\($0.chinese)" }.joined(separator: ", ")
    }
}
