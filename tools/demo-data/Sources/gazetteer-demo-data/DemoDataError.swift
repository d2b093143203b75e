/// A failed consistency check of the generator: the authored facts and the derived geometry disagree (a seat
/// outside its unit, a marker condition naming a post that was not generated, a name outside its unit …).
/// The message says what to fix; nothing is written past the failing layer.
struct DemoDataError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
