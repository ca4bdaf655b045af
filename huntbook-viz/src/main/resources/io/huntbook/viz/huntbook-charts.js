/*
 * Huntbook charts: turns a chart description (application/vnd.huntbook.chart.v1+json) into an ECharts option.
 * Every text that came from data (tooltips, labels, names) is either drawn on the canvas as text or escaped before it
 * reaches HTML: the data are log lines an attacker may control.
 */
(function (global) {
  'use strict';
  var MIME = 'application/vnd.huntbook.chart.v1+json';
  var ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

  function escapeHtml(text) {
    return String(text == null ? '' : text).replace(/[&<>"'`]/g, function (c) { return ESC[c]; });
  }

  function tipHtml(text) {
    return escapeHtml(text).split('\n').join('<br>');
  }

  /* The tip of whatever the pointer is on: rows carry it at a known index, nodes and edges as a field. */
  function tipOf(p) {
    var d = p.data;
    if (d == null) { return p.name; }
    if (Array.isArray(d)) { return d[p.seriesType === 'custom' ? 3 : 2]; }
    if (d.tip != null) { return d.tip; }
    return p.name;
  }

  function header(d) {
    return {
      animation: false,
      backgroundColor: '#ffffff',
      title: { text: d.title, subtext: d.note || '', left: 'center', textStyle: { fontSize: 16 } },
      tooltip: { trigger: 'item', confine: true, formatter: function (p) { return tipHtml(tipOf(p)); } }
    };
  }

  function axis(a, horizontal) {
    var o = { name: a.name, nameLocation: 'middle', nameGap: horizontal ? 28 : 40 };
    if (a.type === 'time') { o.type = 'time'; }
    else if (a.type === 'category') {
      o.type = 'category'; o.data = a.categories; o.nameGap = horizontal ? 28 : 10;
      if (!horizontal) { o.nameLocation = 'start'; o.inverse = true; }
      o.axisLabel = { interval: 0, width: 180, overflow: 'truncate' };
      o.splitLine = { show: true, lineStyle: { color: '#eeeeee' } };
    } else { o.type = 'value'; o.scale = true; }
    return o;
  }

  function cartesian(d) {
    var o = header(d);
    o.grid = { left: 20, right: 40, top: d.note ? 80 : 60, bottom: d.zoom ? 80 : 50, containLabel: true };
    o.xAxis = axis(d.x, true);
    o.yAxis = axis(d.y, false);
    o.legend = { show: d.series.length > 1, top: d.note ? 52 : 30, data: uniqueNames(d.series) };
    if (d.zoom && d.x.type === 'time') {
      o.dataZoom = [{ type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' },
        { type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', bottom: 10 }];
    }
    o.series = d.series.map(function (s) { return series(s); });
    if (d.referenceLines && d.referenceLines.length && o.series.length) {
      o.series[0].markLine = {
        symbol: 'none', silent: true, lineStyle: { color: '#d62728', type: 'dashed' },
        data: d.referenceLines.map(function (r) {
          return { xAxis: r.x, label: { formatter: function () { return r.label; } } };
        })
      };
    }
    return o;
  }

  function uniqueNames(list) {
    var seen = {}, out = [];
    list.forEach(function (s) { if (!seen[s.name]) { seen[s.name] = true; out.push(s.name); } });
    return out;
  }

  function size(s) {
    return s.sized ? function (v) { return 2 * v[3]; } : 7;
  }

  function series(s) {
    var base = { name: s.name, data: s.data, itemStyle: { color: s.color }, large: s.data.length > 2000 };
    switch (s.mark) {
      case 'line':
        return Object.assign(base, { type: 'line', showSymbol: false, encode: { x: 0, y: 1 }, lineStyle: { color: s.color } });
      case 'baseline':
        return Object.assign(base, { type: 'line', showSymbol: false, encode: { x: 0, y: 1 },
          lineStyle: { color: s.color, type: 'dashed' } });
      case 'bar':
        return Object.assign(base, { type: 'bar', encode: { x: 0, y: 1 }, barMaxWidth: 12, large: false });
      case 'anomaly':
        return Object.assign(base, { type: 'scatter', encode: { x: 0, y: 1 }, symbolSize: 11, z: 5 });
      case 'range':
        return Object.assign(base, { type: 'custom', encode: { x: [0, 1], y: 2 }, renderItem: renderRange });
      case 'cell':
        return Object.assign(base, { type: 'scatter', encode: { x: 0, y: 1 }, symbolSize: size(s), large: false });
      default:
        return Object.assign(base, { type: 'scatter', encode: { x: 0, y: 1 }, symbolSize: size(s),
          itemStyle: { color: s.color, opacity: 0.8 } });
    }
  }

  function renderRange(params, api) {
    var start = api.coord([api.value(0), api.value(2)]);
    var end = api.coord([api.value(1), api.value(2)]);
    var height = api.size([0, 1])[1] * 0.55;
    var rect = global.echarts.graphic.clipRectByRect(
      { x: start[0], y: start[1] - height / 2, width: Math.max(3, end[0] - start[0]), height: height },
      { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
    return rect && { type: 'rect', shape: rect, style: api.style() };
  }

  function graph(d) {
    var o = header(d);
    var w = d.width - 120, h = d.height - 140;
    o.legend = { top: d.note ? 52 : 30, data: d.categories };
    o.series = [{
      type: 'graph', layout: 'none', roam: true, draggable: true,
      top: d.note ? 90 : 70, left: 50, right: 50, bottom: 30,
      categories: d.categories.map(function (c, i) { return { name: c, itemStyle: { color: d.colors[i] } }; }),
      label: { show: d.nodes.length <= 80, position: 'right', fontSize: 11, formatter: function (p) { return p.data.label; } },
      lineStyle: { color: '#999999', opacity: 0.7, curveness: 0.1 },
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
      data: d.nodes.map(function (n, i) {
        return { id: String(i), name: String(i), label: n.label, tip: n.tip, category: n.category,
          x: n.x * w, y: n.y * h, symbolSize: 2 * n.size };
      }),
      links: d.edges.map(function (e) { return { source: String(e.source), target: String(e.target), tip: e.tip }; })
    }];
    return o;
  }

  function map(d) {
    var o = header(d);
    if (!global.echarts.getMap('huntbook-world')) {
      global.echarts.registerMap('huntbook-world', global.HUNTBOOK_WORLD);
    }
    o.legend = { show: d.series.length > 1, top: d.note ? 52 : 30, data: uniqueNames(d.series) };
    o.geo = { map: 'huntbook-world', roam: true, boundingCoords: [[-180, 85], [180, -60]], silent: true, top: d.note ? 90 : 70, bottom: 20,
      itemStyle: { areaColor: '#e6eaee', borderColor: '#9aa5b1' }, emphasis: { disabled: true } };
    o.series = d.series.map(function (s) {
      return { type: 'scatter', coordinateSystem: 'geo', name: s.name, data: s.data, symbolSize: size(s),
        itemStyle: { color: s.color, opacity: 0.85, borderColor: '#ffffff', borderWidth: 0.5 } };
    });
    return o;
  }

  function tree(d) {
    var o = header(d);
    var items = d.nodes.map(function (n) {
      return { name: n.label, tip: n.tip, children: [], itemStyle: { color: n.color, borderColor: n.color } };
    });
    var roots = [];
    d.nodes.forEach(function (n, i) {
      if (n.parent >= 0 && n.parent < items.length) { items[n.parent].children.push(items[i]); } else { roots.push(items[i]); }
    });
    var root = roots.length === 1 ? roots[0]
      : { name: roots.length + ' root processes', tip: roots.length + ' root processes', children: roots,
        itemStyle: { color: '#999999' } };
    o.graphic = d.legend.map(function (e, i) {
      return { type: 'group', left: 10 + 190 * (i % 5), top: (d.note ? 52 : 30) + 18 * Math.floor(i / 5), children: [
        { type: 'circle', shape: { cx: 5, cy: 6, r: 5 }, style: { fill: e.color } },
        { type: 'text', left: 14, top: 0, style: { text: e.name, fontSize: 11, fill: '#333333', width: 170,
          overflow: 'truncate' } }] };
    });
    var top = (d.note ? 52 : 30) + 18 * Math.ceil(d.legend.length / 5) + 20;
    o.series = [{
      type: 'tree', data: [root], top: top, left: 80, right: 260, bottom: 20,
      orient: 'LR', roam: true, expandAndCollapse: true, initialTreeDepth: -1, symbolSize: 9,
      label: { position: 'right', verticalAlign: 'middle', align: 'left', fontSize: 11 },
      leaves: { label: { position: 'right', align: 'left' } }
    }];
    return o;
  }

  function option(d) {
    switch (d.kind) {
      case 'cartesian': return cartesian(d);
      case 'graph': return graph(d);
      case 'map': return map(d);
      case 'tree': return tree(d);
      default: throw new Error('unknown chart kind ' + d.kind);
    }
  }

  function marks(d) {
    if (d.kind === 'graph' || d.kind === 'tree') { return d.nodes.length; }
    return d.series.reduce(function (n, s) { return n + s.data.length; }, 0);
  }

  /* Draws description d into element el, replacing the static image it holds. */
  function render(el, d) {
    try {
      el.style.width = d.width + 'px';
      el.style.height = d.height + 'px';
      var chart = global.echarts.init(el, null, { renderer: 'canvas', width: d.width, height: d.height });
      chart.setOption(option(d));
      var img = el.querySelector('img.huntbook-static');
      if (img) { img.parentNode.removeChild(img); }
      el.setAttribute('data-huntbook-rendered', String(marks(d)));
      return chart;
    } catch (e) {
      el.setAttribute('data-huntbook-error', String(e && e.message || e));
      throw e;
    }
  }

  /* Draws every description in root: a script of the chart MIME type followed by (or naming) its element. */
  function renderAll(root) {
    var scripts = (root || document).querySelectorAll('script[type="' + MIME + '"]');
    Array.prototype.forEach.call(scripts, function (script) {
      var el = document.getElementById(script.getAttribute('data-for'));
      if (el && !el.hasAttribute('data-huntbook-rendered')) {
        render(el, JSON.parse(script.textContent));
      }
    });
  }

  global.HuntbookCharts = { render: render, renderAll: renderAll, option: option, escapeHtml: escapeHtml };
})(window);
