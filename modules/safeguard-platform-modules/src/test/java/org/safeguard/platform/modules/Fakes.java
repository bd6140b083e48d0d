package org.safeguard.platform.modules;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleCatalogue;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.modules.ModuleInfo;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;

/** Small hand-written stand-ins for the services the modules bundle talks to. */
final class Fakes {

    private Fakes() {
    }

    static final class Audit implements AuditLog {
        final List<AuditEvent> events = new ArrayList<>();

        @Override
        public AuditEntry record(AuditEvent event) {
            events.add(event);
            return new AuditEntry(events.size(), java.time.Instant.now(), event, "", "");
        }

        @Override
        public List<AuditEntry> recent(Long authorityId, int offset, int limit) {
            return List.of();
        }

        @Override
        public long count(Long authorityId) {
            return events.size();
        }

        @Override
        public AuditVerification verify() {
            return new AuditVerification(true, events.size(), null);
        }
    }

    /** Karaf's features service, answering only what the catalogue asks. */
    static final class Features {
        final List<Feature> features = new ArrayList<>();
        final Set<String> installed = new HashSet<>();
        final List<String> calls = new ArrayList<>();
        String failInstallWith;

        Feature add(String name, String description, String version, String... bundleLocations) {
            List<BundleInfo> bundles = new ArrayList<>();
            for (String location : bundleLocations) {
                bundles.add(proxy(BundleInfo.class, Map.of("getLocation", location, "isDependency", false)));
            }
            Feature feature = proxy(Feature.class, Map.of("getName", name, "getDescription", description,
                    "getDetails", "", "getVersion", version, "getBundles", bundles, "getId", name + "/" + version));
            features.add(feature);
            return feature;
        }

        FeaturesService service() {
            return (FeaturesService) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {FeaturesService.class}, (p, method, args) -> switch (method.getName()) {
                        case "listFeatures" -> features.toArray(new Feature[0]);
                        case "isInstalled" -> installed.contains(((Feature) args[0]).getId());
                        case "installFeature" -> {
                            calls.add("install " + args[0] + "/" + args[1]);
                            if (failInstallWith != null) {
                                throw new Exception(failInstallWith);
                            }
                            installed.add(args[0] + "/" + args[1]);
                            yield null;
                        }
                        case "uninstallFeature" -> {
                            calls.add("uninstall " + args[0] + "/" + args[1]);
                            installed.remove(args[0] + "/" + args[1]);
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (answers.containsKey(method.getName())) {
                return answers.get(method.getName());
            }
            if (method.getName().equals("toString")) {
                return type.getSimpleName() + answers;
            }
            if (method.getName().equals("hashCode")) {
                return System.identityHashCode(p);
            }
            if (method.getName().equals("equals")) {
                return p == args[0];
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    static final class Directory implements OrganisationDirectory {
        final List<Authority> authorities = new ArrayList<>();
        final List<District> districts = new ArrayList<>();

        @Override
        public List<Authority> authorities() {
            return authorities;
        }

        @Override
        public Optional<Authority> authority(long authorityId) {
            return authorities.stream().filter(a -> a.id() == authorityId).findFirst();
        }

        @Override
        public List<District> districts(long authorityId) {
            return districts.stream().filter(d -> d.authorityId() == authorityId).toList();
        }

        @Override
        public Optional<District> district(long districtId) {
            return districts.stream().filter(d -> d.id() == districtId).findFirst();
        }

        @Override
        public List<Team> teams(long authorityId) {
            return List.of();
        }

        @Override
        public Optional<Team> team(long teamId) {
            return Optional.empty();
        }

        @Override
        public List<StaffMember> staff(long authorityId) {
            return List.of();
        }

        @Override
        public List<StaffMember> teamMembers(long teamId) {
            return List.of();
        }

        @Override
        public Optional<StaffMember> staffMember(long userId) {
            return Optional.empty();
        }
    }

    static Directory demoCounty() {
        Directory directory = new Directory();
        directory.authorities.add(new Authority(1, "CCC", "Cambridgeshire County Council"));
        directory.authorities.add(new Authority(2, "PCC", "Peterborough City Council"));
        directory.districts.add(new District(11, 1, "Cambridge City"));
        directory.districts.add(new District(12, 1, "South Cambridgeshire"));
        directory.districts.add(new District(13, 1, "East Cambridgeshire"));
        directory.districts.add(new District(14, 1, "Fenland"));
        directory.districts.add(new District(15, 1, "Huntingdonshire"));
        directory.districts.add(new District(21, 2, "Peterborough"));
        return directory;
    }

    static final class Enablements implements ModuleEnablement {
        final Map<String, Enablement> byKey = new HashMap<>();
        final List<CurrentUser> actors = new ArrayList<>();

        @Override
        public boolean isEnabled(String moduleId, Long authorityId, Long districtId) {
            return false;
        }

        @Override
        public Enablement enablement(String moduleId, long authorityId) {
            return byKey.getOrDefault(moduleId + "@" + authorityId, EnablementRules.nowhere(moduleId, authorityId));
        }

        @Override
        public void setEnablement(Enablement enablement, CurrentUser actor, String remoteAddress) {
            byKey.put(enablement.moduleId() + "@" + enablement.authorityId(), enablement);
            actors.add(actor);
        }
    }

    static final class Catalogue implements ModuleCatalogue {
        final List<ModuleInfo> modules = new ArrayList<>();

        @Override
        public List<ModuleInfo> modules() {
            return modules;
        }

        @Override
        public Optional<ModuleInfo> module(String moduleId) {
            return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
        }

        @Override
        public void install(String moduleId, CurrentUser actor, String remoteAddress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void uninstall(String moduleId, CurrentUser actor, String remoteAddress) {
            throw new UnsupportedOperationException();
        }
    }
}
