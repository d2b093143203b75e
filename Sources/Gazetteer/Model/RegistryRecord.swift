/// One version of a registry record: its fields, geometry and lifespan, in the layer's schema (docs/LAYERS.md).
///
/// This is the form records take at the exchange edge and inside stores; the checks use the typed records
/// (``AdminUnit``, ``BoundaryLine``, ``BoundaryMarker``, ``PlaceName``) made from it.
public struct RegistryRecord: Sendable, Equatable {
    public var layer: Layer
    public var fields: FieldBag
    public var geometry: Geometry?
    /// The fields an import actually carried (`geometry` for the geometry), or nil for a complete record.
    ///
    /// An update that carries only some fields changes only those: a field the input does not carry keeps its
    /// registered value (see ``merged(onto:)``). A carried field without a value clears it.
    public var carriedFields: Set<String>?

    public init(layer: Layer, fields: FieldBag, geometry: Geometry?, carriedFields: Set<String>? = nil) {
        self.layer = layer
        self.fields = fields
        self.geometry = geometry
        self.carriedFields = carriedFields
    }

    /// The record's key (unit code, line code, marker number, name id).
    public var key: String { fields[layer.keyField]?.description ?? "" }

    /// The record's lifespan from its `valid_from` / `valid_to` fields.
    public var lifespan: Lifespan {
        Lifespan(from: fields["valid_from"].flatMap { RegistryDate($0.description) },
                 to: fields["valid_to"].flatMap { RegistryDate($0.description) })
    }

    /// The record's name, for reports.
    public var name: String? { fields["name"]?.description }

    /// This record as an update of `current`: the fields and geometry it carries replace the current ones, the rest are
    /// kept. The lifespan fields are always this record's. A complete record (``carriedFields`` nil) is returned as is.
    public func merged(onto current: RegistryRecord) -> RegistryRecord {
        guard let carried = carriedFields else { return self }
        var result = current
        result.carriedFields = nil
        for spec in layer.fields where carried.contains(spec.name) || spec.name == "valid_from" || spec.name == "valid_to" {
            result.fields[spec.name] = fields[spec.name]
        }
        if carried.contains("geometry") { result.geometry = geometry }
        return result
    }

    /// The written forms of the record's names, for the `name_forms` table: the standard Chinese name, its
    /// romanization and Mongolian forms, and a row for each alias and historical name (`;`-separated in their fields).
    /// Empty for layers without names of places (lines, markers).
    public var nameForms: [(kind: NameFormKind, text: String, status: NameFormStatus)] {
        guard layer == .units || layer == .names else { return [] }
        var forms: [(NameFormKind, String, NameFormStatus)] = []
        if let name, !name.isEmpty { forms.append((.chinese, name, .standard)) }
        let single: [(String, NameFormKind)] = [("romanized", .romanization), ("mongolian", .mongolianScript), ("mongolian_latin", .mongolianLatin)]
        for (field, kind) in single {
            if let text = fields[field]?.description, !text.isEmpty { forms.append((kind, text, .standard)) }
        }
        for (field, status) in [("aliases", NameFormStatus.variant), ("historical", .historical)] {
            for text in (fields[field]?.description ?? "").split(separator: ";") {
                let trimmed = text.trimmedWhitespace
                if !trimmed.isEmpty { forms.append((.alias, trimmed, status)) }
            }
        }
        return forms
    }
}
