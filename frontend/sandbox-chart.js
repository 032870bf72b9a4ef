/*
 * <sandbox-chart>: the one chart element of the Spamouflage Sandbox.
 *
 * A plain custom element (no build step, no npm) around Apache ECharts 5, which is served from the
 * org.webjars.npm:echarts jar at /webjars/echarts/5.3.1/dist/echarts.min.js. Vaadin never bundles
 * this file: the Maven build copies it to META-INF/resources/sandbox/ and the Java component
 * (org.spamouflage.sandbox.ui.base.SandboxChart) loads it with @JavaScript("context://...").
 *
 * Contract with the Java side
 * - `spec` (property or attribute): a JSON string in the sandbox's own chart schema (see
 *   ChartSpec.java), never a raw ECharts option. The Java side never sends functions or HTML; all
 *   formatting functions live here.
 * - `animation="off"` (attribute) or `"animation": false` in the spec turns animation off (tests).
 * - After every finished ECharts render the element sets `data-rendered` to a counter that only
 *   grows and `data-rendered-seq` to the `data-spec-seq` of the spec that was drawn, so browser
 *   tests know when to look. A failure sets `data-error` and shows the message as text.
 * - A click on a point, bar, cell, node or edge fires a bubbling `chart-click` CustomEvent with
 *   detail {series, id, index, dataType}.
 * - `texts` (attribute): a JSON object of the words the element itself writes, in the page's
 *   language (see SandboxChart.java): the "show as table" toggle, the chart kinds and the parts of
 *   the description. Numbers and dates follow `lang` in it.
 * - The height the Java side sets (`--sandbox-chart-height`) is the chart's: the title (HTML text
 *   above the plot, so it wraps instead of being cut off) and the plot share it; the "show as table"
 *   toggle and its table come below.
 *
 * Accessibility: the plot is role="img" with a description in the page's language (kind, title,
 * axes, series or groups, size) instead of ECharts' own aria text; every chart can be read as a
 * table. Graph charts are laid out once by force, then fixed and fitted into their box, so no node
 * is drawn outside it or over the legend.
 *
 * Security: every text that comes from data (series names, categories, node labels, point labels)
 * is escaped before it reaches the tooltip, which ECharts renders as HTML. Everything else
 * (axes, legend, labels) is drawn on the canvas, where text is only ever text.
 */
(function () {
  'use strict';
  if (window.customElements.get('sandbox-chart')) {
    return;
  }

  var ECHARTS_PATH = 'webjars/echarts/5.3.1/dist/echarts.min.js';
  var ECHARTS_TIMEOUT_MS = 30000;
  // Captured now: document.currentScript is only set while this classic script first runs.
  var OWN_SRC = document.currentScript ? document.currentScript.src : null;

  // ---------------------------------------------------------------------------------------------
  // Text safety
  // ---------------------------------------------------------------------------------------------

  var HTML_ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;'};

  /** Makes any value safe to place inside HTML text or a quoted attribute. */
  function escapeHtml(value) {
    if (value === null || value === undefined) {
      return '';
    }
    return String(value).replace(/[&<>"'`]/g, function (c) {
      return HTML_ESCAPES[c];
    });
  }

  // Colours end up inside a style attribute of the tooltip marker, so only plain colour syntax is
  // accepted (the Java side validates with the same pattern).
  var COLOR_PATTERN = /^(#[0-9a-fA-F]{3,8}|rgba?\(\s*[0-9.]+%?\s*,\s*[0-9.]+%?\s*,\s*[0-9.]+%?\s*(,\s*[0-9.]+%?\s*)?\)|[a-zA-Z]{1,30})$/;

  function safeColor(value) {
    return typeof value === 'string' && COLOR_PATTERN.test(value) ? value : null;
  }

  function num(value) {
    return typeof value === 'number' && isFinite(value) ? value : null;
  }

  function str(value) {
    return value === null || value === undefined ? '' : String(value);
  }

  // ---------------------------------------------------------------------------------------------
  // Loading ECharts once for the whole page
  // ---------------------------------------------------------------------------------------------

  var echartsPromise = null;

  function echartsUrl() {
    var src = OWN_SRC;
    if (!src) {
      var own = document.querySelector('script[src*="sandbox-chart.js"]');
      src = own ? own.src : null;
    }
    // .../sandbox/sandbox-chart.js -> .../webjars/echarts/...: keeps the servlet context path.
    return src ? new URL('../' + ECHARTS_PATH, src).href : new URL(ECHARTS_PATH, document.baseURI).href;
  }

  function loadEcharts() {
    if (window.echarts) {
      return Promise.resolve(window.echarts);
    }
    if (echartsPromise) {
      return echartsPromise;
    }
    echartsPromise = new Promise(function (resolve, reject) {
      // Vaadin usually loads ECharts itself (@JavaScript on the Java class); add a script tag
      // only when nobody else did, then wait for the global either way.
      var url = echartsUrl();
      var loading = Array.prototype.some.call(document.scripts, function (s) {
        return /\/echarts(\.min)?\.js(\?|$)/.test(s.src);
      });
      if (!loading) {
        var script = document.createElement('script');
        script.src = url;
        script.onerror = function () {
          reject(new Error('Could not load ECharts from ' + url));
        };
        document.head.appendChild(script);
      }
      var started = Date.now();
      var timer = setInterval(function () {
        if (window.echarts) {
          clearInterval(timer);
          resolve(window.echarts);
        } else if (Date.now() - started > ECHARTS_TIMEOUT_MS) {
          clearInterval(timer);
          reject(new Error('ECharts did not load within ' + ECHARTS_TIMEOUT_MS + ' ms from ' + url));
        }
      }, 20);
    });
    echartsPromise.catch(function () {
      echartsPromise = null; // let a later chart try again
    });
    return echartsPromise;
  }

  // ---------------------------------------------------------------------------------------------
  // Number formatting (tooltips)
  // ---------------------------------------------------------------------------------------------

  // The page's language for numbers and dates ("0,934" in French); set from the element's texts.
  var numberLang = 'en';

  function formatNumber(value, decimals) {
    if (typeof value !== 'number' || !isFinite(value)) {
      return '–';
    }
    try {
      return new Intl.NumberFormat(numberLang, {maximumFractionDigits: Number.isInteger(value) ? 0 : decimals,
        useGrouping: Math.abs(value) >= 10000}).format(value);
    } catch (e) {
      return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(decimals)));
    }
  }

  function formatAxisValue(value, axis, decimals) {
    if (typeof value === 'string') {
      return value; // a category label
    }
    if (axis && axis.type === 'time' && typeof value === 'number') {
      return new Date(value).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
    }
    if (axis && axis.type === 'category' && axis.categories && typeof value === 'number') {
      return str(axis.categories[value]);
    }
    return formatNumber(value, decimals);
  }

  function marker(color) {
    var c = safeColor(color) || '#999';
    return '<span style="display:inline-block;margin-right:6px;border-radius:5px;width:10px;height:10px;background-color:'
      + c + ';"></span>';
  }

  function row(color, label, value) {
    return '<div>' + marker(color) + escapeHtml(label) + ': <b>' + escapeHtml(value) + '</b></div>';
  }

  function header(text) {
    return '<div style="font-weight:600;margin-bottom:2px">' + escapeHtml(text) + '</div>';
  }

  function paramColor(p) {
    return typeof p.color === 'string' ? p.color : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Spec -> ECharts option
  // ---------------------------------------------------------------------------------------------

  function axisOption(axis, fallbackType, where) {
    axis = axis || {};
    var type = axis.type || fallbackType;
    var option = {
      type: type,
      name: str(axis.name),
      nameLocation: where === 'x' ? 'middle' : 'end',
      nameGap: where === 'x' ? 28 : 12,
      min: num(axis.min),
      max: num(axis.max),
      scale: type === 'value' && axis.min == null && axis.max == null && !!axis.scale,
      splitLine: {show: type !== 'category'},
      // A y-axis title sits above the axis; left-aligned so it is not cut off at the chart edge.
      nameTextStyle: where === 'x' ? {} : {align: 'left'}
    };
    if (type === 'category') {
      option.data = (axis.categories || []).map(str);
    } else if (type === 'value' || type === 'log') {
      option.axisLabel = {formatter: function (v) { return formatNumber(v, 6); }};
    }
    return option;
  }

  function pointData(series) {
    if (Array.isArray(series.points)) {
      return series.points.map(function (p) {
        return Array.isArray(p) ? [num(p[0]), num(p[1])] : [null, null];
      });
    }
    return (series.values || []).map(num);
  }

  function marksFor(spec) {
    var result = {};
    var lines = (spec.markLines || []).map(function (m) {
      var item = {name: str(m.label), lineStyle: {color: safeColor(m.color) || '#333', type: m.dashed === false ? 'solid' : 'dashed', width: 1.5}};
      item[m.axis === 'y' ? 'yAxis' : 'xAxis'] = m.value;
      return item;
    });
    if (lines.length) {
      result.markLine = {
        silent: true, symbol: 'none', animation: false, data: lines,
        label: {show: true, position: 'insideEndTop', formatter: function (p) { return str(p.name); }}
      };
    }
    var areas = (spec.markAreas || []).map(function (m) {
      var key = m.axis === 'y' ? 'yAxis' : 'xAxis';
      var from = {name: str(m.label), itemStyle: {color: safeColor(m.color) || 'rgba(80,80,120,0.12)'}};
      var to = {};
      from[key] = m.from;
      to[key] = m.to;
      return [from, to];
    });
    if (areas.length) {
      result.markArea = {
        silent: true, animation: false, data: areas,
        label: {show: true, position: 'insideTop', color: '#555', formatter: function (p) { return str(p.name); }}
      };
    }
    var points = (spec.markPoints || []).map(function (m) {
      return {
        name: str(m.label), coord: [m.x, m.y], symbol: 'circle', symbolSize: 11,
        itemStyle: {color: safeColor(m.color) || '#d62728', borderColor: '#fff', borderWidth: 2}
      };
    });
    if (points.length) {
      result.markPoint = {
        animation: false, data: points,
        label: {show: true, position: 'right', color: '#222', formatter: function (p) { return str(p.name); }},
        tooltip: {show: false}
      };
    }
    return result;
  }

  function base(spec, animate) {
    // The title is HTML above the plot (it wraps on narrow screens instead of being cut off), so the
    // canvas holds only the legend (one scrolling row at the top) and the plot below it.
    var legendCount = spec.kind === 'graph' ? ((spec.graph && spec.graph.categories) || []).length : (spec.series || []).length;
    var legend = spec.legend !== false && legendCount > 1;
    var option = {
      animation: animate,
      useUTC: true, // same axis labels on every machine
      aria: {enabled: false}, // the element describes the chart itself, in the page's language
      title: {show: false},
      tooltip: {
        show: true, renderMode: 'html', className: 'sandbox-chart-tooltip', confine: true,
        transitionDuration: animate ? 0.2 : 0
      },
      grid: {left: 16, right: 28, top: legend ? 52 : 32, bottom: 36, containLabel: true}
    };
    if (legend) {
      option.legend = {type: 'scroll', top: 4, left: 'center', pageIconSize: 11};
    }
    return option;
  }

  function cartesian(spec, animate, kind) {
    var option = base(spec, animate);
    var decimals = spec.decimals == null ? 3 : spec.decimals;
    var xType = kind === 'bar' ? 'category' : 'value';
    var xAxis = spec.xAxis || {};
    var yAxis = spec.yAxis || {};
    option.xAxis = axisOption(xAxis, xType, 'x');
    option.yAxis = axisOption(yAxis, 'value', 'y');
    if (option.xAxis.type === 'category') {
      // Few categories: show every label, wrapped; many: rotate and let ECharts thin them out.
      option.xAxis.axisLabel = option.xAxis.data.length > 12
        ? {rotate: 40, hideOverlap: true}
        : {interval: 0, overflow: 'break', width: Math.max(40, Math.floor(560 / Math.max(1, option.xAxis.data.length)))};
    }
    var marks = marksFor(spec);
    option.series = (spec.series || []).map(function (s, i) {
      var color = safeColor(s.color);
      var series = {
        id: str(s.id || ('s' + i)), name: str(s.name), color: color || undefined,
        data: pointData(s), emphasis: {focus: 'series'}
      };
      if (kind === 'line') {
        series.type = 'line';
        series.showSymbol = s.showSymbols == null ? series.data.length <= 40 : !!s.showSymbols;
        series.symbolSize = num(s.symbolSize) || 5;
        series.lineStyle = {width: num(s.lineWidth) || 2, type: s.dashed ? 'dashed' : 'solid'};
        series.step = s.step || false;
        series.stack = s.stack || undefined;
        series.connectNulls = false;
        if (s.area) {
          series.areaStyle = {opacity: 0.25};
        }
      } else if (kind === 'bar') {
        series.type = 'bar';
        series.stack = s.stack || undefined;
        series.barMaxWidth = 48;
      } else {
        series.type = 'scatter';
        series.symbolSize = num(s.symbolSize) || 8;
        series.itemStyle = {opacity: 0.75};
        series.large = series.data.length > 2000;
      }
      if (i === 0) {
        Object.assign(series, marks);
      }
      return series;
    });
    if (kind === 'scatter') {
      option.tooltip.trigger = 'item';
      option.tooltip.formatter = function (p) {
        var s = (spec.series || [])[p.seriesIndex] || {};
        var label = s.pointLabels ? s.pointLabels[p.dataIndex] : null;
        var v = Array.isArray(p.value) ? p.value : [];
        return header(label != null ? label : s.name)
          + (label != null ? '<div>' + escapeHtml(s.name) + '</div>' : '')
          + row(paramColor(p), xAxis.name || 'x', formatAxisValue(v[0], xAxis, decimals))
          + row(paramColor(p), yAxis.name || 'y', formatNumber(v[1], decimals));
      };
    } else {
      option.tooltip.trigger = 'axis';
      option.tooltip.axisPointer = {type: kind === 'bar' ? 'shadow' : 'line'};
      option.tooltip.formatter = function (params) {
        var list = Array.isArray(params) ? params : [params];
        if (!list.length) {
          return '';
        }
        var first = list[0];
        var head = kind === 'bar'
          ? str(first.name)
          : formatAxisValue(Array.isArray(first.value) ? first.value[0] : first.axisValue, xAxis, decimals);
        return header((xAxis.name ? xAxis.name + ': ' : '') + head) + list.map(function (p) {
          var s = (spec.series || [])[p.seriesIndex] || {};
          var label = s.pointLabels ? s.pointLabels[p.dataIndex] : null;
          var y = Array.isArray(p.value) ? p.value[1] : p.value;
          return row(paramColor(p), str(p.seriesName) + (label != null ? ' (' + label + ')' : ''), formatNumber(y, decimals));
        }).join('');
      };
    }
    return option;
  }

  function histogram(spec, animate) {
    var option = base(spec, animate);
    var decimals = spec.decimals == null ? 3 : spec.decimals;
    var edges = (spec.binEdges || []).map(num);
    var xAxis = spec.xAxis || {};
    option.xAxis = axisOption(xAxis, 'value', 'x');
    if (option.xAxis.min == null && edges.length) {
      option.xAxis.min = edges[0];
    }
    if (option.xAxis.max == null && edges.length) {
      option.xAxis.max = edges[edges.length - 1];
    }
    option.yAxis = axisOption(spec.yAxis, 'value', 'y');
    var marks = marksFor(spec);
    // A custom series draws each bin as a rectangle from edge to edge, so bins sit on a true value
    // axis (bars on a category axis cannot place a threshold line between two bin centres).
    option.series = (spec.series || []).map(function (s, i) {
      var color = safeColor(s.color);
      var data = (s.values || []).map(function (count, b) {
        return [edges[b], edges[b + 1], num(count)];
      }).filter(function (d) {
        return d[0] != null && d[1] != null;
      });
      var series = {
        type: 'custom', id: str(s.id || ('s' + i)), name: str(s.name), color: color || undefined,
        data: data, encode: {x: [0, 1], y: 2, tooltip: 2},
        renderItem: function (params, api) {
          var count = api.value(2);
          var topLeft = api.coord([api.value(0), count]);
          var bottomRight = api.coord([api.value(1), 0]);
          var shape = window.echarts.graphic.clipRectByRect({
            x: topLeft[0], y: topLeft[1],
            width: Math.max(bottomRight[0] - topLeft[0] - 1, 1), height: bottomRight[1] - topLeft[1]
          }, {x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height});
          return shape && {type: 'rect', shape: shape, style: api.style({opacity: (spec.series || []).length > 1 ? 0.55 : 0.85})};
        }
      };
      if (i === 0) {
        Object.assign(series, marks);
      }
      return series;
    });
    option.tooltip.trigger = 'item';
    option.tooltip.formatter = function (p) {
      var v = p.value || [];
      return header(p.seriesName)
        + row(paramColor(p), (xAxis.name ? xAxis.name + ' ' : '') + formatNumber(v[0], decimals) + '–' + formatNumber(v[1], decimals),
          formatNumber(v[2], decimals));
    };
    return option;
  }

  function heatmap(spec, animate) {
    var option = base(spec, animate);
    var decimals = spec.decimals == null ? 3 : spec.decimals;
    var h = spec.heatmap || {};
    var xCats = ((spec.xAxis && spec.xAxis.categories) || []).map(str);
    var yCats = ((spec.yAxis && spec.yAxis.categories) || []).map(str);
    var data = [];
    var min = Infinity;
    var max = -Infinity;
    (h.values || []).forEach(function (rowValues, y) {
      (rowValues || []).forEach(function (v, x) {
        var value = num(v);
        if (value !== null) {
          data.push([x, y, value]);
          min = Math.min(min, value);
          max = Math.max(max, value);
        }
      });
    });
    option.grid.bottom = 72;
    option.xAxis = axisOption({type: 'category', categories: xCats, name: spec.xAxis && spec.xAxis.name}, 'category', 'x');
    option.yAxis = axisOption({type: 'category', categories: yCats, name: spec.yAxis && spec.yAxis.name}, 'category', 'y');
    option.xAxis.splitArea = {show: true};
    option.yAxis.splitArea = {show: true};
    option.yAxis.inverse = true; // first category at the top, as in a table
    option.yAxis.nameLocation = 'start'; // which is now the top end
    var colors = (h.colors || []).map(safeColor).filter(Boolean);
    option.visualMap = {
      min: num(h.min) != null ? h.min : (isFinite(min) ? min : 0),
      max: num(h.max) != null ? h.max : (isFinite(max) ? max : 1),
      calculable: true, orient: 'horizontal', right: 8, bottom: 0, itemWidth: 12, itemHeight: 100,
      formatter: function (value) { return formatNumber(value, decimals); },
      inRange: {color: colors.length >= 2 ? colors : ['#f7fbff', '#6baed6', '#08306b']}
    };
    option.series = [{
      type: 'heatmap', id: 'heatmap', name: str(h.valueName), data: data, progressive: 0,
      emphasis: {itemStyle: {borderColor: '#333', borderWidth: 1}}
    }];
    option.tooltip.trigger = 'item';
    option.tooltip.formatter = function (p) {
      var v = p.value || [];
      return header(str(yCats[v[1]]) + ' · ' + str(xCats[v[0]]))
        + row(paramColor(p), h.valueName || 'value', formatNumber(v[2], decimals));
    };
    return option;
  }

  function graph(spec, animate) {
    var option = base(spec, animate);
    var decimals = spec.decimals == null ? 3 : spec.decimals;
    var g = spec.graph || {};
    var categories = (g.categories || []).map(function (c) {
      return {name: str(c.name), itemStyle: {color: safeColor(c.color) || undefined}};
    });
    var categoryIndex = {};
    categories.forEach(function (c, i) {
      categoryIndex[c.name] = i;
    });
    var nodes = g.nodes || [];
    var nodeIndex = {};
    nodes.forEach(function (n, i) {
      nodeIndex[str(n.id)] = i;
    });
    var data = nodes.map(function (n) {
      var item = {
        id: str(n.id), name: str(n.label != null ? n.label : n.id), value: num(n.value),
        symbolSize: num(n.size) || 10, category: categoryIndex[str(n.category)]
      };
      if (num(n.x) !== null && num(n.y) !== null) {
        item.x = n.x;
        item.y = n.y;
      }
      var color = safeColor(n.color);
      if (color) {
        item.itemStyle = {color: color};
      }
      return item;
    });
    // Edges name their ends by node id; ECharts gets node indices so that labels need not be unique.
    var links = (g.edges || []).filter(function (e) {
      return nodeIndex[str(e.source)] !== undefined && nodeIndex[str(e.target)] !== undefined;
    }).map(function (e) {
      return {source: nodeIndex[str(e.source)], target: nodeIndex[str(e.target)], value: num(e.weight),
        lineStyle: {width: Math.max(0.5, Math.min(6, num(e.width) || 1))}};
    });
    var layout = g.layout === 'circular' || g.layout === 'none' ? g.layout : 'force';
    var showLabels = g.showLabels == null ? nodes.length <= 40 : !!g.showLabels;
    // The plot starts below the legend, so nodes are never drawn under it.
    option.series = [{
      type: 'graph', id: 'graph', name: str(spec.title || 'graph'), layout: layout,
      top: option.legend ? 40 : 12, bottom: 12, left: 12, right: 12,
      data: data, links: links, categories: categories,
      roam: true, draggable: false, animation: animate,
      // One layout at once (not animated): it is then fixed and fitted into the box (see _fitGraph).
      force: {repulsion: num(g.repulsion) || 80, edgeLength: num(g.edgeLength) || 50, gravity: 0.1, layoutAnimation: false},
      label: {show: showLabels, position: 'right', formatter: function (p) { return str(p.name); }},
      labelLayout: {hideOverlap: true},
      lineStyle: {color: 'source', opacity: 0.5, curveness: 0},
      emphasis: {focus: 'adjacency', lineStyle: {width: 3}}
    }];
    if (option.legend) {
      option.legend.data = categories.map(function (c) { return c.name; });
    }
    option.grid = undefined;
    option.tooltip.trigger = 'item';
    option.tooltip.formatter = function (p) {
      if (p.dataType === 'edge') {
        var s = data[p.data.source] || {};
        var t = data[p.data.target] || {};
        return header(str(s.name) + ' — ' + str(t.name))
          + (p.data.value != null ? row(paramColor(p), g.edgeValueName || 'weight', formatNumber(p.data.value, decimals)) : '');
      }
      var node = p.data || {};
      var category = categories[node.category];
      return header(node.name)
        + (category ? row(paramColor(p), g.categoryName || 'group', category.name) : '')
        + (node.value != null ? row(paramColor(p), g.valueName || 'value', formatNumber(node.value, decimals)) : '');
    };
    return option;
  }

  function buildOption(spec, animate) {
    switch (spec.kind) {
      case 'line':
      case 'bar':
      case 'scatter':
        return cartesian(spec, animate, spec.kind);
      case 'histogram':
        return histogram(spec, animate);
      case 'heatmap':
        return heatmap(spec, animate);
      case 'graph':
        return graph(spec, animate);
      default:
        throw new Error('Unknown chart kind: ' + spec.kind);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The element
  // ---------------------------------------------------------------------------------------------

  // ---------------------------------------------------------------------------------------------
  // Words the element writes itself (description, table), in the page's language
  // ---------------------------------------------------------------------------------------------

  var DEFAULT_TEXTS = {
    lang: 'en', showTable: 'Show as table', kinds: {line: 'Line chart', bar: 'Bar chart', histogram: 'Histogram',
      scatter: 'Scatter plot', heatmap: 'Heat map', graph: 'Network'},
    xAxis: 'Horizontal axis', yAxis: 'Vertical axis', series: 'Series', groups: 'Groups', from: 'from', to: 'to',
    nodes: 'nodes', edges: 'links', points: 'points', bins: 'bins', cells: 'cells', node: 'Node', group: 'Group',
    value: 'Value', source: 'From', target: 'To', rowsShown: 'first {0} of {1} rows'
  };

  function words(el) {
    var own = null;
    try {
      own = el.getAttribute('texts') ? JSON.parse(el.getAttribute('texts')) : null;
    } catch (e) {
      own = null;
    }
    return Object.assign({}, DEFAULT_TEXTS, own || {});
  }

  function axisWords(axis, label, w) {
    if (!axis) {
      return '';
    }
    var parts = [label + ': ' + (str(axis.name) || '–')];
    if (num(axis.min) !== null && num(axis.max) !== null) {
      parts.push(w.from + ' ' + formatNumber(axis.min, 3) + ' ' + w.to + ' ' + formatNumber(axis.max, 3));
    } else if (axis.categories) {
      parts.push(axis.categories.length + '');
    }
    return parts.join(', ');
  }

  /** One paragraph saying what the chart shows: kind, title, axes, series or groups, size. */
  function describe(spec, w) {
    var kind = (w.kinds && w.kinds[spec.kind]) || spec.kind;
    var out = [kind + (spec.title ? ': ' + str(spec.title) : '') + '.'];
    if (spec.kind === 'graph') {
      var g = spec.graph || {};
      out.push(((g.nodes || []).length) + ' ' + w.nodes + ', ' + ((g.edges || []).length) + ' ' + w.edges + '.');
      if ((g.categories || []).length) {
        out.push(w.groups + ': ' + g.categories.map(function (c) { return str(c.name); }).join(', ') + '.');
      }
      return out.join(' ');
    }
    out.push(axisWords(spec.xAxis, w.xAxis, w) + '. ' + axisWords(spec.yAxis, w.yAxis, w) + '.');
    if (spec.kind === 'heatmap') {
      return out.join(' ');
    }
    var series = spec.series || [];
    if (series.length) {
      out.push(w.series + ': ' + series.map(function (x) { return str(x.name); }).join(', ') + '.');
    }
    (spec.markLines || []).concat(spec.markAreas || []).forEach(function (m) {
      if (m.label) {
        out.push(str(m.label) + '.');
      }
    });
    return out.join(' ');
  }

  var MAX_TABLE_ROWS = 500;

  /** The chart's numbers as rows: [header cells, rows of cells]. */
  function tableOf(spec, w) {
    var decimals = spec.decimals == null ? 3 : spec.decimals;
    var x = spec.xAxis || {};
    var series = spec.series || [];
    var fmtX = function (v) { return formatAxisValue(v, x, decimals); };
    if (spec.kind === 'graph') {
      var g = spec.graph || {};
      return [[w.node, g.categoryName || w.group, g.valueName || w.value], (g.nodes || []).map(function (n) {
        return [str(n.label != null ? n.label : n.id), str(n.category), formatNumber(num(n.value), decimals)];
      })];
    }
    if (spec.kind === 'heatmap') {
      var h = spec.heatmap || {};
      var xs = (x.categories || []).map(str);
      var ys = ((spec.yAxis && spec.yAxis.categories) || []).map(str);
      return [[str(spec.yAxis && spec.yAxis.name)].concat(xs), (h.values || []).map(function (rowValues, i) {
        return [ys[i]].concat((rowValues || []).map(function (v) { return formatNumber(num(v), decimals); }));
      })];
    }
    var head = [str(x.name) || w.xAxis].concat(series.map(function (s) { return str(s.name); }));
    var rows = [];
    if (spec.kind === 'histogram') {
      var edges = spec.binEdges || [];
      for (var b = 0; b + 1 < edges.length; b++) {
        rows.push([formatNumber(edges[b], decimals) + '–' + formatNumber(edges[b + 1], decimals)].concat(series.map(function (s) {
          return formatNumber(num((s.values || [])[b]), decimals);
        })));
      }
    } else if (x.type === 'category') {
      (x.categories || []).forEach(function (c, i) {
        rows.push([str(c)].concat(series.map(function (s) { return formatNumber(num((s.values || [])[i]), decimals); })));
      });
    } else {
      // (x, y) points: one row per distinct x, in order, one column per series
      var byX = {};
      var order = [];
      series.forEach(function (s, k) {
        (s.points || []).forEach(function (p, i) {
          var key = String(p[0]);
          if (!byX[key]) {
            byX[key] = {x: p[0], cells: series.map(function () { return ''; })};
            order.push(key);
          }
          var label = s.pointLabels ? ' (' + str(s.pointLabels[i]) + ')' : '';
          byX[key].cells[k] = formatNumber(num(p[1]), decimals) + label;
        });
      });
      order.sort(function (a, b) { return byX[a].x - byX[b].x; });
      rows = order.map(function (k) { return [fmtX(byX[k].x)].concat(byX[k].cells); });
    }
    return [head, rows];
  }

  var TEMPLATE = '<style>'
    + ':host{display:block;position:relative;min-height:80px;box-sizing:border-box;max-width:100%}'
    + ':host([hidden]){display:none}'
    + '#frame{position:relative;height:var(--sandbox-chart-height,320px);display:flex;flex-direction:column}'
    + '#caption{flex:none;padding:2px 8px 0;text-align:center;font:14px/1.3 var(--lumo-font-family,sans-serif);'
    + 'color:var(--lumo-body-text-color,#222);overflow-wrap:anywhere}'
    + '#caption:empty{display:none}'
    + '#plot{position:relative;flex:1;min-height:60px}'
    + '#chart{position:absolute;inset:0}'
    + '#error{position:absolute;inset:0;display:none;padding:8px;color:#b00020;font:13px sans-serif;white-space:pre-wrap}'
    + ':host([data-error]) #error{display:block}'
    + 'details{font:13px var(--lumo-font-family,sans-serif);color:var(--lumo-secondary-text-color,#555);margin:2px 8px}'
    + 'summary{cursor:pointer;width:max-content;max-width:100%}'
    + '#table{max-height:260px;overflow:auto;margin-top:4px}'
    + 'table{border-collapse:collapse;font-variant-numeric:tabular-nums;color:var(--lumo-body-text-color,#222)}'
    + 'th,td{border:1px solid rgba(0,0,0,.12);padding:2px 6px;text-align:right;white-space:nowrap}'
    + 'th:first-child,td:first-child{text-align:left}'
    + '</style><div id="frame"><div id="caption" part="caption"></div>'
    + '<div id="plot"><div id="chart" part="chart" role="img"></div><div id="error" role="alert"></div></div></div>'
    + '<details id="table-box"><summary id="table-toggle"></summary><div id="table" tabindex="0"></div></details>';

  class SandboxChartElement extends HTMLElement {
    static get observedAttributes() {
      return ['spec', 'animation', 'texts'];
    }

    constructor() {
      super();
      var root = this.attachShadow({mode: 'open'});
      root.innerHTML = TEMPLATE; // static markup only; data never goes through innerHTML here
      this._container = root.getElementById('chart');
      this._errorBox = root.getElementById('error');
      this._caption = root.getElementById('caption');
      this._tableBox = root.getElementById('table-box');
      this._table = root.getElementById('table');
      this._toggle = root.getElementById('table-toggle');
      var self = this;
      this._tableBox.addEventListener('toggle', function () {
        if (self._tableBox.open) {
          self._fillTable();
        }
      });
      this._specText = null;
      this._spec = null;
      this._specSeq = 0;
      this._drawnSeq = 0;
      this._renderCount = 0;
      this._chart = null;
      this._resizeObserver = null;
    }

    connectedCallback() {
      // Vaadin may have set the property before this class was defined.
      if (Object.prototype.hasOwnProperty.call(this, 'spec')) {
        var early = this.spec;
        delete this.spec;
        this.spec = early;
      }
      var self = this;
      if (window.ResizeObserver && !this._resizeObserver) {
        this._resizeObserver = new ResizeObserver(function () {
          if (self._chart) {
            self._chart.resize();
          }
        });
        this._resizeObserver.observe(this);
      }
      this._render();
    }

    disconnectedCallback() {
      // Vaadin detaches elements on navigation and may attach them again later: free the chart
      // now, rebuild it from the kept spec in connectedCallback.
      if (this._resizeObserver) {
        this._resizeObserver.disconnect();
        this._resizeObserver = null;
      }
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (name === 'spec') {
        if (newValue !== this._specText) {
          this.spec = newValue;
        }
      } else if (oldValue !== newValue) {
        this._render();
      }
    }

    get spec() {
      return this._specText;
    }

    set spec(value) {
      var text = value === null || value === undefined ? null : (typeof value === 'string' ? value : JSON.stringify(value));
      this._specText = text;
      this._specSeq += 1;
      this.setAttribute('data-spec-seq', String(this._specSeq));
      try {
        this._spec = text ? JSON.parse(text) : null;
        this._clearError();
      } catch (e) {
        this._spec = null;
        this._showError('Chart spec is not valid JSON: ' + e.message);
        return;
      }
      this._render();
    }

    /** Opens the tooltip of one data item, as hovering would (used by tests and keyboard users). */
    showTooltip(seriesIndex, dataIndex) {
      if (this._chart) {
        this._chart.dispatchAction({type: 'showTip', seriesIndex: seriesIndex, dataIndex: dataIndex});
      }
    }

    hideTooltip() {
      if (this._chart) {
        this._chart.dispatchAction({type: 'hideTip'});
      }
    }

    _animate() {
      return this.getAttribute('animation') !== 'off' && !(this._spec && this._spec.animation === false);
    }

    _render() {
      if (!this.isConnected || !this._spec) {
        return;
      }
      var self = this;
      var seq = this._specSeq;
      loadEcharts().then(function (echarts) {
        if (!self.isConnected || !self._spec || seq !== self._specSeq) {
          return; // detached meanwhile, or a newer spec has its own render on the way
        }
        self._draw(echarts, seq);
      }, function (error) {
        self._showError(error.message);
      });
    }

    _draw(echarts, seq) {
      var w = words(this);
      numberLang = w.lang || 'en';
      var option;
      try {
        option = buildOption(this._spec, this._animate());
      } catch (e) {
        this._showError('Chart could not be drawn: ' + e.message);
        return;
      }
      this._caption.textContent = str(this._spec.title); // text, never HTML
      this._container.setAttribute('aria-label', describe(this._spec, w));
      this._toggle.textContent = w.showTable;
      if (this._tableBox.open) {
        this._fillTable();
      } else {
        this._table.textContent = '';
      }
      if (!this._chart) {
        var locale = numberLang === 'fr' ? 'FR' : 'EN'; // FR: the webjar's i18n/langFR.js, loaded with ECharts
        this._chart = echarts.init(this._container, null, {renderer: 'canvas', locale: locale});
        this._bindChartEvents(this._chart);
      }
      this._drawnSeq = seq;
      // A force-laid graph is drawn twice: laid out, then fixed where the layout put it and fitted into the box.
      this._fitting = this._spec.kind === 'graph' && option.series[0].layout === 'force' && option.series[0].data.length > 0;
      this._option = option;
      this._chart.setOption(option, {notMerge: true});
    }

    /** Fixes every node where the force layout put it; layout 'none' then fits them all into the plot. */
    _fitGraph() {
      var model = this._chart.getModel();
      var series = model && model.getSeriesByIndex(0);
      var data = series && series.getData();
      if (!data) {
        return false;
      }
      var option = this._option;
      var nodes = option.series[0].data;
      for (var i = 0; i < nodes.length; i++) {
        var p = data.getItemLayout(i);
        if (!p || !isFinite(p[0]) || !isFinite(p[1])) {
          return false;
        }
        nodes[i].x = p[0];
        nodes[i].y = p[1];
      }
      option.series[0].layout = 'none';
      this._chart.setOption(option, {notMerge: true});
      return true;
    }

    _fillTable() {
      if (!this._spec) {
        return;
      }
      var w = words(this);
      var t = tableOf(this._spec, w);
      var table = document.createElement('table');
      var head = document.createElement('tr');
      t[0].forEach(function (h) {
        var th = document.createElement('th');
        th.scope = 'col';
        th.textContent = h; // text, never HTML
        head.appendChild(th);
      });
      var thead = document.createElement('thead');
      thead.appendChild(head);
      table.appendChild(thead);
      var body = document.createElement('tbody');
      t[1].slice(0, MAX_TABLE_ROWS).forEach(function (r) {
        var tr = document.createElement('tr');
        r.forEach(function (c) {
          var td = document.createElement('td');
          td.textContent = c;
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      table.appendChild(body);
      this._table.textContent = '';
      if (t[1].length > MAX_TABLE_ROWS) {
        var note = document.createElement('div');
        note.textContent = w.rowsShown.replace('{0}', String(MAX_TABLE_ROWS)).replace('{1}', String(t[1].length));
        this._table.appendChild(note);
      }
      this._table.appendChild(table);
    }

    _markRendered() {
      this._renderCount += 1;
      this.setAttribute('data-rendered-seq', String(this._drawnSeq));
      this.setAttribute('data-rendered', String(this._renderCount));
    }

    _bindChartEvents(chart) {
      var self = this;
      chart.on('finished', function () {
        if (self._fitting) {
          self._fitting = false;
          var seq = self._drawnSeq;
          // Outside ECharts' own event dispatch: the fitted drawing is a new setOption.
          setTimeout(function () {
            if (seq !== self._drawnSeq || !self._chart) {
              return; // a newer spec is being drawn
            }
            var fitted = false;
            try {
              fitted = self._fitGraph();
            } catch (e) {
              fitted = false;
            }
            if (!fitted) {
              self._markRendered(); // the laid-out drawing stands
            }
          }, 0);
          return; // "rendered" comes with the fitted drawing
        }
        self._markRendered();
      });
      chart.on('click', function (p) {
        if (p.componentType !== 'series') {
          return;
        }
        self.dispatchEvent(new CustomEvent('chart-click', {
          bubbles: true, composed: true, detail: self._clickDetail(p)
        }));
      });
    }

    _clickDetail(p) {
      var spec = this._spec || {};
      var detail = {series: str(p.seriesId), id: null, index: p.dataIndex, dataType: 'point'};
      if (spec.kind === 'graph') {
        detail.series = 'graph';
        detail.dataType = p.dataType === 'edge' ? 'edge' : 'node';
        if (p.dataType === 'edge') {
          var nodes = (spec.graph && spec.graph.nodes) || [];
          var s = nodes[p.data.source];
          var t = nodes[p.data.target];
          detail.id = s && t ? str(s.id) + '->' + str(t.id) : null;
        } else {
          detail.id = p.data ? str(p.data.id) : null;
        }
      } else if (spec.kind === 'heatmap') {
        detail.series = 'heatmap';
        detail.dataType = 'cell';
        var v = p.value || [];
        var xCats = (spec.xAxis && spec.xAxis.categories) || [];
        var yCats = (spec.yAxis && spec.yAxis.categories) || [];
        detail.id = str(xCats[v[0]]) + '|' + str(yCats[v[1]]);
      } else {
        var series = (spec.series || [])[p.seriesIndex] || {};
        detail.series = str(series.id || p.seriesId);
        detail.dataType = spec.kind === 'bar' || spec.kind === 'histogram' ? 'bar' : 'point';
        if (series.pointIds && series.pointIds[p.dataIndex] != null) {
          detail.id = str(series.pointIds[p.dataIndex]);
        } else if (spec.kind === 'bar') {
          detail.id = str(p.name);
        }
      }
      return detail;
    }

    _showError(message) {
      this._errorBox.textContent = message; // text, never HTML
      this.setAttribute('data-error', message);
      if (window.console) {
        window.console.error('sandbox-chart: ' + message);
      }
    }

    _clearError() {
      this._errorBox.textContent = '';
      this.removeAttribute('data-error');
    }
  }

  SandboxChartElement.escapeHtml = escapeHtml;
  SandboxChartElement.buildOption = buildOption;
  window.customElements.define('sandbox-chart', SandboxChartElement);
})();
