package io.strikeiq;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class, method or field allowed to use an API of the determinism ban
 * ({@code engine-core/src/build/forbidden-determinism.txt}): a wall-clock read for a latency probe,
 * pacing or operational metadata that never reaches an output journal. The reason is required so
 * every exception explains itself where it is made.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {
    /** Why this use cannot change the output journals. */
    String reason();
}
