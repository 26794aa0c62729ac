package dev.codexstudio.core.skills.yaml;

/** The path serde_yaml prints before a message, such as {@code metadata.short-description} or {@code a[0]}. */
abstract sealed class SerdePath {

    static final SerdePath ROOT = new Root();

    static SerdePath seq(SerdePath parent, int index) {
        return new Seq(parent, index);
    }

    static SerdePath map(SerdePath parent, String key) {
        return new Map(parent, key);
    }

    static SerdePath alias(SerdePath parent) {
        return new Alias(parent);
    }

    static SerdePath unknown(SerdePath parent) {
        return new Unknown(parent);
    }

    /** The parent as a prefix: empty for the root, {@code path.} otherwise. */
    static String parentPrefix(SerdePath parent) {
        return parent instanceof Root ? "" : parent + ".";
    }

    static final class Root extends SerdePath {
        @Override
        public String toString() {
            return ".";
        }
    }

    static final class Seq extends SerdePath {
        private final SerdePath parent;
        private final int index;

        Seq(SerdePath parent, int index) {
            this.parent = parent;
            this.index = index;
        }

        @Override
        public String toString() {
            return parent + "[" + index + "]";
        }
    }

    static final class Map extends SerdePath {
        private final SerdePath parent;
        private final String key;

        Map(SerdePath parent, String key) {
            this.parent = parent;
            this.key = key;
        }

        @Override
        public String toString() {
            return parentPrefix(parent) + key;
        }
    }

    static final class Alias extends SerdePath {
        private final SerdePath parent;

        Alias(SerdePath parent) {
            this.parent = parent;
        }

        @Override
        public String toString() {
            return parent.toString();
        }
    }

    static final class Unknown extends SerdePath {
        private final SerdePath parent;

        Unknown(SerdePath parent) {
            this.parent = parent;
        }

        @Override
        public String toString() {
            return parentPrefix(parent) + "?";
        }
    }
}
