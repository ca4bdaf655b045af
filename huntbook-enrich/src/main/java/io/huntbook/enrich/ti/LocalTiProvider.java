package io.huntbook.enrich.ti;

/**
 * A provider that answers from data on this machine: nothing about an indicator leaves it, so it receives every
 * indicator (private addresses and {@code TLP:RED} included), and its answers are not cached (asking it is cheaper).
 */
public interface LocalTiProvider extends TiProvider {
    @Override
    default Tlp maxTlp() {
        return Tlp.RED;
    }

    @Override
    default boolean isLocal() {
        return true;
    }

    @Override
    default boolean cacheable() {
        return false;
    }
}
