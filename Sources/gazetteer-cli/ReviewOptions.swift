import ArgumentParser
import Foundation
import Gazetteer
import GazetteerGeoPackage

/// `--registry R` and `--show-accepted` for checks whose findings people review: the registry remembers the findings
/// reported (so they can be accepted by id) and holds the accepted exceptions applied to the report.
struct ReviewOptions: ParsableArguments {
    @Option(name: .customLong("registry"), help: ArgumentHelp(
        "Remember the findings in this registry and apply its accepted exceptions (see gazetteer findings).", valueName: "registry"))
    var registry: String?

    @Option(name: .customLong("wait"), help: ArgumentHelp("With --registry: how long to wait, in seconds, for another writer.", valueName: "seconds"))
    var wait: Double = 60

    @Flag(name: .customLong("show-accepted"), help: "List accepted exceptions with the findings (they still do not set the exit status).")
    var showAccepted = false

    /// `report` with the registry's reviews applied, after recording its findings as seen; `report` itself without
    /// `--registry`.
    func reviewed(_ report: FindingReport) throws -> FindingReport {
        guard let registry else { return report }
        let store = try RegistryOptions.open(registry, readOnly: false, wait: wait)
        let timestamp = ISO8601DateFormatter().string(from: Date())
        try store.write(command: commandLineForAudit, actor: systemUser) { transaction in
            for finding in report.findings { try transaction.recordSeen(SeenFinding(finding, source: report.source, at: timestamp)) }
            try transaction.setSummary("findings seen: \(report.findings.count)")
        }
        var result = report
        let reviews = try FindingReviews(store: store, today: today)
        try result.applyReviews(reviews.status(of:), showAccepted: showAccepted)
        return result
    }
}
