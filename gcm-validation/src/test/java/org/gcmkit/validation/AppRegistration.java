package org.gcmkit.validation;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * An application's own bean with a standard constraint on a record-style accessor, as an embedder might validate
 * next to gcmkit values.
 */
public final class AppRegistration {

  private final @Nullable String email;

  /**
   * A registration.
   *
   * @param email the e-mail address, or null
   */
  public AppRegistration(@Nullable String email) {
    this.email = email;
  }

  /**
   * The e-mail address.
   *
   * @return the address
   */
  @NotNull
  public @Nullable String email() {
    return email;
  }
}
