/// A value handed to another thread that is not `Sendable` by type but is used by that thread alone while it runs
/// (an import source, read only by the checking thread).
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
