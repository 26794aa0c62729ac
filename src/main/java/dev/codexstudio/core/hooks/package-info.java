/**
 * Hooks as Codex CLI 0.169 sees them.
 *
 * <ul>
 *   <li>Model: {@link dev.codexstudio.core.hooks.HookEvent}, {@link dev.codexstudio.core.hooks.HookHandler},
 *       {@link dev.codexstudio.core.hooks.MatcherGroup}, {@link dev.codexstudio.core.hooks.HookSource},
 *       {@link dev.codexstudio.core.hooks.HookEntry} (one {@code hooks/list} entry) and
 *       {@link dev.codexstudio.core.hooks.HookCatalog}; every element remembers its file, line and column.</li>
 *   <li>Readers: {@link dev.codexstudio.core.hooks.HooksJsonReader} (a serde_json replica: same accepted files, same
 *       {@code failed to parse hooks config …} warnings) and {@link dev.codexstudio.core.hooks.InlineHooksReader}
 *       ({@code [hooks]} of config layers and of {@code requirements.toml}).</li>
 *   <li>Matchers: {@link dev.codexstudio.core.hooks.HookMatcher} (Codex's all / names / regex semantics and tool
 *       aliases) over {@link dev.codexstudio.core.hooks.RustRegex} (Rust regex-syntax validation with Rust's error
 *       text, and a Java translation for the live tester).</li>
 *   <li>{@link dev.codexstudio.core.hooks.HookDiscovery}: the {@code hooks/list} result for a config stack, with keys,
 *       {@link dev.codexstudio.core.hooks.HookHash trust hashes}, trust statuses, display order and Codex's warnings;
 *       {@link dev.codexstudio.core.hooks.HookTrust} edits {@code [hooks.state]};
 *       {@link dev.codexstudio.core.hooks.HookRules} turns it all into diagnostics.</li>
 * </ul>
 *
 * <p>Everything here was checked against the real binary: recorded cases in the tests' resources and a differential
 * test that runs {@code codex app-server} when {@code studio.codex.bin} is set.
 */
package dev.codexstudio.core.hooks;
