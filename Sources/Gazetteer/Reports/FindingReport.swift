/// Everything a renderer needs to present one check's outcome: what was checked, the findings, the summary, and
/// the subjects' geometries for a map.
///
/// Commands and (later) the HTTP service build a report and hand it to a ``ReportRenderer``; none of them formats
/// findings itself.
public struct FindingReport: Sendable {
    /// What the check was, for headings ("几何有效性检查").
    public var title: LocalizedText
    /// The file or registry the check read.
    public var source: String?
    /// The things checked, with their geometries (drawn in grey on the HTML map); may be empty.
    public var subjects: [ReportSubject]
    /// The findings, in the order they were found.
    public var findings: [Finding]
    /// Counts, totals and the verdict.
    public var summary: FindingSummary
    /// Accepted exceptions left out of ``findings`` (see ``applyReviews(_:showAccepted:)``), for the JSON report.
    public var accepted: [Finding] = []
    /// Further empty columns for reviewers in the CSV worklist, after the decision, reviewer and note columns (the
    /// name check adds the rename columns that `gazetteer names apply` reads).
    public var worklistColumns: [LocalizedText] = []
    /// Where the checked data came from, as the registry records it (`gazetteer sources`): shown with the source.
    public var dataSources: [DataSource]
    /// How a check whose totals and statement count its own findings (the name check's per category and per unit)
    /// counts them: ``applyReviews(_:showAccepted:)`` then recounts them from the findings that still count, so an
    /// accepted exception leaves the totals as it leaves the exit status. `nil`: the totals are kept as they are.
    public var recount: (@Sendable (_ counted: [Finding]) -> (totals: [FindingSummary.Total], statement: LocalizedText?))?

    /// A report; the summary's severity counts are taken from `findings`.
    public init(title: LocalizedText, source: String?, subjects: [ReportSubject] = [], findings: [Finding], checked: Int,
                totals: [FindingSummary.Total] = [], statement: LocalizedText? = nil, dataSources: [DataSource] = []) {
        self.dataSources = dataSources
        self.title = title
        self.source = source
        self.subjects = subjects
        self.findings = findings
        self.summary = FindingSummary(findings: findings, checked: checked, totals: totals, statement: statement)
    }
}

extension FindingReport {
    /// Marks each finding with the status the registry's reviews give it: accepted exceptions move to ``accepted``
    /// (or stay in ``findings``, marked, with `showAccepted`), reopened ones are marked and counted again. The summary
    /// is recounted, so accepted findings never set the exit status; its totals and statement are kept, or counted
    /// again by ``recount`` from the findings that are not accepted.
    /// - Parameter status: the status of one finding (``FindingReviews/status(of:)``).
    public mutating func applyReviews(_ status: (Finding) throws -> FindingStatus, showAccepted: Bool = false) rethrows {
        var shown: [Finding] = [], hidden: [Finding] = []
        for var finding in findings {
            finding.status = try status(finding)
            if finding.status.isAccepted && !showAccepted { hidden.append(finding) } else { shown.append(finding) }
        }
        findings = shown
        accepted = hidden
        var (totals, statement) = (summary.totals, summary.statement)
        if let recount { (totals, statement) = recount((shown + hidden).filter { !$0.status.isAccepted }) }
        var recounted = FindingSummary(findings: shown + hidden, checked: summary.checked, totals: totals, statement: statement)
        recounted.statementIncludesTotals = summary.statementIncludesTotals
        recounted.acceptedHidden = hidden.count
        summary = recounted
    }
}

/// One thing a check looked at, for maps: its id, its name, its geometry in CGCS2000 longitude/latitude.
public struct ReportSubject: Sendable, Equatable {
    /// The id findings name in ``Finding/subjects``.
    public var id: String
    /// Its name, when it has one.
    public var name: String?
    /// Its geometry.
    public var geometry: Geometry

    /// A subject; see the properties.
    public init(id: String, name: String? = nil, geometry: Geometry) {
        self.id = id
        self.name = name
        self.geometry = geometry
    }
}
