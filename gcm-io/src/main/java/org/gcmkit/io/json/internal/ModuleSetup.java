package org.gcmkit.io.json.internal;

import org.gcmkit.model.DataSet;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.GeoPoint;
import org.gcmkit.model.SdgCode;
import org.gcmkit.model.SourcePosition;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/** What {@link org.gcmkit.io.json.GcmJacksonModule} registers. */
public final class ModuleSetup {

  private ModuleSetup() {}

  /**
   * Registers the mix-ins and (de)serializers of the model.
   *
   * @param context the mapper's setup context
   */
  public static void setUp(JacksonModule.SetupContext context) {
    for (FormatCatalog.Binding b : FormatCatalog.records()) {
      context.setMixIn(b.type, b.mixin);
      if (b.builder != null && b.builderMixin != null) {
        context.setMixIn(b.builder, b.builderMixin);
      }
    }
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    serializers.addSerializer(DataSet.class, new DataSetCodec.Serializer());
    deserializers.addDeserializer(DataSet.class, new DataSetCodec.Deserializer());
    serializers.addSerializer(FuzzyDate.class, new FuzzyDateCodec.Serializer());
    deserializers.addDeserializer(FuzzyDate.class, new FuzzyDateCodec.Deserializer());
    serializers.addSerializer(SdgCode.class, new SdgCodeCodec.Serializer());
    deserializers.addDeserializer(SdgCode.class, new SdgCodeCodec.Deserializer());
    serializers.addSerializer(GeoPoint.class, new GeoPointCodec.Serializer());
    deserializers.addDeserializer(GeoPoint.class, new GeoPointCodec.Deserializer());
    serializers.addSerializer(SourcePosition.class, new SourcePositionCodec.Serializer());
    deserializers.addDeserializer(SourcePosition.class, new SourcePositionCodec.Deserializer());
    for (Class<? extends Enum<?>> type : FormatCatalog.ENUMS) {
      addEnum(serializers, deserializers, type);
    }
    context.addValueInstantiators(new BuilderInstantiators());
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void addEnum(SimpleSerializers s, SimpleDeserializers d, Class<? extends Enum<?>> type) {
    Class raw = type;
    s.addSerializer(raw, new EnumCodec.Serializer(raw));
    d.addDeserializer(raw, new EnumCodec.Deserializer(raw));
  }
}
