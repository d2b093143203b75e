/// Calendar dates for the demo records, written `YYYY-MM-DD` as the exchange schemas require.
///
/// Dates are counted in days so that a run of markers can be emplaced or inspected on consecutive days;
/// the conversion is the proleptic Gregorian "days from civil" algorithm, independent of time zones.
struct DemoDate: Comparable {
    /// Days since 1970-01-01.
    var day: Int

    /// The date `year`-`month`-`dayOfMonth`.
    init(_ year: Int, _ month: Int, _ dayOfMonth: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + dayOfMonth - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        day = era * 146_097 + dayOfEra - 719_468
    }

    private init(day: Int) {
        self.day = day
    }

    /// The date `days` later (earlier when negative).
    func adding(days: Int) -> DemoDate {
        DemoDate(day: day + days)
    }

    /// The `YYYY-MM-DD` form.
    var text: String {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(dayOfMonth, 2))"
    }

    static func < (a: DemoDate, b: DemoDate) -> Bool { a.day < b.day }
}
