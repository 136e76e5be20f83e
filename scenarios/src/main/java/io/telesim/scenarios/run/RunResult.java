package io.telesim.scenarios.run;

import java.nio.file.Path;

import io.telesim.scenarios.report.RunReport;

/** A finished run: its report and the directory holding {@code report.json} and {@code report.html}. */
public record RunResult(RunReport report, Path directory) {

    public boolean passed() {
        return report.passed();
    }
}
