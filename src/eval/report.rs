//! Reports of suite runs: JUnit XML for CI (one testcase per case × assertion), Markdown, and a
//! self-contained HTML page (inline CSS, an inline SVG chart of the metrics or their deltas; no
//! external assets).

use quick_xml::escape::escape;

use super::run::{CaseResult, Comparison, SuiteRun, figure};
use super::{Expect, Threshold};

/// JUnit XML: a `<testsuite>` per suite run, a `<testcase>` per case × assertion. A check that
/// fails in the majority of a case's repeats is a `<failure>`; a request that failed is an
/// `<error>`. A case expected to fail fails (each of its testcases) when all its checks passed.
pub fn junit(runs: &[SuiteRun]) -> String {
    let mut body = String::new();
    let (mut tests, mut failures, mut errors, mut time) = (0, 0, 0, 0.0);
    for run in runs {
        let (mut t, mut f, mut e) = (0, 0, 0);
        let mut cases = String::new();
        let per_case = run.seconds / run.cases.len().max(1) as f64;
        for case in &run.cases {
            for (i, name, outcome) in testcases(case) {
                t += 1;
                let classname = format!("{}.{}", suite_name(&run.suite), case.name);
                cases.push_str(&format!(
                    "    <testcase classname=\"{}\" name=\"{}\" time=\"{:.3}\">\n",
                    escape(&classname),
                    escape(format!("{} #{}", name, i + 1)),
                    per_case / case.attempts.first().map_or(1, |a| a.checks.len().max(1)) as f64
                ));
                match outcome {
                    Testcase::Pass => {}
                    Testcase::Failure(msg) => {
                        f += 1;
                        cases.push_str(&format!(
                            "      <failure message=\"{}\" type=\"assertion\">{}</failure>\n",
                            escape(first_line(&msg)),
                            escape(&msg)
                        ));
                    }
                    Testcase::Error(msg) => {
                        e += 1;
                        cases.push_str(&format!(
                            "      <error message=\"{}\" type=\"request\">{}</error>\n",
                            escape(first_line(&msg)),
                            escape(&msg)
                        ));
                    }
                }
                cases.push_str("    </testcase>\n");
            }
        }
        let mut props = format!(
            "    <properties>\n      <property name=\"prompt\" value=\"{}\"/>\n      <property name=\"prompt_hash\" value=\"{}\"/>\n      <property name=\"verdict\" value=\"{}\"/>\n",
            escape(&run.prompt),
            escape(&run.prompt_hash),
            run.verdict.as_str()
        );
        for th in &run.thresholds {
            props.push_str(&format!(
                "      <property name=\"threshold {}\" value=\"{} {}\"/>\n",
                escape(&th.threshold),
                figure(th.figure),
                if th.pass { "pass" } else { "fail" }
            ));
        }
        props.push_str("    </properties>\n");
        body.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{t}\" failures=\"{f}\" errors=\"{e}\" skipped=\"0\" time=\"{:.3}\">\n{props}{cases}  </testsuite>\n",
            escape(suite_name(&run.suite)),
            run.seconds
        ));
        tests += t;
        failures += f;
        errors += e;
        time += run.seconds;
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"copydesk eval\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" time=\"{time:.3}\">\n{body}</testsuites>\n"
    )
}

enum Testcase {
    Pass,
    Failure(String),
    Error(String),
}

/// A case's testcases: one per assertion (index, type, result).
fn testcases(case: &CaseResult) -> Vec<(usize, &'static str, Testcase)> {
    let k = case.attempts.len().max(1);
    let Some(first) = case.attempts.first() else {
        return Vec::new();
    };
    let errors: Vec<&str> = case
        .attempts
        .iter()
        .filter_map(|a| a.error.as_deref())
        .collect();
    (0..first.checks.len())
        .map(|i| {
            let failing: Vec<String> = case
                .attempts
                .iter()
                .filter_map(|a| a.checks.get(i).map(|c| (a.repeat, c)))
                .filter(|(_, c)| !c.pass)
                .map(|(r, c)| {
                    if k > 1 {
                        format!("repeat {}: {}", r + 1, c.detail)
                    } else {
                        c.detail.clone()
                    }
                })
                .collect();
            let outcome = if errors.len() * 2 >= k && !errors.is_empty() {
                Testcase::Error(errors.join("\n"))
            } else {
                match case.expect {
                    Expect::Pass if failing.len() * 2 >= k && !failing.is_empty() => {
                        Testcase::Failure(failing.join("\n"))
                    }
                    Expect::Fail if !case.pass => Testcase::Failure(format!(
                        "expected to fail ({}), but every check passed",
                        case.reason.as_deref().unwrap_or("a rejected output")
                    )),
                    _ => Testcase::Pass,
                }
            };
            (i, first.checks[i].assertion, outcome)
        })
        .collect()
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or_default()
}

/// A suite's name: its file stem.
pub fn suite_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

/// Markdown: verdict, thresholds, metrics, cases (and the comparison).
pub fn markdown(runs: &[SuiteRun], comparisons: &[Comparison]) -> String {
    let mut out = String::from("# copydesk eval\n");
    for run in runs {
        out.push_str(&format!(
            "\n## {} — {} ({})\n\nprofile {} · {} case(s) × {} repeat(s) · {:.1} s\n",
            suite_name(&run.suite),
            run.prompt,
            run.verdict.as_str(),
            run.profile,
            run.cases.len(),
            run.repeat,
            run.seconds
        ));
        if !run.thresholds.is_empty() {
            out.push_str("\n| threshold | figure | result |\n|---|---|---|\n");
            for t in &run.thresholds {
                out.push_str(&format!(
                    "| {} | {} | {} |\n",
                    t.threshold,
                    figure(t.figure),
                    if t.pass { "pass" } else { "**FAIL**" }
                ));
            }
        }
        out.push_str("\n| metric | value |\n|---|---|\n");
        for (m, v) in &run.metrics {
            out.push_str(&format!("| {m} | {} |\n", figure(*v)));
        }
        out.push_str(
            "\n| case | expect | result | pass rate | failed checks |\n|---|---|---|---|---|\n",
        );
        for c in &run.cases {
            out.push_str(&format!(
                "| {} | {} | {}{} | {:.2} | {} |\n",
                c.name,
                if c.expect == Expect::Pass {
                    "pass"
                } else {
                    "fail"
                },
                if c.pass { "pass" } else { "**FAIL**" },
                if c.flaky { " (flaky)" } else { "" },
                c.pass_rate,
                md_cell(&failed_checks(c))
            ));
        }
    }
    for cmp in comparisons {
        out.push_str(&format!(
            "\n## {} vs {}\n\n{}: {} regression(s), {} improvement(s), p = {:.4}\n\n| metric | {} | {} | delta |\n|---|---|---|---|\n",
            cmp.candidate,
            cmp.baseline,
            cmp.test,
            cmp.mcnemar.regressions,
            cmp.mcnemar.improvements,
            cmp.mcnemar.p_value,
            cmp.baseline,
            cmp.candidate
        ));
        for d in &cmp.deltas {
            out.push_str(&format!(
                "| {} | {} | {} | {:+.4} |\n",
                d.metric,
                figure(d.baseline),
                figure(d.candidate),
                d.delta
            ));
        }
        out.push_str(&format!(
            "\n| case | change | {} | {} |\n|---|---|---|---|\n",
            cmp.baseline, cmp.candidate
        ));
        for p in &cmp.pairs {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                p.case,
                p.change,
                md_cell(&p.baseline_output),
                md_cell(&p.candidate_output)
            ));
        }
    }
    out
}

/// The failed checks of a case's first failing repeat.
pub fn failed_checks(c: &CaseResult) -> String {
    c.attempts
        .iter()
        .find(|a| !a.pass)
        .map(|a| {
            if let Some(e) = &a.error {
                return e.clone();
            }
            a.checks
                .iter()
                .filter(|k| !k.pass)
                .map(|k| format!("{}: {}", k.assertion, k.detail))
                .collect::<Vec<_>>()
                .join("; ")
        })
        .unwrap_or_default()
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', "<br>")
}

/// A self-contained HTML page: the same content as [`markdown`], with an SVG bar chart of the
/// metric deltas (comparison) or of the shares (single run).
pub fn html(runs: &[SuiteRun], comparisons: &[Comparison]) -> String {
    let mut out = String::from(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>copydesk eval</title>\n<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:75em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;vertical-align:top;text-align:left}.fail{color:#b00020;font-weight:bold}.pass{color:#1b5e20}pre{white-space:pre-wrap;margin:0;max-width:40em}</style>\n</head><body>\n<h1>copydesk eval</h1>\n",
    );
    let e = |s: &str| escape(s).into_owned();
    let result = |pass: bool| {
        if pass {
            "<span class=\"pass\">pass</span>"
        } else {
            "<span class=\"fail\">FAIL</span>"
        }
    };
    for run in runs {
        out.push_str(&format!(
            "<h2>{} — {} ({})</h2>\n<p>profile {} · {} case(s) × {} repeat(s) · {:.1} s</p>\n",
            e(&suite_name(&run.suite)),
            e(&run.prompt),
            run.verdict.as_str(),
            e(&run.profile),
            run.cases.len(),
            run.repeat,
            run.seconds
        ));
        out.push_str("<table><tr><th>threshold</th><th>figure</th><th>result</th></tr>\n");
        for t in &run.thresholds {
            out.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                e(&t.threshold),
                figure(t.figure),
                result(t.pass)
            ));
        }
        out.push_str("</table>\n");
        let shares: Vec<(String, f64)> = run
            .metrics
            .iter()
            .filter(|(m, _)| !Threshold::new(m, 0.0).at_most)
            .map(|(m, v)| (m.clone(), *v))
            .collect();
        out.push_str(&bars(&shares, "share (0–1)"));
        out.push_str("<table><tr><th>case</th><th>expect</th><th>result</th><th>pass rate</th><th>output</th><th>failed checks</th></tr>\n");
        for c in &run.cases {
            out.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}{}</td><td>{:.2}</td><td><pre>{}</pre></td><td>{}</td></tr>\n",
                e(&c.name),
                if c.expect == Expect::Pass { "pass" } else { "fail" },
                result(c.pass),
                if c.flaky { " (flaky)" } else { "" },
                c.pass_rate,
                e(&c.attempts.first().map(|a| a.outputs.join("\n---\n")).unwrap_or_default()),
                e(&failed_checks(c))
            ));
        }
        out.push_str("</table>\n");
    }
    for cmp in comparisons {
        out.push_str(&format!(
            "<h2>{} vs {}</h2>\n<p>{}: {} regression(s), {} improvement(s), p = {:.4}</p>\n",
            e(&cmp.candidate),
            e(&cmp.baseline),
            e(cmp.test),
            cmp.mcnemar.regressions,
            cmp.mcnemar.improvements,
            cmp.mcnemar.p_value
        ));
        let deltas: Vec<(String, f64)> = cmp
            .deltas
            .iter()
            .map(|d| (d.metric.clone(), d.delta))
            .collect();
        out.push_str(&bars(&deltas, "delta (candidate − baseline)"));
        out.push_str(&format!(
            "<table><tr><th>case</th><th>change</th><th>{}</th><th>{}</th></tr>\n",
            e(&cmp.baseline),
            e(&cmp.candidate)
        ));
        for p in &cmp.pairs {
            out.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td><pre>{}</pre></td><td><pre>{}</pre></td></tr>\n",
                e(&p.case),
                if p.change == "regression" {
                    "<span class=\"fail\">regression</span>"
                } else {
                    p.change
                },
                e(&p.baseline_output),
                e(&p.candidate_output)
            ));
        }
        out.push_str("</table>\n");
    }
    out.push_str("</body></html>\n");
    out
}

/// A horizontal bar chart as inline SVG; bars scale to the largest magnitude, negatives go left.
fn bars(values: &[(String, f64)], caption: &str) -> String {
    let max = values
        .iter()
        .map(|(_, v)| v.abs())
        .fold(0.0f64, f64::max)
        .max(1e-9);
    let (label_w, half, row) = (160.0, 200.0, 22.0);
    let height = row * values.len() as f64 + 30.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">\n<text x=\"0\" y=\"14\" font-size=\"12\">{}</text>\n<line x1=\"{}\" y1=\"20\" x2=\"{}\" y2=\"{height}\" stroke=\"#888\"/>\n",
        label_w + 2.0 * half + 80.0,
        escape(caption),
        escape(caption),
        label_w + half,
        label_w + half
    );
    for (i, (name, v)) in values.iter().enumerate() {
        let y = 24.0 + row * i as f64;
        let w = v.abs() / max * half;
        let x = if *v < 0.0 {
            label_w + half - w
        } else {
            label_w + half
        };
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{:.0}\" font-size=\"12\">{}</text><rect x=\"{x:.1}\" y=\"{y:.0}\" width=\"{w:.1}\" height=\"{:.0}\" fill=\"{}\"/><text x=\"{:.0}\" y=\"{:.0}\" font-size=\"11\">{}</text>\n",
            y + 13.0,
            escape(name),
            row - 6.0,
            if *v < 0.0 { "#b00020" } else { "#2e7d32" },
            label_w + 2.0 * half + 5.0,
            y + 13.0,
            figure(*v)
        ));
    }
    svg.push_str("</svg>\n");
    svg
}
