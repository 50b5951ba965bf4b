package org.gkml.oversight;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Set;
import org.gkml.i18n.Messages;
import org.gkml.model.Tier;
import org.owasp.encoder.Encode;

/**
 * The report as one self-contained page: a matrix of regions (rows) by domains (columns), each cell
 * the region's standing in words (never by colour alone), with filters by text, tier, status and
 * stale overlays that work from the keyboard and announce the number of rows shown. No file or
 * network access: the style and the small filter script are inline, and without script every row
 * stays visible.
 */
final class ReportHtml {
  private static final String STYLE =
      """
      body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1rem;color:#1a1a1a}
      table{border-collapse:collapse;font-size:.85rem}
      th,td{border:1px solid #888;padding:.2rem .4rem;vertical-align:top;text-align:left}
      thead th{position:sticky;top:0;background:#e8e8e8}
      td.overlay{background:#e6f0ff}
      td.not-applicable{background:#f2f2f2;font-style:italic}
      td.unreadable{background:#fde8e8;font-weight:600}
      td.stale{outline:2px dashed #a15c00;outline-offset:-3px}
      form{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0;align-items:end}
      label{display:flex;flex-direction:column;font-weight:600}
      :focus-visible{outline:3px solid #1a56db;outline-offset:2px}
      .summary td{text-align:right}
      """;

  private static final String SCRIPT =
      """
      (function(){
        var f=document.getElementById('filters');if(!f)return;
        var rows=[].slice.call(document.querySelectorAll('#matrix tbody tr'));
        var shown=document.getElementById('shown');
        function apply(){
          var q=f.q.value.trim().toLowerCase(),t=f.tier.value,s=f.status.value,st=f.stale.checked,n=0;
          rows.forEach(function(r){
            var ok=(!q||r.dataset.search.indexOf(q)>=0)&&(!t||r.dataset.tier===t)
              &&(!s||(' '+r.dataset.statuses+' ').indexOf(' '+s+' ')>=0)&&(!st||r.dataset.stale==='1');
            r.hidden=!ok;if(ok)n++;
          });
          shown.textContent=shown.dataset.template.replace('{0}',n);
        }
        f.addEventListener('input',apply);f.addEventListener('change',apply);
        f.addEventListener('submit',function(e){e.preventDefault();apply();});
      })();
      """;

  private final Messages messages;
  private final Writer out;

  private ReportHtml(Messages messages, Writer out) {
    this.messages = messages;
    this.out = out;
  }

  static void write(ProvinceReport report, Messages messages, Writer out) throws IOException {
    new ReportHtml(messages, out).page(report);
    out.flush();
  }

  private void page(ProvinceReport report) throws IOException {
    String title = messages.get("report.title");
    raw("<!DOCTYPE html>\n<html lang=\"").raw(messages.isChinese() ? "zh-CN" : "en");
    raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
    raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    text(title).raw("</title>\n<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n<main>\n");
    raw("<h1>").text(title).raw("</h1>\n");
    summary(report);
    filters(report);
    matrix(report);
    raw("</main>\n<script>\n").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
  }

  private void summary(ProvinceReport report) throws IOException {
    ProvinceReport.Summary s = report.summary();
    raw("<table class=\"summary\">\n<caption>").text(messages.get("report.html.summary"));
    raw("</caption>\n<tbody>\n");
    row(messages.get("report.html.regions"), s.regions());
    for (ProvinceReport.Status status : s.statuses()) {
      row(messages.get(status.labelKey()), s.byStatus().get(status));
    }
    row(messages.get("report.html.custom"), s.custom());
    row(messages.get("report.html.modified"), s.modified());
    row(messages.get("report.html.removed"), s.removed());
    row(messages.get("report.stale"), s.stale());
    raw("</tbody>\n</table>\n");
  }

  private void row(String label, int value) throws IOException {
    raw("<tr><th scope=\"row\">").text(label).raw("</th><td>");
    raw(Integer.toString(value)).raw("</td></tr>\n");
  }

  private void filters(ProvinceReport report) throws IOException {
    raw("<form id=\"filters\" role=\"search\" aria-controls=\"matrix\">\n");
    raw("<label for=\"q\">").text(messages.get("report.html.search"));
    raw("<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\"></label>\n");
    raw("<label for=\"tier\">").text(messages.get("report.html.tier"));
    raw("<select id=\"tier\" name=\"tier\"><option value=\"\">");
    text(messages.get("report.html.all")).raw("</option>");
    for (Tier t : Tier.values()) {
      raw("<option>").text(t.word()).raw("</option>");
    }
    raw("</select></label>\n<label for=\"status\">").text(messages.get("report.html.status"));
    raw("<select id=\"status\" name=\"status\"><option value=\"\">");
    text(messages.get("report.html.all")).raw("</option>");
    for (ProvinceReport.Status s : report.summary().statuses()) {
      raw("<option value=\"").attr(s.word()).raw("\">").text(messages.get(s.labelKey()));
      raw("</option>");
    }
    raw("</select></label>\n<label for=\"stale\">").text(messages.get("report.html.staleOnly"));
    raw("<input id=\"stale\" name=\"stale\" type=\"checkbox\"></label>\n");
    String template = messages.get("report.html.shown", "{0}");
    raw("<p id=\"shown\" role=\"status\" aria-live=\"polite\" data-template=\"").attr(template);
    raw("\">").text(messages.get("report.html.shown", report.regions().size())).raw("</p>\n");
    raw("</form>\n");
  }

  private void matrix(ProvinceReport report) throws IOException {
    raw("<table id=\"matrix\">\n<caption>").text(messages.get("report.html.caption"));
    raw("</caption>\n<thead>\n<tr><th scope=\"col\">").text(messages.get("report.html.region"));
    raw("</th><th scope=\"col\">").text(messages.get("report.html.tier"));
    raw("</th>");
    for (String d : report.domains()) {
      raw("<th scope=\"col\">").text(d).raw("</th>");
    }
    raw("<th scope=\"col\">").text(messages.get("report.html.last")).raw("</th></tr>\n");
    raw("</thead>\n<tbody>\n");
    for (ProvinceReport.RegionRow r : report.regions()) {
      Set<String> statuses = new LinkedHashSet<>();
      boolean stale = false;
      for (ProvinceReport.DomainStatus d : r.domains().values()) {
        statuses.add(d.status().word());
        stale |= d.stale();
      }
      String name = r.region().code().digits() + " " + r.region().name();
      raw("<tr data-tier=\"").attr(r.region().tier().word());
      raw("\" data-statuses=\"").attr(String.join(" ", statuses));
      raw("\" data-stale=\"").raw(stale ? "1" : "0");
      raw("\" data-search=\"").attr(name.toLowerCase(java.util.Locale.ROOT)).raw("\">");
      raw("<th scope=\"row\">").text(name).raw("</th><td>").text(r.region().tier().word());
      raw("</td>");
      for (ProvinceReport.DomainStatus d : r.domains().values()) {
        raw("<td class=\"").raw(d.status().word()).raw(d.stale() ? " stale" : "").raw("\">");
        text(ReportText.cell(d, messages)).raw("</td>");
      }
      raw("<td>");
      if (r.last() != null) {
        text(ReportText.last(r.last(), messages));
      }
      raw("</td></tr>\n");
    }
    raw("</tbody>\n</table>\n");
  }

  private ReportHtml raw(String markup) throws IOException {
    out.write(markup);
    return this;
  }

  private ReportHtml text(String value) throws IOException {
    out.write(Encode.forHtmlContent(value));
    return this;
  }

  private ReportHtml attr(String value) throws IOException {
    out.write(Encode.forHtmlAttribute(value));
    return this;
  }
}
