package org.spamouflage.sandbox.ui.base;

import org.spamouflage.sandbox.chart.ChartSeries;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.Optional;

/**
 * A click on a point, bar, heatmap cell, graph node or graph edge of a {@link SandboxChart}.
 * Marks, axes and the legend do not fire it.
 */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<SandboxChart> {

    private final String seriesId;
    private final String itemId;
    private final int index;
    private final String dataType;

    /**
     * @param seriesId id of the clicked series ({@code "heatmap"} and {@code "graph"} for those kinds)
     * @param itemId   the clicked item's id: the point id given with {@link ChartSeries#withPointIds},
     *                 the category of a bar, the node id, {@code "source->target"} for an edge,
     *                 {@code "xCategory|yCategory"} for a heatmap cell; {@code null} if none
     * @param index    index of the item within its series (or node/edge list)
     * @param dataType {@code point}, {@code bar}, {@code cell}, {@code node} or {@code edge}
     */
    public ChartClickEvent(SandboxChart source, boolean fromClient,
            @EventData("event.detail.series") String seriesId,
            @EventData("event.detail.id") String itemId,
            @EventData("event.detail.index") int index,
            @EventData("event.detail.dataType") String dataType) {
        super(source, fromClient);
        this.seriesId = seriesId;
        this.itemId = itemId;
        this.index = index;
        this.dataType = dataType;
    }

    public String getSeriesId() {
        return seriesId;
    }

    /** The clicked item's id (account id, node id, category…), if it has one. */
    public Optional<String> getItemId() {
        return Optional.ofNullable(itemId);
    }

    public int getIndex() {
        return index;
    }

    public String getDataType() {
        return dataType;
    }
}
