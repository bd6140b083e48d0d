package org.safeguard.platform.api.organisation;

import org.safeguard.platform.api.security.CurrentUser;

/**
 * Restructures of an authority's teams (the council papers show three in seven years).
 * Implemented by the identity bundle, which audits each change; the caller checks the actor's
 * permission and moves whatever records it keeps against the team.
 *
 * <p>Every method throws {@link IllegalArgumentException} with a message fit to show the user when
 * the input is wrong (no such team or district in the actor's authority, a retired team, the same
 * team twice). Both are idempotent: repeating a change that has already been made changes nothing,
 * so a caller whose own part failed half way can simply try again.
 */
public interface OrganisationChanges {

    /**
     * Moves a team to another district of its authority. Its members keep their roles; the team's
     * id, name and type stay the same.
     *
     * @return the team as it is now
     */
    Team moveTeam(long teamId, long districtId, CurrentUser actor, String remoteAddress);

    /**
     * Merges {@code fromTeamId} into {@code intoTeamId} (two different teams of one authority).
     * Every role held in {@code from} is given in {@code into} unless already held there; then
     * {@code from} is retired: its roles are removed, so nobody can act in it, and
     * {@link OrganisationDirectory#teams(long)} no longer lists it, while
     * {@link OrganisationDirectory#team(long)} still finds it by id so history can name it.
     *
     * @return the team the members are in now ({@code into})
     */
    Team mergeTeams(long fromTeamId, long intoTeamId, CurrentUser actor, String remoteAddress);
}
