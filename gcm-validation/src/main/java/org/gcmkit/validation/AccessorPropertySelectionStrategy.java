package org.gcmkit.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * A Hibernate Validator getter-selection strategy that sees constraints on record-style accessors such as
 * {@code title()} and {@code country()}, as the gcmkit model declares them, as well as on bean-style getters
 * ({@code getTitle()}, {@code isActive()}).
 *
 * <p>Hibernate Validator's default strategy treats only {@code getX()}, {@code isX()} and {@code hasX()} as
 * properties, and silently ignores constraints on other methods: with a default validator, {@code @NotBlank} on
 * {@code Event.title()} is never checked. Install this strategy in any Hibernate Validator set-up that validates
 * gcmkit values:
 *
 * <pre>{@code
 * ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
 *     .configure()
 *     .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
 *     .messageInterpolator(new ParameterMessageInterpolator())
 *     .buildValidatorFactory();
 * }</pre>
 *
 * or, for {@code Validation.buildDefaultValidatorFactory()}, in {@code META-INF/validation.xml}:
 *
 * <pre>{@code
 * <property name="hibernate.validator.getter_property_selection_strategy">
 *     org.gcmkit.validation.AccessorPropertySelectionStrategy</property>
 * }</pre>
 *
 * <p>A method is a property when it takes no parameter and returns a value, and is not one of {@link Object}'s
 * methods ({@code getClass()}, {@code hashCode()}, {@code toString()}, {@code clone()}), a copy method
 * ({@code withX()}, {@code toBuilder()}) or a factory ({@code builder()}). Bean-style getters keep their usual
 * property names ({@code getName()} is {@code name}, {@code isActive()} is {@code active}), so an application's own
 * beans validate as before; any other accessor is a property of its own name ({@code title()} is {@code title}).
 * The strategy sees only a method's name and signature, not whether it is static; a static method that looks like an
 * accessor is harmless, since Jakarta Validation excludes static fields and methods from validation and reads only
 * properties that carry constraints or {@code @Valid}.
 *
 * <p>Instances are stateless and thread-safe.
 *
 * @since 0.1
 */
public final class AccessorPropertySelectionStrategy implements GetterPropertySelectionStrategy {

  private static final Set<String> EXCLUDED =
      Set.of("getClass", "hashCode", "toString", "clone", "builder", "toBuilder");

  /**
   * Creates the strategy. Hibernate Validator calls this when the strategy is named in its configuration.
   *
   * @since 0.1
   */
  public AccessorPropertySelectionStrategy() {}

  /**
   * The property a method reads, if it is an accessor.
   *
   * @param executable the method
   * @return the property name, or empty when the method is not an accessor
   * @since 0.1
   */
  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    String name = executable.getName();
    Class<?> type = executable.getReturnType();
    if (executable.getParameterTypes().length != 0
        || type == void.class
        || type == Void.class
        || EXCLUDED.contains(name)
        || startsWithWord(name, "with")) {
      return Optional.empty();
    }
    boolean bool = type == boolean.class || type == Boolean.class;
    if (startsWithWord(name, "get")) {
      return Optional.of(decapitalise(name.substring(3)));
    }
    if (bool && startsWithWord(name, "is")) {
      return Optional.of(decapitalise(name.substring(2)));
    }
    if (bool && startsWithWord(name, "has")) {
      return Optional.of(decapitalise(name.substring(3)));
    }
    return Optional.of(name);
  }

  /**
   * The names of the methods that may read a property, for constraints declared by property name (XML or the
   * programmatic API).
   *
   * @param propertyName the property
   * @return the accessor of that name, and the bean-style getters
   * @since 0.1
   */
  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalised = propertyName.isEmpty()
        ? propertyName
        : propertyName.substring(0, 1).toUpperCase(Locale.ROOT) + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalised, "is" + capitalised, "has" + capitalised);
  }

  private static boolean startsWithWord(String name, String prefix) {
    return name.length() > prefix.length()
        && name.startsWith(prefix)
        && Character.isUpperCase(name.charAt(prefix.length()));
  }

  private static String decapitalise(String s) {
    // java.beans.Introspector's rule: "URL" stays "URL", "Name" becomes "name".
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
