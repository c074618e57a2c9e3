package org.gcmkit.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages, hints and titles of the rules in English, French and Spanish.
 *
 * <p>The bundles are {@code messages.properties} (English), {@code messages_fr.properties} and {@code
 * messages_es.properties} beside this class, read as UTF-8. A locale in another language gets English: unlike
 * {@link java.util.ResourceBundle}, the choice never depends on the JVM's default locale. Keys are {@code CODE.title},
 * {@code CODE.message} and {@code CODE.hint}; messages are {@link MessageFormat} patterns whose arguments are strings,
 * so numbers and years print as given.
 */
public final class Messages {

  /** The languages there are bundles for. */
  public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "fr", "es");

  private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final Properties properties;
  /** Parsed patterns; a MessageFormat is not thread-safe, so each use formats with a clone. */
  private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

  private Messages(Locale locale, Properties properties) {
    this.locale = locale;
    this.properties = properties;
  }

  /**
   * The messages for a locale: its language if there is a bundle for it, else English.
   *
   * @param locale the locale
   * @return the messages
   */
  public static Messages forLocale(Locale locale) {
    String language = LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    return CACHE.computeIfAbsent(language, Messages::load);
  }

  private static Messages load(String language) {
    String name = language.equals("en") ? "messages.properties" : "messages_" + language + ".properties";
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + Messages.class.getName());
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Messages(Locale.forLanguageTag(language), p);
  }

  /**
   * The language of these messages.
   *
   * @return {@code en}, {@code fr} or {@code es}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The keys of the bundle.
   *
   * @return the keys
   */
  public java.util.Set<String> keys() {
    return properties.stringPropertyNames();
  }

  /**
   * The raw pattern under a key.
   *
   * @param key the key
   * @return the pattern
   * @throws IllegalStateException if the key is missing
   */
  public String pattern(String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("no message " + key + " for " + locale);
    }
    return value;
  }

  /**
   * A rule's message with its arguments.
   *
   * @param rule the rule
   * @param args the arguments
   * @return the message
   */
  public String message(Rule rule, Object... args) {
    return format(rule.code() + ".message", args);
  }

  /**
   * A rule's hint with its arguments.
   *
   * @param rule the rule
   * @param args the arguments
   * @return the hint
   */
  public String hint(Rule rule, Object... args) {
    return format(rule.code() + ".hint", args);
  }

  /**
   * A rule's title: what it checks, in a few words.
   *
   * @param rule the rule
   * @return the title
   */
  public String title(Rule rule) {
    return pattern(rule.code() + ".title");
  }

  /**
   * A pattern formatted with arguments.
   *
   * @param key the key
   * @param args the arguments
   * @return the text
   */
  public String format(String key, Object... args) {
    MessageFormat parsed = formats.computeIfAbsent(key, k -> new MessageFormat(pattern(k), locale));
    return ((MessageFormat) parsed.clone()).format(args);
  }
}
