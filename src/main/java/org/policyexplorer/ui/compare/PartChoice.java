package org.policyexplorer.ui.compare;

import org.policyexplorer.compare.PartText;

/** A part of a report, as the side pickers list it: "海拉尔区2018年政府工作报告 › 2017年工作回顾". */
public record PartChoice(PartText part, String label) {

    @Override
    public String toString() {
        return label;
    }
}
