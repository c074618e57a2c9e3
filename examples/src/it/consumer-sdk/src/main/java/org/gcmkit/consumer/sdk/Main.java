package org.gcmkit.consumer.sdk;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gcmkit.calendar.FeedDefinition;
import org.gcmkit.calendar.Schedule;
import org.gcmkit.io.ical.ICal;
import org.gcmkit.io.ical.ICalImport;
import org.gcmkit.io.ical.ICalImporter;
import org.gcmkit.io.ical.ICalReadResult;
import org.gcmkit.io.ical.ICalReader;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.io.reference.ReferenceData;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Finding;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;

/**
 * Uses every published gcmkit module the way the README shows: loads the reference data set, validates it, writes it
 * as JSON and reads it back, writes a feed, reads the feed strictly and imports it. Exits with status 1 and the
 * failed check on standard error when a check fails.
 */
public final class Main {

  private int checks;

  private Main() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Main main = new Main();
    try {
      main.run();
    } catch (AssertionError e) {
      System.err.println("SDK consumer: check failed: " + e.getMessage());
      System.exit(1);
    }
    String where = Main.class.getModule().isNamed() ? "module path" : "class path";
    System.out.println("SDK consumer (" + where + "): all " + main.checks + " checks passed");
  }

  private void run() {
    DataSet data = ReferenceData.gcm();
    check("reference data has events", !data.events().isEmpty());

    ValidationReport report = GcmValidator.create().validate(data);
    check("reference data has no validation error: " + report.errors(), report.errors().isEmpty());

    GcmJson json = GcmJson.defaults();
    check("JSON round trip", json.read(json.writeString(data)).equals(data));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ICal.defaults().write(Schedule.of(data), FeedDefinition.named("GCM"), out);
    String feed = out.toString(StandardCharsets.UTF_8);
    check("feed is a calendar", feed.startsWith("BEGIN:VCALENDAR\r\n"));

    ICalReadResult read = ICalReader.strict().readAll(feed, "gcm.ics");
    List<Finding> findings = read.findings();
    check("strict reader finds nothing in our feed: " + findings, findings.isEmpty());

    ICalImport imported = ICalImporter.strict().read(feed, "gcm.ics");
    check("import gives one event per VEVENT", imported.dataSet().events().size() == read.events().size());
  }

  private void check(String what, boolean ok) {
    checks++;
    if (!ok) {
      throw new AssertionError(what);
    }
  }
}
