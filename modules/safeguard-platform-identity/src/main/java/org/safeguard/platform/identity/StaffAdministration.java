package org.safeguard.platform.identity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.identity.entity.StaffAccountEntity;
import org.safeguard.platform.identity.entity.TeamRoleEntity;
import org.safeguard.platform.identity.security.GrantEditing;
import org.safeguard.platform.identity.security.PasswordHasher;
import org.safeguard.platform.identity.security.PermissionResolver;

/** Changes administrators make to staff and grants. Callers check permission and tenancy and audit. */
@Component(service = StaffAdministration.class)
public class StaffAdministration {

    private final EntityManagerFactory emf;
    private final PermissionCatalogue catalogue;
    private final PasswordHasher passwords;

    @Activate
    public StaffAdministration(
            @Reference(target = "(safeguard.unit=safeguard-platform-identity)") EntityManagerFactory emf,
            @Reference PermissionCatalogue catalogue) {
        this(emf, catalogue, new PasswordHasher());
    }

    StaffAdministration(EntityManagerFactory emf, PermissionCatalogue catalogue, PasswordHasher passwords) {
        this.emf = emf;
        this.catalogue = catalogue;
        this.passwords = passwords;
    }

    public boolean usernameTaken(String username) {
        String name = username.toLowerCase(Locale.ROOT);
        return Transactions.read(emf, em -> em.createQuery(
                        "select count(s) from StaffAccountEntity s where s.username = :username", Long.class)
                .setParameter("username", name)
                .getSingleResult() > 0L);
    }

    /** @return the new account's id */
    public long create(NewStaffForm.NewStaff staff, long authorityId) {
        String hash = passwords.hash(staff.password());
        return Transactions.inTransaction(emf, em -> {
            StaffAccountEntity account = new StaffAccountEntity(staff.username(), staff.displayName(), authorityId, hash, staff.fte());
            em.persist(account);
            em.flush();
            em.persist(new TeamRoleEntity(account.getId(), staff.teamId(), staff.role()));
            return account.getId();
        });
    }

    /**
     * Lets the account sign in again, or stops it: deactivating also ends every session it has open,
     * so a leaver is signed out at once.
     *
     * @return false when there is no such account
     */
    public boolean setActive(long accountId, boolean active) {
        return Transactions.inTransaction(emf, em -> {
            StaffAccountEntity account = em.find(StaffAccountEntity.class, accountId);
            if (account == null) {
                return false;
            }
            account.setActive(active);
            if (!active) {
                em.createQuery("delete from SessionEntity s where s.accountId = :account")
                        .setParameter("account", accountId)
                        .executeUpdate();
            }
            return true;
        });
    }

    /** The authority's grants as they apply now. */
    public PermissionResolver resolver(long authorityId) {
        List<PermissionDefinition> definitions = catalogue.definitions();
        return Transactions.read(emf, em -> new PermissionResolver(definitions, RoleGrants.of(em, authorityId)));
    }

    /**
     * Stores {@code wanted} as the authority's grants, except cells the saver may not change, which
     * keep their current value; answers what changed.
     */
    public List<PermissionResolver.Change> saveGrants(long authorityId, Set<PermissionResolver.Cell> wanted,
                                                      GrantEditing editing) {
        List<PermissionDefinition> definitions = catalogue.definitions();
        Set<String> ids = definitions.stream().map(PermissionDefinition::id).collect(Collectors.toSet());
        return Transactions.inTransaction(emf, em -> {
            PermissionResolver current = new PermissionResolver(definitions, RoleGrants.of(em, authorityId));
            Set<PermissionResolver.Cell> allowed = editing.apply(wanted, current, definitions);
            List<PermissionResolver.Change> changes = current.changesTo(allowed);
            RoleGrants.replace(em, authorityId, ids, current.overridesFor(allowed));
            return changes;
        });
    }
}
