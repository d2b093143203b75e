/// A typed record of one registry layer, convertible both ways with its ``RegistryRecord``.
///
/// The checks work on these types; ``RegistryRecord`` and its string-keyed fields stay at the exchange edge and inside
/// stores. `Self(record: r).record` gives back `r`'s fields, except that lists (aliases, historical names) are written
/// `;`-separated without spaces and reference landmarks as canonical JSON.
public protocol LayerRecord: Sendable {
    /// The layer this type is a record of.
    static var layer: Layer { get }
    /// The record's key in its layer.
    var key: String { get }
    /// The record as fields and geometry.
    var record: RegistryRecord { get }
    /// The typed form of `record`.
    /// - Throws: ``RecordConversionError`` naming the field that is missing or malformed.
    init(record: RegistryRecord) throws(RecordConversionError)
}

/// A registry record that does not make a typed record: which record, which field, and why.
public struct RecordConversionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var layer: Layer
    public var key: String
    public var field: String
    public var reason: String

    public init(layer: Layer, key: String, field: String, reason: String) {
        self.layer = layer
        self.key = key
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(layer.rawValue) '\(key)' field \(field): \(reason)" }
}

/// Reads the fields of a ``RegistryRecord`` as Swift values, with field-level errors.
struct RecordFields {
    let record: RegistryRecord

    private func fail(_ field: String, _ reason: String) -> RecordConversionError {
        RecordConversionError(layer: record.layer, key: record.key, field: field, reason: reason)
    }

    /// The text of `field`, or nil when absent or empty.
    func text(_ field: String) -> String? {
        guard let value = record.fields[field]?.description, !value.isEmpty else { return nil }
        return value
    }

    func required(_ field: String) throws(RecordConversionError) -> String {
        guard let value = text(field) else { throw fail(field, "missing") }
        return value
    }

    func date(_ field: String) throws(RecordConversionError) -> RegistryDate? {
        guard let value = text(field) else { return nil }
        guard let date = RegistryDate(value) else { throw fail(field, "not a date: '\(value)'") }
        return date
    }

    func double(_ field: String) throws(RecordConversionError) -> Double? {
        guard let value = record.fields[field] else { return nil }
        guard let number = value.double else { throw fail(field, "not a number: '\(value)'") }
        return number
    }

    func integer(_ field: String) throws(RecordConversionError) -> Int? {
        guard let number = try double(field) else { return nil }
        guard number.rounded() == number, abs(number) < 1e15 else { throw fail(field, "not a whole number: \(number)") }
        return Int(number)
    }

    func choice<E: RawRepresentable>(_ field: String, _: E.Type) throws(RecordConversionError) -> E? where E.RawValue == String {
        guard let value = text(field) else { return nil }
        guard let choice = E(rawValue: value) else { throw fail(field, "not one of the allowed values: '\(value)'") }
        return choice
    }

    func requiredChoice<E: RawRepresentable>(_ field: String, _ type: E.Type) throws(RecordConversionError) -> E where E.RawValue == String {
        guard let choice = try choice(field, type) else { throw fail(field, "missing") }
        return choice
    }

    /// A `;`-separated list, trimmed, without empty items.
    func list(_ field: String) -> [String] {
        (text(field) ?? "").split(separator: ";").map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
    }

    var lifespan: Lifespan {
        get throws(RecordConversionError) { Lifespan(from: try date("valid_from"), to: try date("valid_to")) }
    }

    /// The names of a unit or place name.
    var nameForms: NameForms {
        get throws(RecordConversionError) {
            NameForms(standard: try required("name"), specific: text("specific"), generic: text("generic"),
                      romanized: text("romanized"), mongolian: text("mongolian"), mongolianLatin: text("mongolian_latin"),
                      aliases: list("aliases"), historical: list("historical"))
        }
    }
}

/// Builds the fields of a ``RegistryRecord`` from Swift values; nil values are left out.
struct RecordBuilder {
    private(set) var fields = FieldBag()

    mutating func set(_ field: String, _ value: String?) {
        if let value, !value.isEmpty { fields[field] = .text(value) }
    }

    mutating func set(_ field: String, _ value: Double?) {
        if let value { fields[field] = .real(value) }
    }

    mutating func set(_ field: String, _ value: Int?) {
        if let value { fields[field] = .integer(Int64(value)) }
    }

    mutating func set(_ field: String, _ value: RegistryDate?) {
        set(field, value?.description)
    }

    mutating func set<E: RawRepresentable>(_ field: String, _ value: E?) where E.RawValue == String {
        set(field, value?.rawValue)
    }

    mutating func set(_ field: String, list: [String]) {
        set(field, list.isEmpty ? nil : list.joined(separator: ";"))
    }

    mutating func set(lifespan: Lifespan) {
        set("valid_from", lifespan.validFrom)
        set("valid_to", lifespan.validTo)
    }

    mutating func set(names: NameForms) {
        set("name", names.standard)
        set("specific", names.specific)
        set("generic", names.generic)
        set("romanized", names.romanized)
        set("mongolian", names.mongolian)
        set("mongolian_latin", names.mongolianLatin)
        set("aliases", list: names.aliases)
        set("historical", list: names.historical)
    }
}

extension RegistryStore {
    /// The typed records of `type`'s layer in force on `asOf` (the current ones when nil), ordered by key.
    /// - Throws: ``RecordConversionError`` for a stored record that does not make a typed one, and the store's errors.
    public func records<R: LayerRecord>(_ type: R.Type, asOf: RegistryDate? = nil) throws -> [R] {
        try records(R.layer, asOf: asOf).map { stored throws in try R(record: stored.record) }
    }

    /// The typed version of record `key` in force on `asOf`, or nil.
    public func record<R: LayerRecord>(_ type: R.Type, key: String, asOf: RegistryDate? = nil) throws -> R? {
        try record(R.layer, key: key, asOf: asOf).map { stored throws in try R(record: stored.record) }
    }
}
