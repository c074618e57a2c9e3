package org.gcmkit.io.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.DataSet;
import org.junit.jupiter.api.Test;

/**
 * The shipped reference data set is exactly what the builders in {@link GcmReferenceData} write. After a deliberate
 * change of the builders, regenerate the resource with {@code -Dgcm.golden.update=true}, review the diff and commit
 * it.
 */
class ReferenceDataTest {

  private static final Path RESOURCE =
      Path.of("src", "main", "resources", "org", "gcmkit", "io", "reference", "gcm-reference.json");

  private static byte[] written() {
    return GcmJson.defaults().writeBytes(GcmReferenceData.dataSet());
  }

  private static byte[] shipped() throws IOException {
    try (InputStream in = ReferenceData.openJson()) {
      return in.readAllBytes();
    }
  }

  @Test
  void theShippedDocumentIsWhatTheBuildersWrite() throws IOException {
    byte[] expected = written();
    if (Boolean.getBoolean("gcm.golden.update")) {
      Files.write(RESOURCE, expected);
    }

    assertThat(new String(shipped(), java.nio.charset.StandardCharsets.UTF_8))
        .as("%s (regenerate with -Dgcm.golden.update=true)", RESOURCE)
        .isEqualTo(new String(expected, java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void loadsInOneCallAsTheDataSetTheBuildersMake() {
    assertThat(ReferenceData.gcm()).isEqualTo(GcmReferenceData.dataSet());
  }

  @Test
  void returnsTheSameValueOnEveryCall() {
    assertThat(ReferenceData.gcm()).isSameAs(ReferenceData.gcm());
  }

  @Test
  void roundTripsByteIdentically() throws IOException {
    DataSet read = GcmJson.defaults().read(new String(shipped(), java.nio.charset.StandardCharsets.UTF_8));

    assertThat(GcmJson.defaults().writeBytes(read)).isEqualTo(shipped());
  }

  @Test
  void holdsTheWholeProcess() {
    DataSet gcm = ReferenceData.gcm();

    assertThat(gcm.complete()).isTrue();
    assertThat(gcm.event("ts6")).isPresent();
    assertThat(gcm.event("conf")).isPresent();
    assertThat(gcm.event("imrf-2022")).isPresent();
    assertThat(gcm.acts()).hasSize(10);
    assertThat(gcm.objectives()).hasSize(23);
  }
}
