# The face the widget bundles as its fallback (wasm/CMakeLists.txt subsets it into
# polity-fallback.woff2): which TrueType file and which characters. The native UI tests load the
# same file with the same characters (tests/ui-smoke.cmake passes both), so their text measures
# as a reader's fallback does. Latin, Latin-1, Latin Ext-A, Cyrillic + Supplement with every
# Kazakh letter, punctuation, №, ₸, arrows, ⌘, ✓.

set(POLITY_FONT_SOURCE "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    CACHE FILEPATH "TrueType font of the bundled fallback face (Debian fonts-dejavu-core)")
set(POLITY_FONT_UNICODES "U+0020-007E,U+00A0-017F,U+0400-052F,U+2000-206F,U+2116,U+20B8,U+2190-2199,U+2318,U+2713")
