package org.gcmkit.io.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.DataSet;

/**
 * The reference data set of the GCM process, embedded in this module: from the New York Declaration of 19 September
 * 2016 through the Marrakech conference and the General Assembly's endorsement in December 2018 to the follow-up
 * (regional reviews, the International Migration Review Forum).
 *
 * <p>It holds the phases; the events with their programmes (the civil society meeting of 17 April 2017 and its
 * agenda, the IDM workshops, the six thematic sessions, the regional consultations, the five hearings, the seven
 * regional civil society consultations with their anchors, the GFMD meetings, the civil society stocktaking of 2–3
 * December 2017 with its group sessions and tables, the stocktaking meeting, the negotiation rounds, the
 * conference, the regional reviews and the IMRF); what was planned before (as revisions with their sources); the
 * organisations and people named in the sources in the roles they held; the Ten Acts and the 23 objectives; and
 * the documents and resolutions. Every record names its sources and its confidence; what the sources do not say is
 * left unknown. {@code docs/reference-data.md} describes it in full.
 *
 * <pre>{@code
 * DataSet gcm = ReferenceData.gcm();
 * gcm.event("ts6").map(Event::revisions);            // planned for 2-3 October 2017, held 12-13 October
 * Schedule.of(gcm).phaseAt(LocalDate.of(2018, 3, 12)); // Phase III, the negotiations
 * }</pre>
 *
 * @since 0.1
 */
public final class ReferenceData {

  /** The resource holding the data set, in the {@code gcmkit/1} JSON format. */
  public static final String RESOURCE = "/org/gcmkit/io/reference/gcm-reference.json";

  private ReferenceData() {}

  /**
   * The reference data set of the GCM process. It is read once, on first use; every call returns the same value.
   *
   * @return the data set
   */
  public static DataSet gcm() {
    return Holder.GCM;
  }

  /**
   * The reference data set as the JSON document it is shipped as, for tools that want the bytes.
   *
   * @return a new stream of the document; the caller closes it
   */
  public static InputStream openJson() {
    InputStream in = ReferenceData.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the reference data set " + RESOURCE + " is missing from the gcm-io jar");
    }
    return in;
  }

  private static final class Holder {
    static final DataSet GCM = load();

    private static DataSet load() {
      try (InputStream in = openJson()) {
        return GcmJson.defaults().read(in, "gcm-reference.json");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the reference data set " + RESOURCE, e);
      }
    }
  }
}
