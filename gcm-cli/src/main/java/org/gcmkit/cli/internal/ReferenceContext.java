package org.gcmkit.cli.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.gcmkit.io.reference.ReferenceData;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Finding;
import org.gcmkit.model.SourceMap;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;

/**
 * Validation of an imported calendar in the context of the reference data set. A calendar carries events only; the
 * phases, organisations, people, Acts and objectives that its events name by id (as gcmkit feeds do) are records of
 * the data the feed was made from. The records of the reference data set that the calendar does not have are added
 * for the rules across records, and findings about those added records are left out: the report is about the file.
 */
final class ReferenceContext {

  private ReferenceContext() {}

  /**
   * Validates an imported data set with the reference data's records as context.
   *
   * @param imported the imported calendar's data set
   * @param sourceMap its positions
   * @return the findings about the calendar's own records
   */
  static ValidationReport validate(DataSet imported, SourceMap sourceMap) {
    DataSet known = ReferenceData.gcm();
    Set<String> added = new HashSet<>();
    DataSet.Builder data = DataSet.builder().from(imported);
    data.addAllPhases(missing(imported.phases(), known.phases(), p -> p.id(), "phases", added));
    data.addAllOrganisations(missing(imported.organisations(), known.organisations(), o -> o.id(), "organisations",
        added));
    data.addAllPeople(missing(imported.people(), known.people(), p -> p.id(), "people", added));
    boolean addActs = imported.acts().isEmpty();
    boolean addObjectives = imported.objectives().isEmpty();
    if (addActs) {
      data.addAllActs(known.acts());
    }
    if (addObjectives) {
      data.addAllObjectives(known.objectives());
    }
    ValidationReport report = GcmValidator.create().validate(data.build(), sourceMap);
    return report.filter(f -> !about(f, added, addActs, addObjectives));
  }

  private static <T> List<T> missing(List<T> own, List<T> known, Function<T, String> id, String section,
      Set<String> added) {
    Set<String> ids = new HashSet<>();
    own.forEach(r -> ids.add(id.apply(r)));
    List<T> result = new ArrayList<>();
    for (T r : known) {
      if (ids.add(id.apply(r))) {
        result.add(r);
        added.add(section + "[" + id.apply(r) + "]");
      }
    }
    return result;
  }

  /** Whether a finding is about a record added as context. */
  private static boolean about(Finding f, Set<String> added, boolean acts, boolean objectives) {
    if (f.path().isEmpty()) {
      return false;
    }
    String path = f.path().get();
    if (acts && path.startsWith("acts[") || objectives && path.startsWith("objectives[")) {
      return true;
    }
    int end = path.indexOf(']');
    return end > 0 && added.contains(path.substring(0, end + 1));
  }
}
