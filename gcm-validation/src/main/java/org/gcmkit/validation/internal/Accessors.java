package org.gcmkit.validation.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a property of a validated value by the name Hibernate Validator gives it, to find the list elements that a
 * violation's path goes through. Only public methods of public types are called, so no access needs to be opened;
 * lookups are cached per class and property. Used only for the (few) values on a violation's path.
 */
final class Accessors {

  private static final Map<String, Method> CACHE = new ConcurrentHashMap<>();
  private static final Method NONE;

  static {
    try {
      NONE = Object.class.getMethod("hashCode");
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private Accessors() {}

  /**
   * The value of a property.
   *
   * @param bean the value that has the property
   * @param property the property's name: an accessor's name, or a bean property ({@code name} for {@code getName()})
   * @return the property's value, or null when it cannot be read
   */
  static @Nullable Object read(@Nullable Object bean, String property) {
    if (bean == null) {
      return null;
    }
    Method m = CACHE.computeIfAbsent(bean.getClass().getName() + '#' + property, k -> find(bean.getClass(), property));
    if (m == NONE) {
      return null;
    }
    try {
      return m.invoke(bean);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Method find(Class<?> type, String property) {
    String cap = property.isEmpty() ? property : property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    for (String name : new String[] {property, "get" + cap, "is" + cap, "has" + cap}) {
      Method m = publicMethod(type, name);
      if (m != null) {
        return m;
      }
    }
    return NONE;
  }

  private static @Nullable Method publicMethod(Class<?> type, String name) {
    for (Class<?> k = type; k != null; k = k.getSuperclass()) {
      if (Modifier.isPublic(k.getModifiers()) && k.getModule().isExported(k.getPackageName())) {
        try {
          Method m = k.getMethod(name);
          if (m.getParameterCount() == 0 && Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
            return m;
          }
        } catch (NoSuchMethodException e) {
          // look further up
        }
      }
      for (Class<?> i : k.getInterfaces()) {
        Method m = publicMethod(i, name);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }
}
