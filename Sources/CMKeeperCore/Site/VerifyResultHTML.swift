import Foundation

/// How the status site shows what `verify` found about one thing (a baseline, a release, a
/// project): 校验通过 with the time of the check, 校验发现问题 with each finding and its fix, or
/// 尚未校验.
enum VerifyResultHTML {
    /// The result as a block of a project's page.
    static func block(_ result: VerifyResult?, presentation p: Presentation) -> String {
        guard let result else { return "<p class=\"verify\"><span class=\"unverified\">\(p.html(.notYetVerified))</span></p>\n" }
        if result.passed {
            return "<p class=\"verify\"><span class=\"ok\">\(p.html(.verifyPassed(time: p.time(result.checkedAt))))</span></p>\n"
        }
        return "<div class=\"verify\"><p><span class=\"miss\">\(p.html(.verifyFoundProblems(time: p.time(result.checkedAt), count: result.findings.count)))</span></p>\n"
            + findings(result.findings, presentation: p) + "</div>\n"
    }

    /// Each finding: what it is about, what is wrong, and what to do.
    static func findings(_ findings: [RecordedFinding], presentation p: Presentation) -> String {
        let e = HTMLPage.escape
        return "<ul class=\"findings\">\n" + findings.map { finding in
            "<li><code>\(e(finding.subject))</code>: \(e(finding.message.text(in: p.language)))<br><small>\(p.html(.findingFix(finding.hint.text(in: p.language))))</small></li>\n"
        }.joined() + "</ul>\n"
    }
}
