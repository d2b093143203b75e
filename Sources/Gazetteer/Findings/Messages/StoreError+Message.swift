extension StoreError: UserFacingError {
    /// SQLite's primary result codes that this type explains (sqlite3.h).
    enum SQLiteCode: Int32 {
        case perm = 3, busy = 5, locked = 6, noMemory = 7, readOnly = 8, ioError = 10, corrupt = 11, full = 13,
             cantOpen = 14, notADatabase = 26
    }

    /// Input for a file that is not a registry or a record that does not exist; system for everything SQLite
    /// itself refused (busy, locked, read-only, cannot open, disk full, I/O error) and for a corrupt registry.
    public var failureKind: FailureKind {
        switch self {
        case .sqlite(let code, _, _):
            return SQLiteCode(rawValue: code & 0xFF) == .notADatabase ? .input : .system
        case .corrupt, .busy:
            return .system
        case .notARegistry, .newerSchema, .alreadyExists, .notFound, .conflict:
            return .input
        }
    }

    public func message(_ language: Language, verbose: Bool) -> String {
        let text = localized.text(language)
        guard verbose else { return text }
        switch self {
        case .sqlite: return text + "\n  " + description
        case .busy: return text + "\n  SQLite error 5 (SQLITE_BUSY): database is locked"
        default: return text
        }
    }

    private var localized: LocalizedText {
        switch self {
        case .sqlite(let code, _, _):
            switch SQLiteCode(rawValue: code & 0xFF) {
            case .busy?, .locked?:
                return LocalizedText(zh: "登记册正被另一个程序写入（已锁定），本次操作未执行。请等它完成后重试。",
                                     en: "The registry is being written by another program (it is locked); nothing was done. Try again when it has finished.")
            case .readOnly?:
                return LocalizedText(zh: "登记册是只读的，无法写入，未作任何修改。请检查该文件及其所在文件夹的写权限。",
                                     en: "The registry is read-only, so nothing was written. Check the write permission of the file and of its folder.")
            case .cantOpen?:
                return LocalizedText(zh: "无法打开登记册文件：该路径是文件夹、所在文件夹不存在或没有权限。请用 --registry 指定登记册文件。",
                                     en: "Cannot open the registry file: the path is a folder, its folder does not exist, or permission is denied. Name the registry file with --registry.")
            case .full?:
                return LocalizedText(zh: "磁盘已满，写入未完成，登记册保持原样。请腾出磁盘空间后重试。",
                                     en: "The disk is full; the write did not happen and the registry is as it was. Free some space and try again.")
            case .ioError?:
                return LocalizedText(zh: "读写登记册时磁盘出错，本次操作未完成。请检查磁盘或存储设备后重试。",
                                     en: "A disk error occurred while reading or writing the registry; the operation did not complete. Check the disk and try again.")
            case .perm?:
                return LocalizedText(zh: "没有访问登记册的权限。请检查文件权限。", en: "Permission to use the registry was denied. Check the file's permissions.")
            case .corrupt?:
                return LocalizedText(zh: "登记册文件已损坏。请从备份恢复。", en: "The registry file is damaged. Restore it from a backup.")
            case .noMemory?:
                return LocalizedText(zh: "内存不足，操作未完成。", en: "Out of memory; the operation did not complete.")
            case .notADatabase?:
                return LocalizedText(zh: "该文件不是登记册（不是 SQLite/GeoPackage 文件）。", en: "The file is not a registry (not an SQLite/GeoPackage file).")
            case nil:
                return LocalizedText(zh: "登记册操作失败（SQLite 错误 \(code)），未作任何修改。加 --verbose 查看详情。",
                                     en: "The registry operation failed (SQLite error \(code)); nothing was changed. Add --verbose for details.")
            }
        case .busy(let path, let waited):
            return LocalizedText(zh: "登记册正被另一个程序写入（\(path) 已锁定，等待 \(Int(waited)) 秒仍未释放），本次操作未执行。请等它完成后重试，或用 --wait 秒数 等得更久。",
                                 en: "\(path) is locked by another writer (waited \(Int(waited)) s); nothing was done. Try again when it has finished, or wait longer with --wait SECONDS.")
        case .notARegistry(let path, let reason):
            return LocalizedText(zh: "\(path) 不是 Gazetteer 登记册：\(reason)。新建登记册请用 gazetteer init。",
                                 en: "\(path) is not a Gazetteer registry: \(reason). Create one with gazetteer init.")
        case .newerSchema(let path, let found, let supported):
            return LocalizedText(zh: "\(path) 的结构版本为 \(found)，本程序最高支持 \(supported)：请升级 gazetteer。",
                                 en: "\(path) has schema version \(found); this gazetteer supports up to \(supported): upgrade gazetteer.")
        case .alreadyExists(let path):
            return LocalizedText(zh: "\(path) 已存在：请换一个路径，或先移走该文件。", en: "\(path) already exists: choose another path or move the file away first.")
        case .notFound(let layer, let key):
            return LocalizedText(zh: "未找到记录 \(key)（\(layer)）。", en: "No \(layer) record '\(key)'.")
        case .conflict(let layer, let key, let reason):
            return LocalizedText(zh: "\(layer) 记录 \(key) 与已有历史冲突：\(reason)", en: "\(layer) '\(key)' conflicts with its history: \(reason)")
        case .corrupt(let table, let rowid, let reason):
            return LocalizedText(zh: "登记册表 \(table) 第 \(rowid) 行已损坏：\(reason)。请从备份恢复。",
                                 en: "Row \(rowid) of the registry's table \(table) is damaged: \(reason). Restore it from a backup.")
        }
    }
}
