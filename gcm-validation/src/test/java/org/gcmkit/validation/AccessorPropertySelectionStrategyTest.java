package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.Test;

class AccessorPropertySelectionStrategyTest {

  private final AccessorPropertySelectionStrategy strategy = new AccessorPropertySelectionStrategy();

  private static ConstrainableExecutable method(String name, Class<?> returns, Class<?>... parameters) {
    return new ConstrainableExecutable() {
      @Override
      public Class<?> getReturnType() {
        return returns;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public Class<?>[] getParameterTypes() {
        return parameters;
      }
    };
  }

  @Test
  void recordStyleAccessorsAreProperties() {
    assertThat(strategy.getProperty(method("title", String.class))).hasValue("title");
    assertThat(strategy.getProperty(method("country", Optional.class))).hasValue("country");
    assertThat(strategy.getProperty(method("languages", List.class))).hasValue("languages");
    assertThat(strategy.getProperty(method("senior", boolean.class))).hasValue("senior");
  }

  @Test
  void beanStyleGettersKeepTheirPropertyNames() {
    assertThat(strategy.getProperty(method("getName", String.class))).hasValue("name");
    assertThat(strategy.getProperty(method("isActive", boolean.class))).hasValue("active");
    assertThat(strategy.getProperty(method("hasChildren", Boolean.class))).hasValue("children");
    assertThat(strategy.getProperty(method("getURL", String.class))).hasValue("URL");
  }

  @Test
  void wordsThatOnlyStartLikeAPrefixAreAccessorsOfTheirOwnName() {
    assertThat(strategy.getProperty(method("issued", Optional.class))).hasValue("issued");
    assertThat(strategy.getProperty(method("isoCode", String.class))).hasValue("isoCode");
    assertThat(strategy.getProperty(method("withdrawn", boolean.class))).hasValue("withdrawn");
    assertThat(strategy.getProperty(method("isLate", String.class))).as("isX returning a non-boolean")
        .hasValue("isLate");
  }

  @Test
  void methodsWithParametersOrWithoutAValueAreNotProperties() {
    assertThat(strategy.getProperty(method("participants", List.class, Object.class))).isEmpty();
    assertThat(strategy.getProperty(method("close", void.class))).isEmpty();
    assertThat(strategy.getProperty(method("run", Void.class))).isEmpty();
  }

  @Test
  void objectMethodsCopiesAndFactoriesAreNotProperties() {
    for (String name : List.of("getClass", "hashCode", "toString", "clone", "builder", "toBuilder")) {
      assertThat(strategy.getProperty(method(name, Object.class))).as(name).isEmpty();
    }
    assertThat(strategy.getProperty(method("withoutSourceText", Object.class))).hasValue("withoutSourceText");
    assertThat(strategy.getProperty(method("withTitle", Object.class))).isEmpty();
  }

  @Test
  void propertiesMayBeReadByTheirOwnNameOrABeanGetter() {
    assertThat(strategy.getGetterMethodNameCandidates("title"))
        .containsExactly("title", "getTitle", "isTitle", "hasTitle");
  }
}
