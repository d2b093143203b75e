/// One rule broken by one name: the rule, the text that broke it, and for scale rules the value compared.
public struct NameRuleHit: Sendable, Equatable {
    /// The rule.
    public var rule: NameRule
    /// The matched text (`中央`, `BOBO`, `大厦+广场`), in the order found.
    public var matched: [String]
    /// For a `scale` rule: the record's values against the thresholds, e.g. `land_area 6800 < 10000`.
    public var detail: String?

    /// A hit; see the properties.
    public init(rule: NameRule, matched: [String], detail: String? = nil) {
        self.rule = rule
        self.matched = matched
        self.detail = detail
    }
}
