package org.safeguard.modules.teamnotices;

/**
 * One radio of the team question. GOV.UK gives the first radio the field's id (so the error
 * summary can link to it) and numbers the rest: teamId, teamId-2, teamId-3.
 */
public record TeamOption(String value, String label, String inputId, boolean checked) {

    static TeamOption of(int index, long teamId, String teamName, String chosen) {
        String value = String.valueOf(teamId);
        String inputId = index == 0 ? NoticeForm.TEAM : NoticeForm.TEAM + "-" + (index + 1);
        return new TeamOption(value, teamName, inputId, value.equals(chosen));
    }
}
