import Testing
@testable import GazetteerGeometry

/// Accessors and the ordered object.
@Suite("Support JSON value")
struct JSONValueTests {
    @Test("typed accessors return nil for other types")
    func accessors() {
        let v = JSONValue.object(JSONObject([("a", .number(1)), ("s", .string("x"))]))
        #expect(v["a"]?.numberValue == 1)
        #expect(v["s"]?.stringValue == "x")
        #expect(v["a"]?.stringValue == nil)
        #expect(v["missing"] == nil)
        #expect(JSONValue.array([]).objectValue == nil)
        #expect(JSONValue.number(1)["a"] == nil)
        #expect(JSONValue.string("x").typeName == "a string")
        #expect(JSONValue.array([]).typeName == "an array")
    }

    @Test("display text: strings bare, integers without a point, null as nil")
    func displayText() {
        #expect(JSONValue.string("海拉尔").displayText == "海拉尔")
        #expect(JSONValue.number(150702).displayText == "150702")
        #expect(JSONValue.number(1.5).displayText == "1.5")
        #expect(JSONValue.bool(false).displayText == "false")
        #expect(JSONValue.null.displayText == nil)
        #expect(JSONValue.array([.number(1)]).displayText == "[1]")
    }

    @Test("setting nil removes a member; re-adding puts it at the end")
    func objectMutation() {
        var o = JSONObject([("a", .number(1)), ("b", .number(2)), ("c", .number(3))])
        o["b"] = nil
        #expect(o.keys == ["a", "c"])
        #expect(o.count == 2)
        o["b"] = .number(4)
        #expect(o.keys == ["a", "c", "b"])
        o["a"] = .number(5)
        #expect(o.keys == ["a", "c", "b"])
        #expect(o.members.map(\.value) == [.number(5), .number(3), .number(4)])
    }
}
