package org.gcmkit.io.json;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** What the model's accessors say about its types, found by reflection on the public API. */
final class ModelTypes {

  private ModelTypes() {}

  /**
   * The names of a record type's attributes: its public accessors without parameters that are abstract, or not final
   * (the {@code @Value.Default} ones); the model's derived values are final.
   */
  static Set<String> attributes(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method m : type.getMethods()) {
      int mod = m.getModifiers();
      boolean model = m.getDeclaringClass().getPackageName().equals("org.gcmkit.model");
      boolean overridable = Modifier.isAbstract(mod) || !Modifier.isFinal(mod);
      if (model && overridable && m.getParameterCount() == 0 && !Modifier.isStatic(mod)
          && !m.getName().equals("toString") && !m.getName().equals("hashCode")) {
        names.add(m.getName());
      }
    }
    return names;
  }

  /** The class of a property's values: {@code X} for an accessor returning {@code X}, {@code Optional<X>}, {@code List<X>}. */
  static @Nullable Class<?> elementType(Class<?> type, String property) {
    Method m;
    try {
      m = type.getMethod(property);
    } catch (NoSuchMethodException e) {
      return null;
    }
    Type t = m.getGenericReturnType();
    if (t instanceof ParameterizedType) {
      Type arg = ((ParameterizedType) t).getActualTypeArguments()[0];
      if (arg instanceof java.lang.reflect.WildcardType) {
        arg = ((java.lang.reflect.WildcardType) arg).getUpperBounds()[0];
      }
      if (arg instanceof ParameterizedType) {
        arg = ((ParameterizedType) arg).getRawType();
      }
      return arg instanceof Class ? (Class<?>) arg : null;
    }
    return m.getReturnType();
  }
}
