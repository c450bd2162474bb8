package io.strikeiq;

/**
 * The version of the engine's output: the same input journal and configuration give byte-identical
 * output journals under the same engine version, on any machine. It is bumped, in the same commit,
 * with every deliberate change to what the engines write (a formula, a rule, a record field, the
 * math policy); the golden digests record the version they were taken with, and
 * {@code GoldenDigestTest} refuses digests rewritten without a bump. Triangle events carry it as
 * their {@code engineVersion}, so runs of two versions never share a stored key.
 * History: docs/OPERATIONS.md "Engine version".
 */
public final class EngineVersion {
    /** Output version of this build; see docs/OPERATIONS.md "Engine version" for what each one changed. */
    public static final int CURRENT = 3;

    private EngineVersion() {
    }
}
