package io.newsline.parser.payload;

/** The payload formats {@link PayloadReader} reads, named for the script that carries them. */
public enum PayloadKind {
    /** Next.js pages router: {@code <script id="__NEXT_DATA__" type="application/json">}. */
    NEXT_DATA,
    /** Next.js App Router: React flight rows pushed as JavaScript strings by {@code self.__next_f.push([1,"..."])}. */
    NEXT_FLIGHT,
    /** Nuxt 3: {@code <script id="__NUXT_DATA__">}, a devalue array. */
    NUXT_DATA,
    /** Nuxt 2: {@code window.__NUXT__=...} when it is a literal (the function form needs a JavaScript engine). */
    NUXT,
    /** Apollo client cache: {@code window.__APOLLO_STATE__=...}, normalized objects linked by {@code __ref}. */
    APOLLO_STATE,
    /** Redux store: {@code window.__PRELOADED_STATE__=...} (a literal or {@code JSON.parse("...")}). */
    PRELOADED_STATE
}
