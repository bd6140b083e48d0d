package org.safeguard.platform.api.organisation;

/** Team types the council papers describe across its restructures (DOMAIN.md, Organisation). */
public enum TeamType {
    UNIT("Unit"),
    ASSESSMENT("Assessment team"),
    CHILDRENS("Children's team"),
    ADOLESCENT("Adolescent team"),
    FAMILY_SAFEGUARDING("Family Safeguarding team"),
    CHILDREN_IN_CARE("Children in care team"),
    LEAVING_CARE("Leaving care team"),
    UASC("Unaccompanied asylum-seeking children team"),
    FOSTERING("Fostering team"),
    SUPERVISED_CONTACT("Supervised contact team"),
    EDGE_OF_CARE("Edge of care team"),
    CUSTOMER_SERVICE_CENTRE("Customer service centre"),
    MASH("Multi-agency safeguarding hub"),
    EARLY_HELP_HUB("Early Help hub"),
    QUALITY_ASSURANCE("Quality assurance"),
    ADMINISTRATION("Administration");

    private final String label;

    TeamType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
