package org.spamouflage.sandbox.ui.playground;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.spamouflage.sandbox.ui.KaribuSpringTest;

class PlaygroundViewTest extends KaribuSpringTest {

    @Test
    void opensWithTheDefaultScenarioAndShowsResults() {
        navigate("");
        PlaygroundView view = _get(PlaygroundView.class);
        assertThat(view.state()).isNotNull();
        assertThat(view.result()).isNotNull();
        System.out.println(view.state().toQuery());
        System.out.println(view.result().counts());
    }
}
