import Foundation
import Gazetteer

/// A later decision in the demo's history: in 2023 an estate named after a foreign person (the "洋" rule of the
/// 2022 Regulations, Art. 9(5)) is renamed, as 新巴尔虎右旗 renamed 乔巴山小区 to 莫嫩小区 that year.
///
/// Written as `names/demo_renames_2023.csv`: the whole new version of the record (an import replaces a record
/// with the version in the file), to be imported with `--date 2023-05-08` so that the registry keeps both
/// versions and a `renamed` change event.
enum Renames {
    /// The name renamed, its new name and the decision (invented for the demo).
    static let oldName = "乔巴山家园"
    static let newName = "北湖家园"
    static let newPinyin = "Beihu"
    static let approval = Approval(authority: "满洲里市人民政府", decision: "满政字〔2023〕45号", date: DemoDate(2023, 5, 8))

    /// Writes the renamed record; returns its id.
    static func write(_ records: [PlaceNames.Record], to path: String) throws -> String {
        guard var record = records.first(where: { $0.entry.name == oldName }) else {
            throw DemoDataError("the catalogue has no \(oldName) to rename")
        }
        record.entry.name = newName
        record.entry.pinyin = newPinyin
        record.entry.roman = nil
        record.entry.historical = [oldName]
        record.entry.origin = "2023年依据“不以外国人名、地名作地名”的规定由\(oldName)更名"
        record.entry.approval = approval
        try PlaceNames.write([record], to: path)
        return record.id
    }
}
