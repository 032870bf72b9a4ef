package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Playground-state parameters a page was opened with: the URL's, or, when it has none, the
 * state this session's Playground last showed (so the menu links keep the current run).
 */
public final class StateParams {
    private StateParams() {
    }

    public static Map<String, String> read(BeforeEnterEvent event) {
        Map<String, String> params = new TreeMap<>();
        event.getLocation().getQueryParameters().getParameters()
                .forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
        if (params.isEmpty()) {
            CurrentState.query().ifPresent(q -> QueryParameters.fromString(q).getParameters()
                    .forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0))));
        }
        return params;
    }
}
