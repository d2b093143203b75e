import Foundation
import Gazetteer
import GazetteerGeoPackage

/// Writes a findings report as the options ask, the one way every command presents findings.
enum ReportWriting {
    /// Renders `report` in `options.format` and `options.lang` to `--output` (whole or not at all) or to standard
    /// output, or to standard error when `toStandardError` and the format is the terminal table.
    /// - Throws: ``FindingsReported`` after writing when the report has findings of error severity, so that
    ///   ``ExitStatus`` decides the status; ``ExchangeError`` when the output cannot be written.
    static func write(_ report: FindingReport, options: ReportOutputOptions, toStandardError: Bool = false) throws {
        let bytes = renderer(for: options.format).render(report, language: options.lang)
        let out = toStandardError && options.format == .table && options.output == nil
            ? TextOutput.standardError() : try TextOutput(path: options.output)
        do {
            try out.write(bytes: bytes)
            try out.finish()
        } catch {
            out.abandon()
            throw error
        }
        if ExitStatus.of(report.summary) != .clean { throw FindingsReported(summary: report.summary) }
    }

    /// The renderer of `format`: the text formats from Reports, the GeoPackage from GazetteerGeoPackage.
    static func renderer(for format: ReportFormat) -> any ReportRenderer {
        format.textRenderer ?? GeoPackageFindingsRenderer()
    }
}
