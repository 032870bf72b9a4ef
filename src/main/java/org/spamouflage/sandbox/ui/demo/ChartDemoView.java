package org.spamouflage.sandbox.ui.demo;

import org.spamouflage.sandbox.chart.ChartDemoData;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.spamouflage.sandbox.ui.base.ChartClickEvent;
import org.spamouflage.sandbox.chart.ChartSpec;
import org.spamouflage.sandbox.ui.base.SandboxChart;

/**
 * Gallery of every chart kind on sample data, used by view authors as a reference and by browser
 * tests. Some labels are deliberately {@value ChartDemoData#HOSTILE}: they must show as text.
 */
@AnonymousAllowed
@Route("chart-demo")
@PageTitle("Chart gallery · Spamouflage Sandbox")
public class ChartDemoView extends VerticalLayout {

    private final Span lastClick = new Span("Click a point, bar, cell or node.");

    public ChartDemoView() {
        setMaxWidth("1100px");
        lastClick.setId("last-click");
        add(new H1("Chart gallery"),
                new Paragraph("Every chart kind on synthetic sample data. Some labels read "
                        + ChartDemoData.HOSTILE + " on purpose: text from data must always show as text."),
                lastClick);
        Div grid = new Div();
        grid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(420px, 1fr))")
                .set("gap", "16px").set("width", "100%");
        grid.add(chart("chart-roc", ChartDemoData.roc()),
                chart("chart-bar", ChartDemoData.bars()),
                chart("chart-histogram", ChartDemoData.histogram()),
                chart("chart-timeline", ChartDemoData.timeline()),
                chart("chart-scatter", ChartDemoData.scatter()),
                chart("chart-heatmap", ChartDemoData.heatmap()),
                chart("chart-graph", ChartDemoData.graph()));
        add(grid);
    }

    private SandboxChart chart(String id, ChartSpec spec) {
        SandboxChart chart = new SandboxChart(spec);
        chart.setId(id);
        chart.addChartClickListener(this::showClick);
        return chart;
    }

    private void showClick(ChartClickEvent e) {
        // setText: the id may be data (an account handle) and must stay text.
        lastClick.setText("Clicked " + e.getDataType() + " " + e.getItemId().orElse("(no id)") + " in "
                + e.getSeriesId() + " at " + e.getIndex());
    }
}
