package org.safeguard.platform.modules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.modules.ModuleCatalogue;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.modules.ModuleEnablement.Enablement;
import org.safeguard.platform.api.modules.ModuleInfo;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The modules administration pages: install and uninstall modules, and choose where in an
 * authority each one is enabled. An authority administrator acts on their own authority; a
 * system administrator chooses one.
 */
@Component(service = RouteContribution.class)
public class ModulesPages implements RouteContribution {

    static final String MANAGE = "platform.modules.manage";
    static final String UNINSTALL = "platform.modules.uninstall";

    private static final String LIST = "modules/list";
    private static final String ENABLEMENT = "modules/enablement";

    /** The enablement form's {@code scope} choices. */
    static final String AUTHORITY = "authority";
    static final String DISTRICTS = "districts";
    static final String NOWHERE = "none";

    private final ModuleCatalogue catalogue;
    private final ModuleEnablement enablement;
    private final OrganisationDirectory directory;

    @Activate
    public ModulesPages(@Reference ModuleCatalogue catalogue, @Reference ModuleEnablement enablement,
                        @Reference OrganisationDirectory directory) {
        this.catalogue = catalogue;
        this.enablement = enablement;
        this.directory = directory;
    }

    @Override
    public String moduleId() {
        return ModuleEnablement.PLATFORM;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/admin/modules", MANAGE, this::list),
                Route.post("/admin/modules/{id}/install", MANAGE, this::install),
                Route.get("/admin/modules/{id}/uninstall", UNINSTALL, this::confirmUninstall),
                Route.post("/admin/modules/{id}/uninstall", UNINSTALL, this::uninstall),
                Route.get("/admin/modules/{id}/enablement", MANAGE, this::showEnablement),
                Route.post("/admin/modules/{id}/enablement", MANAGE, this::saveEnablement));
    }

    // ---- list

    private PageResult list(WebRequest request) {
        Target target = target(request);
        if (target.refusal() != null) {
            return target.refusal();
        }
        Authority authority = target.authority();
        Map<String, Object> model = listModel(request, authority);
        notice(request, authority).ifPresent(text -> model.put("notice", text));
        return PageResult.page(LIST, "Modules", model);
    }

    private Map<String, Object> listModel(WebRequest request, Authority authority) {
        CurrentUser user = request.user();
        Map<Long, String> districtNames = districtNames(authority);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ModuleInfo module : catalogue.modules()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", module.id());
            row.put("name", module.name());
            row.put("description", module.description());
            row.put("version", module.version());
            row.put("state", module.state().label());
            row.put("tagClass", tagClass(module.state()));
            row.put("where", ModulesText.where(enablement.enablement(module.id(), authority.id()), districtNames));
            row.put("installed", module.installed());
            row.put("canInstall", module.state() == ModuleInfo.State.AVAILABLE || module.state() == ModuleInfo.State.FAILED);
            row.put("canUninstall", module.installed() && user.hasPermission(UNINSTALL));
            rows.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("modules", rows);
        model.put("authority", authority);
        model.put("authorityQuery", authorityQuery(user, authority));
        if (isSystemAdministrator(user)) {
            model.put("authorities", directory.authorities().stream()
                    .map(a -> Map.of("id", a.id(), "name", a.name(), "selected", a.id() == authority.id()))
                    .toList());
        }
        return model;
    }

    private Optional<String> notice(WebRequest request, Authority authority) {
        Optional<String> done = request.query("done");
        Optional<ModuleInfo> module = request.query("module").flatMap(catalogue::module);
        if (done.isEmpty() || module.isEmpty()) {
            return Optional.empty();
        }
        String name = module.get().name();
        return switch (done.get()) {
            case "installed" -> Optional.of(name + " is now installed. Choose where it is enabled.");
            case "uninstalled" -> Optional.of(name + " has been uninstalled. Its data has been kept.");
            case "enabled" -> Optional.of(ModulesText.changed(name,
                    enablement.enablement(module.get().id(), authority.id()), authority, districtNames(authority)));
            default -> Optional.empty();
        };
    }

    // ---- install and uninstall

    private PageResult install(WebRequest request) {
        return change(request, catalogue::install, "installed");
    }

    private PageResult confirmUninstall(WebRequest request) {
        ModuleTarget subject = moduleTarget(request);
        if (subject.refusal() != null) {
            return subject.refusal();
        }
        Authority authority = subject.authority();
        ModuleInfo module = subject.module();
        Map<String, Object> model = new HashMap<>();
        model.put("module", module);
        model.put("authorityQuery", authorityQuery(request.user(), authority));
        return PageResult.page("modules/uninstall", "Uninstall " + module.name(), model);
    }

    private PageResult uninstall(WebRequest request) {
        return change(request, catalogue::uninstall, "uninstalled");
    }

    /** A catalogue action (install or uninstall) taken from the page. */
    @FunctionalInterface
    private interface CatalogueAction {
        void apply(String moduleId, CurrentUser actor, String remoteAddress);
    }

    /** Runs the action; a failure is shown on the list, success goes back to it with a banner. */
    private PageResult change(WebRequest request, CatalogueAction action, String done) {
        ModuleTarget subject = moduleTarget(request);
        if (subject.refusal() != null) {
            return subject.refusal();
        }
        try {
            action.apply(subject.module().id(), request.user(), request.remoteAddress());
        } catch (IllegalStateException e) {
            return failure(request, subject.authority(), subject.module(), e.getMessage());
        }
        return PageResult.redirect(back(request, subject.authority(), done, subject.module().id()));
    }

    private PageResult failure(WebRequest request, Authority authority, ModuleInfo module, String message) {
        Map<String, Object> model = listModel(request, authority);
        model.put("errors", new FormErrors().add("module-" + module.id(), message).toModel());
        return new PageResult.Page(LIST, "Modules", model, 500);
    }

    // ---- enablement

    private PageResult showEnablement(WebRequest request) {
        ModuleTarget subject = moduleTarget(request);
        if (subject.refusal() != null) {
            return subject.refusal();
        }
        Authority authority = subject.authority();
        ModuleInfo module = subject.module();
        Enablement current = enablement.enablement(module.id(), authority.id());
        String scope = current.authorityWide() ? AUTHORITY : current.districtIds().isEmpty() ? NOWHERE : DISTRICTS;
        return PageResult.page(ENABLEMENT, title(module),
                enablementModel(request, module, authority, scope, current.districtIds()));
    }

    private PageResult saveEnablement(WebRequest request) {
        ModuleTarget subject = moduleTarget(request);
        if (subject.refusal() != null) {
            return subject.refusal();
        }
        Authority authority = subject.authority();
        ModuleInfo module = subject.module();
        Map<Long, String> districtNames = districtNames(authority);
        Set<Long> ticked = new LinkedHashSet<>();
        boolean unknownDistrict = false;
        for (String value : request.formValues("districtIds")) {
            Long id = parseId(value);
            if (id != null && districtNames.containsKey(id)) {
                ticked.add(id);
            } else {
                unknownDistrict = true;
            }
        }
        String scope = request.form("scope").orElse("");
        String name = module.name();
        FormErrors errors = new FormErrors();
        if (!module.installed()) {
            errors.add("scope", "Install " + name + " before choosing where it is enabled");
        } else if (scope.isBlank()) {
            errors.add("scope", "Select where staff can use " + name);
        } else if (!Set.of(AUTHORITY, DISTRICTS, NOWHERE).contains(scope)) {
            errors.add("scope", "Choose where staff can use " + name);
        } else if (scope.equals(DISTRICTS) && unknownDistrict) {
            errors.add("districtIds", "Choose districts from the list");
        } else if (scope.equals(DISTRICTS) && ticked.isEmpty()) {
            errors.add("districtIds", "Select at least one district");
        }
        if (!errors.isEmpty()) {
            Map<String, Object> model = enablementModel(request, module, authority, scope, ticked);
            model.put("errors", errors.toModel());
            return PageResult.invalid(ENABLEMENT, "Error: " + title(module), model);
        }
        Enablement wanted = switch (scope) {
            case AUTHORITY -> new Enablement(module.id(), authority.id(), true, Set.of());
            case DISTRICTS -> new Enablement(module.id(), authority.id(), false, ticked);
            default -> EnablementRules.nowhere(module.id(), authority.id());
        };
        enablement.setEnablement(wanted, request.user(), request.remoteAddress());
        return PageResult.redirect(back(request, authority, "enabled", module.id()));
    }

    private Map<String, Object> enablementModel(WebRequest request, ModuleInfo module, Authority authority,
                                                String scope, Set<Long> ticked) {
        Map<String, Object> model = new HashMap<>();
        model.put("module", module);
        model.put("authority", authority);
        model.put("scope", scope);
        model.put("systemAdministrator", isSystemAdministrator(request.user()));
        model.put("authorityQuery", authorityQuery(request.user(), authority));
        List<Map<String, Object>> districts = new ArrayList<>();
        boolean first = true;
        for (District district : directory.districts(authority.id())) {
            districts.add(Map.of(
                    "id", district.id(),
                    "name", district.name(),
                    "checked", ticked.contains(district.id()),
                    // the first box carries the field's id, so the error summary's #districtIds link lands on it
                    "inputId", first ? "districtIds" : "districtIds-" + district.id()));
            first = false;
        }
        model.put("districts", districts);
        return model;
    }

    private static String title(ModuleInfo module) {
        return "Where staff can use " + module.name();
    }

    // ---- tenancy

    /** The authority the page acts on, or why the user may not have it. */
    private record Target(Authority authority, PageResult refusal) {
        static Target refused(PageResult refusal) {
            return new Target(null, refusal);
        }
    }

    /**
     * The user's own authority unless {@code authority=<id>} names another, which only a system
     * administrator may (403 otherwise); an id that names no authority is a 404.
     */
    private Target target(WebRequest request) {
        CurrentUser user = request.user();
        Long id = user.authorityId();
        Optional<String> asked = request.query("authority").or(() -> request.form("authority"))
                .filter(value -> !value.isBlank());
        if (asked.isPresent()) {
            Long named = parseId(asked.get());
            if (named == null) {
                return Target.refused(PageResult.notFound());
            }
            if (!named.equals(id) && !isSystemAdministrator(user)) {
                return Target.refused(PageResult.forbidden());
            }
            id = named;
        }
        if (id == null) {
            return Target.refused(PageResult.forbidden());
        }
        return directory.authority(id).map(a -> new Target(a, null))
                .orElseGet(() -> Target.refused(PageResult.notFound()));
    }

    /** The authority and the module ({@code {id}} in the path) a page acts on, or why it may not. */
    private record ModuleTarget(Authority authority, ModuleInfo module, PageResult refusal) {
    }

    private ModuleTarget moduleTarget(WebRequest request) {
        Target target = target(request);
        if (target.refusal() != null) {
            return new ModuleTarget(null, null, target.refusal());
        }
        return catalogue.module(request.pathParam("id"))
                .map(module -> new ModuleTarget(target.authority(), module, null))
                .orElseGet(() -> new ModuleTarget(null, null, PageResult.notFound()));
    }

    private static boolean isSystemAdministrator(CurrentUser user) {
        return user.hasRole(Role.SYSTEM_ADMINISTRATOR);
    }

    /** Keeps a system administrator's chosen authority across links and redirects. */
    private static String authorityQuery(CurrentUser user, Authority authority) {
        return isSystemAdministrator(user) ? "authority=" + authority.id() : "";
    }

    private static String back(WebRequest request, Authority authority, String done, String moduleId) {
        String query = authorityQuery(request.user(), authority);
        return "/admin/modules?done=" + done + "&module=" + moduleId + (query.isEmpty() ? "" : "&" + query);
    }

    private Map<Long, String> districtNames(Authority authority) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (District district : directory.districts(authority.id())) {
            names.put(district.id(), district.name());
        }
        return names;
    }

    private static String tagClass(ModuleInfo.State state) {
        return switch (state) {
            case INSTALLED -> "govuk-tag--green";
            case STARTING -> "govuk-tag--blue";
            case FAILED -> "govuk-tag--red";
            case AVAILABLE -> "govuk-tag--grey";
        };
    }

    private static Long parseId(String value) {
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
