package org.safeguard.platform.api.web;

import java.util.List;

import org.safeguard.platform.api.security.CurrentUser;

/** Implemented by the web host: the tabs a user may see on one record, in order. */
public interface RecordTabs {

    record VisibleTab(String label, String href, String moduleId) {}

    List<VisibleTab> tabs(String recordType, String recordId, CurrentUser user);
}
