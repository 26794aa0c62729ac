package dev.codexstudio.core.newstack;

import java.util.List;

/**
 * Built-in skills the New Stack wizard can add. Each is a complete skill: a {@code SKILL.md} whose front matter
 * follows the Agent Skills spec (name = folder, lowercase and hyphens, at most 64 characters; description at
 * most 1024 characters) and whose body is real, step-by-step instructions.
 */
public final class SkillTemplates {

    private SkillTemplates() {
    }

    /**
     * A skill template.
     *
     * @param name        the skill (and folder) name
     * @param description the front-matter description: what it does and when to use it
     * @param body        the Markdown instructions after the front matter
     */
    public record SkillTemplate(String name, String description, String body) {
        /** The whole {@code SKILL.md}. */
        public String skillMd() {
            return "---\nname: " + name + "\ndescription: " + description + "\n---\n\n" + body;
        }
    }

    private static final List<SkillTemplate> ALL = List.of(
            new SkillTemplate("write-tests",
                    "Write or extend automated tests for code that changed or has none. Use when asked to add "
                            + "tests, raise coverage, reproduce a bug with a failing test, or check a change before "
                            + "it is merged.",
                    """
                    # Write tests

                    ## Before writing
                    1. Read the code under test and its callers. List the behaviours it promises: normal results,
                       edge cases (empty, zero, maximum, unicode, time zones) and the errors it raises.
                    2. Find the existing tests for this unit and follow their framework, naming, fixtures and
                       folder layout. Follow the test naming in AGENTS.md when it gives one.
                    3. For a bug, first write a test that fails for the reason in the bug report, and run it to
                       see it fail.

                    ## Writing
                    - One behaviour per test. The name says the condition and the expected result.
                    - Arrange, act, assert. Assert on observable results (return values, stored state, messages),
                      not on private details or on the number of internal calls.
                    - No sleeps, no network, no real clock: inject the clock and use temporary directories.
                    - Every test must be able to fail: make sure that breaking the code under test breaks it.

                    ## Finishing
                    1. Run the new tests, then the whole suite with the project's test command.
                    2. Report what each new test covers and anything you found that looks like a bug but did not
                       fix.
                    """),
            new SkillTemplate("code-review",
                    "Review a change (the working tree, a branch or a pull request diff) for bugs, missing tests, "
                            + "security problems and unclear code, and report findings by severity. Use when asked "
                            + "to review, check or critique a change.",
                    """
                    # Code review

                    ## Collect the change
                    1. Get the diff: `git diff` for uncommitted work, `git diff main...HEAD` for a branch (use the
                       base branch the user names).
                    2. Read each changed file in full around the changed lines, not only the hunks.

                    ## Check, in this order
                    1. **Correctness**: wrong conditions, off-by-one, null or empty input, error paths that are
                       swallowed, resources that are not closed, concurrency and ordering assumptions.
                    2. **Security**: input reaching shell commands, SQL, file paths or HTML without escaping;
                       secrets in code or logs; permission checks that were removed.
                    3. **Tests**: every changed behaviour has a test that would fail without the change.
                    4. **Compatibility**: public APIs, file formats, database schemas and configuration that
                       callers or users rely on.
                    5. **Clarity**: names, dead code, comments that no longer match the code.

                    ## Report
                    Group findings as **Must fix**, **Should fix** and **Nit**. For each give the file and line,
                    what is wrong, why it matters and a concrete fix. Say explicitly when you found nothing in a
                    group. Do not edit files during a review unless the user asks for fixes.
                    """),
            new SkillTemplate("release-notes",
                    "Draft release notes for the next version from the commits and merged changes since the last "
                            + "tag, grouped for users. Use when preparing a release or asked what changed since a "
                            + "version.",
                    """
                    # Release notes

                    ## Gather
                    1. Find the last release tag: `git describe --tags --abbrev=0`. If there is none, use the
                       first commit and say so.
                    2. List the changes: `git log --no-merges --format='%h %s' <tag>..HEAD`. Read the body of any
                       commit whose subject is unclear (`git show --stat <hash>`).
                    3. If the project keeps a CHANGELOG.md, read its latest entry and follow its format.

                    ## Write
                    - Group into **Added**, **Changed**, **Fixed**, **Removed** and **Security**; leave out empty
                      groups.
                    - Write for users, not for developers: what they can now do or what no longer breaks. Leave
                      out refactorings, test-only and CI-only changes.
                    - Put breaking changes first, each with what the user has to do to upgrade.
                    - One line per change, in the past tense, with the commit hash or pull request number.

                    ## Finish
                    Show the draft and the version number you suggest (major for breaking changes, minor for
                    additions, patch for fixes only). Only write it into CHANGELOG.md when the user agrees.
                    """),
            new SkillTemplate("db-migration",
                    "Add a database schema migration safely: a new versioned migration file, backwards-compatible "
                            + "steps, and a check that it applies on a fresh and on an existing database. Use when "
                            + "a change needs a new table, column, index or data fix.",
                    """
                    # Database migration

                    ## Rules
                    - Never edit a migration that has been merged or released; always add a new one with the next
                      version number, following the naming already used in the migrations folder.
                    - Keep each migration backwards compatible with the code that is running now
                      (expand, then contract):
                      1. add new columns as nullable or with a default; create new tables and indexes;
                      2. deploy code that writes both the old and the new shape;
                      3. backfill data in a separate migration, in batches for large tables;
                      4. only in a later release, drop the old columns or tables.
                    - Create indexes on large tables the non-locking way the database offers (for PostgreSQL,
                      `CREATE INDEX CONCURRENTLY` outside a transaction).
                    - Renaming a column is an add, copy and drop over several releases, not a `RENAME`.

                    ## Steps
                    1. Find the migration tool and folder (Flyway `db/migration`, Liquibase changelogs, Alembic
                       `versions/`, Rails `db/migrate`, …) and the latest version number.
                    2. Write the migration and, where the tool supports it, its rollback.
                    3. Apply it to a fresh database and to one at the previous version, using the project's test
                       setup, and run the tests that touch the changed tables.
                    4. In your answer, say which release may run the contract step and what it must remove.
                    """));

    /** All templates, by name. */
    public static List<SkillTemplate> all() {
        return ALL;
    }
}
