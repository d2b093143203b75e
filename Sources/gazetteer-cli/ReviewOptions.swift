import ArgumentParser
import Foundation
import Gazetteer
import GazetteerGeoPackage

/// `--show-accepted`, for checks whose findings people review, and the one way a check applies a registry's reviews.
struct ReviewOptions: ParsableArguments {
    @Flag(name: .customLong("show-accepted"), help: "List accepted exceptions with the findings (they still do not set the exit status).")
    var showAccepted = false

    /// `report` with the reviews of the registry at `path` applied, after recording its findings there as seen (so
    /// they can be accepted by id); `report` itself when `path` is nil.
    func reviewed(_ report: FindingReport, registry path: String?, wait: Double) throws -> FindingReport {
        guard let path else { return report }
        var store: GeoPackageStore
        do {
            store = try RegistryOptions.open(path, readOnly: false, wait: wait)
            let timestamp = ISO8601DateFormatter().string(from: Date())
            try store.write(command: commandLineForAudit, actor: systemUser) { transaction in
                for finding in report.findings { try transaction.recordSeen(SeenFinding(finding, source: report.source, at: timestamp)) }
                try transaction.setSummary("findings seen: \(report.findings.count)")
            }
        } catch StoreError.sqlite(let code, _, _) where [8, 14].contains(code & 0xFF) {
            // A registry on read-only media is still checked, and its accepted exceptions applied; the findings are
            // only not remembered (accepting one by id needs a writable registry anyway).
            store = try RegistryOptions.open(path, readOnly: true, wait: wait)
        }
        var result = report
        let reviews = try FindingReviews(store: store, today: today)
        try result.applyReviews(reviews.status(of:), showAccepted: showAccepted)
        return result
    }
}

/// `--registry R` for checks of files: the registry that remembers their findings and holds the accepted exceptions.
/// (Checks of the registry itself use that registry.)
struct ReviewRegistryOption: ParsableArguments {
    @Option(name: .customLong("registry"), help: ArgumentHelp(
        "Remember the findings in this registry and apply its accepted exceptions (see gazetteer findings).", valueName: "registry"))
    var registry: String?

    @Option(name: .customLong("wait"), help: ArgumentHelp("With --registry: how long to wait, in seconds, for another writer.", valueName: "seconds"))
    var wait: Double = 60
}
