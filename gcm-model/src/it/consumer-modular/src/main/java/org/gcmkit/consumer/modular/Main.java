package org.gcmkit.consumer.modular;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gcmkit.model.Finding;
import org.gcmkit.model.GcmException;
import org.gcmkit.model.Severity;
import org.gcmkit.model.SourcePosition;

/**
 * Uses gcm-model's public API from another module and checks what the module system sees. Exits with status 1 and
 * the failed check on standard error when a check fails.
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
      main.usesTheApi();
      main.runsOnTheModulePath();
      main.resolvesOnlyJakartaValidationBesideTheModel();
    } catch (AssertionError e) {
      System.err.println("modular consumer: check failed: " + e.getMessage());
      System.exit(1);
    }
    System.out.println("modular consumer: all " + main.checks + " checks passed");
  }

  private void usesTheApi() {
    SourcePosition position = SourcePosition.of("calendar.ics", 12, 5);
    Finding finding = Finding.builder()
        .code("ICAL-DTEND-BEFORE-DTSTART")
        .severity(Severity.ERROR)
        .message("DTEND is before DTSTART")
        .position(position)
        .build();
    check("calendar.ics:12:5: error ICAL-DTEND-BEFORE-DTSTART: DTEND is before DTSTART", finding.toString());
    check(true, finding.isError());
    check(Optional.empty(), finding.hint());

    GcmException e = new GcmException(finding.message(), position, null);
    check("calendar.ics:12:5: DTEND is before DTSTART", e.getMessage());
    check(Optional.of(position), e.position());
  }

  private void runsOnTheModulePath() {
    check("org.gcmkit.consumer.modular", Main.class.getModule().getName());
    check("org.gcmkit.model", Finding.class.getModule().getName());
    check(true, Finding.class.getModule().isExported("org.gcmkit.model", Main.class.getModule()));
  }

  /** With {@code --add-modules ALL-MODULE-PATH}, every jar on the runtime module path is in the boot layer. */
  private void resolvesOnlyJakartaValidationBesideTheModel() {
    Set<String> modules = new TreeSet<>();
    for (Module module : ModuleLayer.boot().modules()) {
      String name = module.getName();
      if (!name.startsWith("java.") && !name.startsWith("jdk.")) {
        modules.add(name);
      }
    }
    check(Set.of("jakarta.validation", "org.gcmkit.consumer.modular", "org.gcmkit.model"), modules);
  }

  private void check(Object expected, Object actual) {
    if (!expected.equals(actual)) {
      throw new AssertionError("expected <" + expected + "> but was <" + actual + ">");
    }
    checks++;
  }
}
