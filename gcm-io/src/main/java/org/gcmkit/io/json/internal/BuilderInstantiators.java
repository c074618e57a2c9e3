package org.gcmkit.io.json.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;

/**
 * Makes the model's builders with their {@code builder()} factories instead of a reflective constructor call, so that
 * reading a record costs one plain method call more than reading a plain Java bean.
 */
final class BuilderInstantiators implements ValueInstantiators {

  @Override
  public @Nullable ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier bean) {
    return null;
  }

  @Override
  public ValueInstantiator modifyValueInstantiator(
      DeserializationConfig config, BeanDescription.Supplier bean, ValueInstantiator defaultInstantiator) {
    Supplier<?> factory = FormatCatalog.builderFactory(bean.getBeanClass());
    if (factory == null || !(defaultInstantiator instanceof StdValueInstantiator)) {
      return defaultInstantiator;
    }
    return new Factory((StdValueInstantiator) defaultInstantiator, factory);
  }

  /** The default instantiator, creating with a factory. */
  private static final class Factory extends StdValueInstantiator {
    private static final long serialVersionUID = 1L;
    private final transient Supplier<?> factory;

    Factory(StdValueInstantiator base, Supplier<?> factory) {
      super(base);
      this.factory = factory;
    }

    @Override
    public boolean canCreateUsingDefault() {
      return true;
    }

    @Override
    public boolean canInstantiate() {
      return true;
    }

    @Override
    public Object createUsingDefault(DeserializationContext ctxt) {
      return factory.get();
    }
  }
}
