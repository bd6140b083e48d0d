package org.safeguard.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.security.SessionStore;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/** The platform's own signed-in pages: home ("Your services") and choosing the district to work in. */
final class PlatformPages implements RouteContribution {

    static final String DISTRICT_FIELD = "districtId";

    private final PlatformServices services;

    PlatformPages(PlatformServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ModuleEnablement.PLATFORM;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/", null, this::home), Route.post("/district", null, this::changeDistrict));
    }

    private PageResult home(WebRequest request) {
        CurrentUser user = request.user();
        OrganisationDirectory directory = services.directory.get();
        Map<String, Object> model = new HashMap<>();
        model.put("services", Navigation.visible(services.navigation, user, services, request.path()));
        model.put("roles", user.roles().stream().sorted().map(Role::label).toList());
        List<Team> teams = teams(user, directory);
        model.put("teams", teams.stream().map(Team::name).toList());
        List<Map<String, Object>> districts = new ArrayList<>();
        for (District district : districts(teams, directory)) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("id", district.id());
            option.put("name", district.name());
            option.put("current", Objects.equals(district.id(), user.districtId()));
            districts.add(option);
        }
        model.put("districts", districts);
        model.put("canChangeDistrict", districts.size() > 1);
        return PageResult.page("home", "Your services", model);
    }

    private PageResult changeDistrict(WebRequest request) {
        Optional<Long> chosen = request.form(DISTRICT_FIELD).flatMap(PlatformPages::parseId);
        OrganisationDirectory directory = services.directory.get();
        SessionStore store = services.sessionStore.get();
        if (chosen.isEmpty() || directory == null || store == null) {
            return PageResult.badRequest("Select a district you work in");
        }
        boolean allowed = districts(teams(request.user(), directory), directory).stream()
                .anyMatch(district -> district.id() == chosen.get());
        if (!allowed) {
            return PageResult.badRequest("Select a district you work in");
        }
        if (request instanceof HostRequest host) {
            store.changeDistrict(host.sessionToken(), chosen.get());
        }
        CurrentUser user = request.user();
        services.audit(new AuditEvent(user.userId(), user.username(), user.authorityId(),
                "session.district.change", "district", String.valueOf(chosen.get()), null, request.remoteAddress()));
        return PageResult.redirect("/");
    }

    private static List<Team> teams(CurrentUser user, OrganisationDirectory directory) {
        if (directory == null) {
            return List.of();
        }
        return user.teamIds().stream().map(directory::team).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Team::name)).toList();
    }

    private static List<District> districts(List<Team> teams, OrganisationDirectory directory) {
        if (directory == null) {
            return List.of();
        }
        return teams.stream().map(Team::districtId).filter(Objects::nonNull).distinct()
                .map(directory::district).flatMap(Optional::stream)
                .sorted(Comparator.comparing(District::name)).toList();
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
